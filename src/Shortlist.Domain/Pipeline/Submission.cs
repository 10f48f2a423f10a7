using Shortlist.Domain.Common;

namespace Shortlist.Domain.Pipeline;

/// <summary>Which parts of the match explanation a recruiter shares with the client.</summary>
[Flags]
public enum SharedExplanation
{
    /// <summary>Nothing: the client sees the score only.</summary>
    None = 0,
    /// <summary>Each requirement with its outcome and points.</summary>
    Requirements = 1,
    /// <summary>The résumé lines that back each requirement.</summary>
    Evidence = 2,
    /// <summary>Industry, seniority, track record, rate, availability and text similarity.</summary>
    ScoreParts = 4,
    /// <summary>Location, workplace, engagement and work-authorization checks.</summary>
    Constraints = 8,
}

/// <summary>What a hiring manager says about a submitted candidate.</summary>
public enum ClientVerdict
{
    /// <summary>Take the candidate further (client review, then an interview).</summary>
    Advance,
    /// <summary>Keep the candidate in mind; no move.</summary>
    Hold,
    /// <summary>Not this candidate; a reason is required. The recruiter closes the application once they have seen it.</summary>
    Decline,
    /// <summary>The client makes an offer: the application moves to the offer stage.</summary>
    Offer,
}

/// <summary>One piece of client feedback on a submitted candidate.</summary>
public sealed record ClientFeedback(ClientVerdict Verdict, string? Reason, string? Comment, Guid? ByUserId, string? ByName, DateTimeOffset At);

/// <summary>An interview time a hiring manager offers: start, length and room or meeting link.</summary>
public sealed record InterviewSlot(DateTimeOffset Start, int DurationMinutes, string? Location = null);

/// <summary>
/// An application put forward to the client: what the recruiter chose to share (explanation parts, résumé, note) and
/// what came back (feedback, proposed interview slots, the confirmed interview). One per application.
/// </summary>
public sealed class Submission : Entity
{
    /// <summary>The most interview slots one proposal may hold.</summary>
    public const int MaxSlots = 5;

    private Submission() { Feedback = []; ProposedSlots = []; }

    /// <summary>Submits <paramref name="application"/> to the client: the application moves to <see cref="Stage.Submitted"/> through its own rules.</summary>
    public Submission(Application application, Guid organizationId, Guid? submittedBy, SharedExplanation shared, string? explanationJson,
        Guid? resumeFileId, string? resumeText, string? note, DateTimeOffset now)
    {
        if ((shared & ~(SharedExplanation.Requirements | SharedExplanation.Evidence | SharedExplanation.ScoreParts | SharedExplanation.Constraints)) != 0)
            throw new DomainRuleException("Unknown part of the explanation.", "shared");
        Note = Guard.OptionalText(note, "note", 5_000);
        application.MoveTo(Stage.Submitted, now, "Submitted to the client");
        ApplicationId = application.Id;
        PositionId = application.PositionId;
        CandidateId = application.CandidateId;
        OrganizationId = organizationId;
        SubmittedBy = submittedBy;
        Shared = shared;
        ExplanationJson = explanationJson;
        ResumeFileId = resumeFileId;
        ResumeText = resumeText;
        SubmittedAt = now;
        Feedback = [];
        ProposedSlots = [];
        Touch(now);
    }

    /// <summary>The application submitted.</summary>
    public Guid ApplicationId { get; private set; }
    /// <summary>Its position.</summary>
    public Guid PositionId { get; private set; }
    /// <summary>Its candidate.</summary>
    public Guid CandidateId { get; private set; }
    /// <summary>The client the candidate was submitted to; never changes.</summary>
    public Guid OrganizationId { get; private set; }
    /// <summary>The recruiter who submitted.</summary>
    public Guid? SubmittedBy { get; private set; }
    /// <summary>When.</summary>
    public DateTimeOffset SubmittedAt { get; private set; }
    /// <summary>The parts of the explanation the client may see.</summary>
    public SharedExplanation Shared { get; private set; }
    /// <summary>The match explanation as it stood when submitted (JSON), so the client sees what the recruiter saw.</summary>
    public string? ExplanationJson { get; private set; }
    /// <summary>The résumé file shared, when one was.</summary>
    public Guid? ResumeFileId { get; private set; }
    /// <summary>The text of the shared résumé, as parsed.</summary>
    public string? ResumeText { get; private set; }
    /// <summary>The recruiter's note to the client.</summary>
    public string? Note { get; private set; }
    /// <summary>Every piece of feedback, oldest first.</summary>
    public List<ClientFeedback> Feedback { get; private set; }
    /// <summary>The slots the client proposes, until the recruiter confirms one.</summary>
    public List<InterviewSlot> ProposedSlots { get; private set; }
    /// <summary>Who proposed the slots.</summary>
    public Guid? SlotsProposedBy { get; private set; }
    /// <summary>The interview made from a confirmed slot.</summary>
    public Guid? InterviewId { get; private set; }
    /// <summary>When the recruiter saw a decline and closed the application.</summary>
    public DateTimeOffset? DeclineClosedAt { get; private set; }

    /// <summary>The latest feedback, or null.</summary>
    public ClientFeedback? LatestFeedback => Feedback.Count == 0 ? null : Feedback[^1];

