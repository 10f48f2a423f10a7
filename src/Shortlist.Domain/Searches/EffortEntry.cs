using Shortlist.Domain.Common;

namespace Shortlist.Domain.Searches;

/// <summary>Hours a recruiter spent on a search on one day.</summary>
public sealed class EffortEntry : Entity
{
    private EffortEntry() { }

    /// <summary>Logs <paramref name="hours"/> on <paramref name="date"/> against the search of <paramref name="positionId"/>.</summary>
    public EffortEntry(Guid positionId, Guid userId, DateOnly date, double hours, string? note, DateTimeOffset now)
    {
        if (!double.IsFinite(hours) || hours <= 0) throw new DomainRuleException("Hours must be more than zero.", "hours");
        if (hours > 24) throw new DomainRuleException("A day has at most 24 hours.", "hours");
        if (date > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1)) throw new DomainRuleException("Hours cannot be logged for a future day.", "date");
        PositionId = positionId;
        UserId = userId;
        Date = date;
        Hours = hours;
        Note = Guard.OptionalText(note, "note", 500);
        Touch(now);
    }

    /// <summary>The position (search) the hours were spent on.</summary>
    public Guid PositionId { get; private set; }
    /// <summary>Who spent them.</summary>
    public Guid UserId { get; private set; }
    /// <summary>The day.</summary>
    public DateOnly Date { get; private set; }
    /// <summary>How many hours.</summary>
    public double Hours { get; private set; }
    /// <summary>What the time went on.</summary>
    public string? Note { get; private set; }
}
