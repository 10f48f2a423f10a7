namespace Shortlist.Data.ChangeFeed;

/// <summary>What happened to a record.</summary>
public enum ChangeKind
{
    Upserted,
    Deleted,
}

/// <summary>One committed change to a candidate or a position, numbered in commit order; matching indexes follow it.</summary>
public sealed class ChangeFeedEntry
{
    public long Sequence { get; set; }
    public string EntityType { get; set; } = "";
    public Guid EntityId { get; set; }
    public ChangeKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
}