    /// <summary>True when the latest feedback is a decline the recruiter has not acted on yet.</summary>
    public bool AwaitsDeclineClosure => LatestFeedback?.Verdict == ClientVerdict.Decline && DeclineClosedAt is null;

    /// <summary>Records feedback and moves the application where the verdict says: advance → client review, offer → offer; hold and decline do not move it.</summary>
    public void GiveFeedback(Application application, ClientVerdict verdict, string? reason, string? comment, Guid? byUserId, string? byName, DateTimeOffset now)
    {
        Same(application);
        if (!Enum.IsDefined(verdict)) throw new DomainRuleException("Choose advance, hold, decline or offer.", "verdict");
        if (StageRules.IsFinal(application.Stage)) throw new DomainRuleException($"The application is {application.Stage}; feedback is closed.", "verdict");
        var checkedReason = verdict == ClientVerdict.Decline ? Guard.Text(reason, "reason", 1_000) : Guard.OptionalText(reason, "reason", 1_000);
        var checkedComment = Guard.OptionalText(comment, "comment", 5_000);
        switch (verdict)
        {
            case ClientVerdict.Advance:
                if (application.Stage == Stage.Submitted) application.MoveTo(Stage.ClientReview, now, "Advanced by the client");
                break;
            case ClientVerdict.Offer:
                if (application.Stage == Stage.Offer) throw new DomainRuleException("An offer is already out.", "verdict");
                if (application.Stage == Stage.Submitted) application.MoveTo(Stage.ClientReview, now, "Reviewed by the client");
                application.MoveTo(Stage.Offer, now, "Offer by the client");
                break;
        }
        Feedback = [.. Feedback, new ClientFeedback(verdict, checkedReason, checkedComment, byUserId, byName, now)];
        if (verdict != ClientVerdict.Decline) DeclineClosedAt = null;
        Touch(now);
    }

    /// <summary>The client proposes 1 to 5 future interview slots (replacing earlier ones); a submitted application moves to client review.</summary>
    public void ProposeSlots(Application application, IReadOnlyList<InterviewSlot> slots, Guid? byUserId, DateTimeOffset now)
    {
        Same(application);
        if (slots.Count is < 1 or > MaxSlots) throw new DomainRuleException($"Propose between 1 and {MaxSlots} slots.", "slots");
        if (application.Stage is not (Stage.Submitted or Stage.ClientReview or Stage.Interview))
            throw new DomainRuleException($"Interviews cannot be proposed for an application in {application.Stage}.", "slots");
        var list = new List<InterviewSlot>();
        foreach (var s in slots)
        {
            if (s.Start <= now) throw new DomainRuleException("Every slot must be in the future.", "slots");
            if (s.Start > now.AddYears(1)) throw new DomainRuleException("Propose slots within the next year.", "slots");
            if (s.DurationMinutes is < 5 or > 600) throw new DomainRuleException("An interview lasts between 5 and 600 minutes.", "slots");
            var slot = new InterviewSlot(s.Start.ToUniversalTime(), s.DurationMinutes, Guard.OptionalText(s.Location, "location", 500));
            if (list.Any(l => l.Start == slot.Start)) throw new DomainRuleException("Two slots start at the same time.", "slots");
            list.Add(slot);
        }
        if (application.Stage == Stage.Submitted) application.MoveTo(Stage.ClientReview, now, "Interview proposed by the client");
        ProposedSlots = [.. list.OrderBy(l => l.Start)];
        SlotsProposedBy = byUserId;
        Touch(now);
    }

    /// <summary>The recruiter confirms one proposed slot: the interview is scheduled through the application and the proposal is spent.</summary>
    public Interview ConfirmSlot(Application application, int index, DateTimeOffset now)
    {
        Same(application);
        if (index < 0 || index >= ProposedSlots.Count) throw new DomainRuleException("Choose one of the proposed slots.", "slot");
        var slot = ProposedSlots[index];
        var interview = application.ScheduleInterview(slot.Start, slot.DurationMinutes, slot.Location, now);
        InterviewId = interview.Id;
        ProposedSlots = [];
        Touch(now);
        return interview;
    }

    /// <summary>The recruiter has seen the client's decline: the application closes as rejected, with the client's reason.</summary>
    public void CloseDeclined(Application application, DateTimeOffset now)
    {
        Same(application);
        if (!AwaitsDeclineClosure) throw new DomainRuleException("The client has not declined this candidate.", "verdict");
        application.Close(CloseReason.Rejected, now, "Declined by the client: " + LatestFeedback!.Reason);
        DeclineClosedAt = now;
        ProposedSlots = [];
        Touch(now);
    }

    /// <summary>Removes what names or quotes the candidate, keeping stages and dates for reports (erasure).</summary>
    public void Anonymise(DateTimeOffset now)
    {
        ExplanationJson = null;
        ResumeFileId = null;
        ResumeText = null;
        Note = null;
        Feedback = [.. Feedback.Select(f => f with { Comment = null })];
        Touch(now);
    }

    private void Same(Application application)
    {
        if (application.Id != ApplicationId) throw new InvalidOperationException("The application is not the one submitted.");
    }
}
