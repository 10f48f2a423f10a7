using Shortlist.Domain.Common;

namespace Shortlist.Domain.Pipeline;

/// <summary>A candidate in the running for a position: an application (they applied) or a submission (a recruiter put them forward).</summary>
public sealed class Application : Entity
{
    private Application() { History = []; }

    /// <summary>Starts an application: applied candidates start in screening, sourced ones in sourced.</summary>
    public Application(Guid positionId, Guid candidateId, ApplicationOrigin origin, DateTimeOffset now, string? coverNote = null)
    {
        PositionId = positionId;
        CandidateId = candidateId;
        Origin = Enum.IsDefined(origin) ? origin : throw new DomainRuleException("Unknown origin.", "origin");
        Stage = origin == ApplicationOrigin.Applied ? Stage.Screening : Stage.Sourced;
        CoverNote = Guard.OptionalText(coverNote, "coverNote", 5_000);
        History = [];
        StageChangedAt = now;
        Touch(now);
    }

    /// <summary>The position.</summary>
    public Guid PositionId { get; private set; }
    /// <summary>The candidate.</summary>
    public Guid CandidateId { get; private set; }
    /// <summary>Applied or sourced.</summary>
    public ApplicationOrigin Origin { get; private set; }
    /// <summary>The current stage.</summary>
    public Stage Stage { get; private set; }
    /// <summary>Why it closed, when <see cref="Stage"/> is <see cref="Stage.Closed"/>.</summary>
    public CloseReason? CloseReason { get; private set; }
    /// <summary>What the candidate wrote when applying.</summary>
    public string? CoverNote { get; private set; }
    /// <summary>When it was put forward to the client.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }
    /// <summary>When the stage last changed.</summary>
    public DateTimeOffset StageChangedAt { get; private set; }
    /// <summary>The résumé the candidate applied with, when they applied with one.</summary>
    public Guid? ResumeFileId { get; private set; }
    /// <summary>The offered fee, salary or rate, once an offer is made.</summary>
    public decimal? OfferAmount { get; private set; }
    /// <summary>The terms of the offer in words.</summary>
    public string? OfferTerms { get; private set; }
    /// <summary>Every move so far.</summary>
    public List<StageChange> History { get; private set; }

    /// <summary>Keeps the résumé the candidate applied with.</summary>
    public void UseResume(Guid fileId, DateTimeOffset now)
    {
        ResumeFileId = fileId;
        Touch(now);
    }

    /// <summary>Removes what the candidate wrote and sent, keeping stage and dates for reports (erasure).</summary>
    public void Anonymise(DateTimeOffset now)
    {
        CoverNote = null;
        ResumeFileId = null;
        History = History.Select(h => h with { Note = null }).ToList();
        Touch(now);
    }

    /// <summary>Moves to <paramref name="to"/> if the move is allowed.</summary>
    public void MoveTo(Stage to, DateTimeOffset now, string? note = null)
    {
        if (to == Stage.Closed) throw new DomainRuleException("Close an application with Close and a reason.", "stage");
        if (to == Stage.Placed) throw new DomainRuleException("Place a candidate with Place, from an offer.", "stage");
        if (!StageRules.CanMove(Stage, to)) throw new DomainRuleException($"An application cannot move from {Stage} to {to}.", "stage");
        Record(to, now, null, Guard.OptionalText(note, "note", 2_000));
        if (to == Stage.Submitted) SubmittedAt = now;
    }

    /// <summary>Closes the application; a reason is required.</summary>
    public void Close(CloseReason? reason, DateTimeOffset now, string? note = null)
    {
        if (reason is not { } r || !Enum.IsDefined(r)) throw new DomainRuleException("A reason is required to close an application.", "reason");
        if (StageRules.IsFinal(Stage)) throw new DomainRuleException($"An application that is {Stage} cannot be closed.", "stage");
        var checkedNote = Guard.OptionalText(note, "note", 2_000);
        Record(Stage.Closed, now, r, checkedNote);
        CloseReason = r;
    }

    /// <summary>Records an offer: the application moves to the offer stage from client review or interview.</summary>
    public void MakeOffer(decimal? amount, string? terms, DateTimeOffset now)
    {
        var checkedTerms = Guard.OptionalText(terms, "terms", 2_000);
        Guard.NotNegative(amount, "amount");
        if (!StageRules.CanMove(Stage, Stage.Offer)) throw new DomainRuleException($"An offer cannot be made to an application in {Stage}.", "stage");
        Record(Stage.Offer, now, null, checkedTerms);
        (OfferAmount, OfferTerms) = (amount, checkedTerms);
    }

    /// <summary>Places the candidate; only an application at the offer stage can be placed.</summary>
    public Placement Place(DateOnly startDate, Common.EngagementTypes engagement, decimal? feeOrRate, DateTimeOffset now)
    {
        if (Stage != Stage.Offer) throw new DomainRuleException("A placement can only be made from an offer.", "stage");
        var placement = new Placement(this, startDate, engagement, feeOrRate, now);
        Record(Stage.Placed, now, null, null);
        return placement;
    }

    /// <summary>Schedules an interview; the application moves to the interview stage if it was in client review.</summary>
    public Interview ScheduleInterview(DateTimeOffset start, int durationMinutes, string? location, DateTimeOffset now)
    {
        if (Stage is not (Stage.ClientReview or Stage.Interview))
            throw new DomainRuleException($"An interview cannot be scheduled for an application in {Stage}.", "stage");
        var interview = new Interview(Id, start, durationMinutes, location, now);
        if (Stage == Stage.ClientReview) Record(Stage.Interview, now, null, null);
        return interview;
    }

    private void Record(Stage to, DateTimeOffset now, CloseReason? reason, string? note)
    {
        History = [.. History, new StageChange(Stage, to, now, reason, note)];
        Stage = to;
        StageChangedAt = now;
        Touch(now);
    }
}
