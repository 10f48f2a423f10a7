namespace Shortlist.Domain.Pipeline;

/// <summary>Where a candidate stands for one position.</summary>
public enum Stage
{
    /// <summary>Found by a recruiter.</summary>
    Sourced,
    /// <summary>Being screened by the firm.</summary>
    Screening,
    /// <summary>Put forward to the client.</summary>
    Submitted,
    /// <summary>The client is reviewing.</summary>
    ClientReview,
    /// <summary>Interviewing.</summary>
    Interview,
    /// <summary>An offer is out.</summary>
    Offer,
    /// <summary>Placed; final.</summary>
    Placed,
    /// <summary>Closed with a reason; final.</summary>
    Closed,
}

/// <summary>Why an application was closed.</summary>
public enum CloseReason
{
    /// <summary>The firm or the client said no.</summary>
    Rejected,
    /// <summary>The candidate withdrew.</summary>
    Withdrawn,
    /// <summary>The position closed or was filled by someone else.</summary>
    PositionClosed,
}

/// <summary>How the candidate entered the pipeline.</summary>
public enum ApplicationOrigin
{
    /// <summary>The candidate applied.</summary>
    Applied,
    /// <summary>A recruiter sourced the candidate.</summary>
    Sourced,
}

/// <summary>The allowed forward moves between stages.</summary>
public static class StageRules
{
    private static readonly Dictionary<Stage, Stage[]> Next = new()
    {
        [Stage.Sourced] = [Stage.Screening, Stage.Submitted],
        [Stage.Screening] = [Stage.Submitted],
        [Stage.Submitted] = [Stage.ClientReview],
        [Stage.ClientReview] = [Stage.Interview, Stage.Offer],
        [Stage.Interview] = [Stage.Offer],
        [Stage.Offer] = [Stage.Placed],
        [Stage.Placed] = [],
        [Stage.Closed] = [],
    };

    /// <summary>True when an application may move straight from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanMove(Stage from, Stage to) => Next.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>The stages an application in <paramref name="from"/> may move to (closing aside).</summary>
    public static IReadOnlyList<Stage> NextStages(Stage from) => Next.TryGetValue(from, out var next) ? next : [];

    /// <summary>True for stages nothing moves out of.</summary>
    public static bool IsFinal(Stage stage) => stage is Stage.Placed or Stage.Closed;
}

/// <summary>One move in an application's history.</summary>
public sealed record StageChange(Stage From, Stage To, DateTimeOffset At, CloseReason? Reason = null, string? Note = null);

/// <summary>How a candidate sees their own application: fewer, plainer steps than the firm's pipeline.</summary>
public static class CandidateView
{
    /// <summary>The label a candidate sees for a stage, or null when the application is not shown to them (sourced, never applied).</summary>
    public static string? Label(Stage stage, CloseReason? reason) => stage switch
    {
        Stage.Sourced => null,
        Stage.Screening => "Received",
        Stage.Submitted or Stage.ClientReview => "With the employer",
        Stage.Interview => "Interviewing",
        Stage.Offer => "Offer",
        Stage.Placed => "Hired",
        Stage.Closed => reason switch
        {
            CloseReason.Withdrawn => "Withdrawn",
            CloseReason.PositionClosed => "Position closed",
            _ => "Not selected",
        },
        _ => null,
    };
}
