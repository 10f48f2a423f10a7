using Shortlist.Domain.Common;

namespace Shortlist.Domain.Talent;

/// <summary>
/// A talent search a recruiter keeps: a name and the search as a query string (the query and its fields, as the search
/// page's address holds them). With alerts on, candidates who come to match it are announced to the owner.
/// </summary>
public sealed class SavedSearch : Entity
{
    /// <summary>The longest name.</summary>
    public const int MaxName = 200;
    /// <summary>The longest query string.</summary>
    public const int MaxParameters = 4000;

    private SavedSearch() { Name = ""; Parameters = ""; }

    /// <summary>A saved search owned by <paramref name="ownerUserId"/>, checked for alerts from change-feed position <paramref name="checkedThrough"/> on.</summary>
    public SavedSearch(Guid ownerUserId, string name, string parameters, bool alerts, long checkedThrough, DateTimeOffset now)
    {
        OwnerUserId = ownerUserId;
        Name = Guard.Text(name, "name", MaxName);
        if (string.IsNullOrWhiteSpace(parameters)) throw new DomainRuleException("A saved search needs a query or a field.", "search");
        if (parameters.Length > MaxParameters) throw new DomainRuleException($"The search is longer than {MaxParameters} characters.", "search");
        Parameters = parameters;
        Alerts = alerts;
        CheckedThrough = checkedThrough;
        Touch(now);
    }

    /// <summary>The recruiter who saved it.</summary>
    public Guid OwnerUserId { get; private set; }
    /// <summary>What the owner calls it.</summary>
    public string Name { get; private set; }
    /// <summary>The search as a query string (q, skills, certifications, …).</summary>
    public string Parameters { get; private set; }
    /// <summary>Announce new matches to the owner.</summary>
    public bool Alerts { get; private set; }
    /// <summary>The change-feed position up to which changed candidates have been checked against it.</summary>
    public long CheckedThrough { get; private set; }

    /// <summary>Records that changes up to <paramref name="sequence"/> have been checked.</summary>
    public void Checked(long sequence, DateTimeOffset now)
    {
        if (sequence <= CheckedThrough) return;
        CheckedThrough = sequence;
        Touch(now);
    }
}

/// <summary>A candidate announced to the owner of a saved search, once per search (new or changed, now matching).</summary>
public sealed class SavedSearchAlert
{
    private SavedSearchAlert() { }

    /// <summary>An alert created at <paramref name="now"/>.</summary>
    public SavedSearchAlert(Guid savedSearchId, Guid ownerUserId, Guid candidateId, DateTimeOffset now)
    {
        SavedSearchId = savedSearchId; OwnerUserId = ownerUserId; CandidateId = candidateId; CreatedAt = now;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    /// <summary>The saved search matched.</summary>
    public Guid SavedSearchId { get; private set; }
    /// <summary>Who is told.</summary>
    public Guid OwnerUserId { get; private set; }
    /// <summary>The candidate who matched.</summary>
    public Guid CandidateId { get; private set; }
    /// <summary>When the match was found.</summary>
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>When the e-mail about it was sent, if it was.</summary>
    public DateTimeOffset? EmailedAt { get; private set; }
    /// <summary>When the owner saw it in the list, if they did.</summary>
    public DateTimeOffset? SeenAt { get; private set; }

    /// <summary>Marks the e-mail sent.</summary>
    public void Emailed(DateTimeOffset now) => EmailedAt ??= now;

    /// <summary>Marks the alert seen.</summary>
    public void Seen(DateTimeOffset now) => SeenAt ??= now;
}
