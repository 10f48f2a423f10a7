using Shortlist.Domain.Common;

namespace Shortlist.Domain.Candidates;

/// <summary>Where a request for a career conversation stands.</summary>
public enum ConversationStatus
{
    /// <summary>Waiting for a recruiter.</summary>
    Requested,
    /// <summary>A recruiter proposed a time.</summary>
    Proposed,
    /// <summary>The candidate withdrew the request.</summary>
    Cancelled,
}

/// <summary>A candidate's request to talk with a recruiter about their career, and the recruiter's answer.</summary>
public sealed class CareerConversation : Entity
{
    /// <summary>The topics a candidate can choose from; free text is not offered so the queue stays sortable.</summary>
    public static readonly IReadOnlyList<string> KnownTopics =
    [
        "Next role", "Rates and salary", "Certifications", "Moving into another industry",
        "Contract or permanent", "Résumé review", "Interview preparation", "Something else",
    ];

    private CareerConversation() { Topics = []; PreferredTimes = ""; }

    /// <summary>Asks for a conversation.</summary>
    public CareerConversation(Guid candidateId, IEnumerable<string> topics, string preferredTimes, string? note, DateTimeOffset now)
    {
        CandidateId = candidateId;
        var chosen = (topics ?? []).Select(t => t?.Trim() ?? "").Where(t => t.Length > 0).Distinct().ToList();
        if (chosen.Count == 0) throw new DomainRuleException("Choose at least one topic.", "topics");
        var unknown = chosen.FirstOrDefault(t => !KnownTopics.Contains(t));
        if (unknown is not null) throw new DomainRuleException($"'{(unknown.Length > 60 ? unknown[..60] : unknown)}' is not one of the topics.", "topics");
        Topics = chosen;
        PreferredTimes = Guard.Text(preferredTimes, "preferredTimes", 500);
        Note = Guard.OptionalText(note, "note", 2_000);
        Status = ConversationStatus.Requested;
        Touch(now);
    }

    /// <summary>The candidate.</summary>
    public Guid CandidateId { get; private set; }
    /// <summary>What they want to talk about.</summary>
    public List<string> Topics { get; private set; }
    /// <summary>When they can talk, in their words ("weekday mornings, Eastern").</summary>
    public string PreferredTimes { get; private set; }
    /// <summary>Anything else they want the recruiter to know.</summary>
    public string? Note { get; private set; }
    /// <summary>Where the request stands.</summary>
    public ConversationStatus Status { get; private set; }
    /// <summary>The proposed start.</summary>
    public DateTimeOffset? ProposedStart { get; private set; }
    /// <summary>The proposed length in minutes.</summary>
    public int? DurationMinutes { get; private set; }
    /// <summary>Where: a phone number, a video link or an address.</summary>
    public string? Location { get; private set; }
    /// <summary>What the recruiter wrote with the proposal.</summary>
    public string? RecruiterMessage { get; private set; }
    /// <summary>The recruiter who answered.</summary>
    public Guid? RecruiterId { get; private set; }
    /// <summary>When the recruiter answered.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>A recruiter proposes a slot; a later proposal replaces an earlier one.</summary>
    public void Propose(Guid recruiterId, DateTimeOffset start, int durationMinutes, string? location, string? message, DateTimeOffset now)
    {
        if (Status == ConversationStatus.Cancelled) throw new DomainRuleException("The candidate withdrew this request.", "status");
        if (start <= now) throw new DomainRuleException("Propose a time in the future.", "start");
        if (durationMinutes is < 15 or > 240) throw new DomainRuleException("A conversation lasts between 15 and 240 minutes.", "durationMinutes");
        (RecruiterId, ProposedStart, DurationMinutes) = (recruiterId, start, durationMinutes);
        Location = Guard.OptionalText(location, "location", 500);
        RecruiterMessage = Guard.OptionalText(message, "message", 2_000);
        Status = ConversationStatus.Proposed;
        AnsweredAt = now;
        Touch(now);
    }

    /// <summary>The candidate withdraws the request.</summary>
    public void Cancel(DateTimeOffset now)
    {
        if (Status == ConversationStatus.Cancelled) return;
        Status = ConversationStatus.Cancelled;
        Touch(now);
    }
}
