using Shortlist.Domain.Common;

namespace Shortlist.Domain.Candidates;

/// <summary>Why a candidate agreed to the privacy notice.</summary>
public enum ConsentPurpose
{
    /// <summary>Creating an account.</summary>
    Registration,
    /// <summary>Applying for a position.</summary>
    Application,
    /// <summary>Agreeing again to a newer version of the notice.</summary>
    NoticeUpdate,
}

/// <summary>A candidate's agreement to one version of the privacy notice: which version, when, for what. Never changed.</summary>
public sealed class ConsentRecord : Entity
{
    private ConsentRecord() { NoticeVersion = ""; }

    /// <summary>Records consent to <paramref name="noticeVersion"/> at <paramref name="now"/>.</summary>
    public ConsentRecord(Guid candidateId, string noticeVersion, ConsentPurpose purpose, DateTimeOffset now, Guid? applicationId = null)
    {
        CandidateId = candidateId;
        NoticeVersion = Guard.Text(noticeVersion, "noticeVersion", 40);
        Purpose = Enum.IsDefined(purpose) ? purpose : throw new DomainRuleException("Unknown consent purpose.", "purpose");
        ApplicationId = applicationId;
        GivenAt = now;
        Touch(now);
    }

    /// <summary>Who agreed.</summary>
    public Guid CandidateId { get; private set; }
    /// <summary>The version of the privacy notice agreed to.</summary>
    public string NoticeVersion { get; private set; }
    /// <summary>Why.</summary>
    public ConsentPurpose Purpose { get; private set; }
    /// <summary>The application it was given with, if any.</summary>
    public Guid? ApplicationId { get; private set; }
    /// <summary>When.</summary>
    public DateTimeOffset GivenAt { get; private set; }
}
