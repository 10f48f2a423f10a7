namespace Shortlist.Domain.Tests;

/// <summary>Fixed points in time, so no test depends on the wall clock.</summary>
internal static class TestClock
{
    /// <summary>The moment entities are created at.</summary>
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A moment after every set-up step, for the action under test.</summary>
    public static readonly DateTimeOffset Later = Now.AddHours(1);

    /// <summary>A moment after <see cref="Later"/>.</summary>
    public static readonly DateTimeOffset MuchLater = Now.AddDays(7);

    /// <summary>The calendar day of <see cref="Now"/>.</summary>
    public static readonly DateOnly Today = new(2025, 3, 3);
}
