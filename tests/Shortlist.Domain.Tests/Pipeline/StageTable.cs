using Shortlist.Domain.Pipeline;

namespace Shortlist.Domain.Tests.Pipeline;

/// <summary>
/// The expected pipeline, written out by hand (not derived from <see cref="StageRules"/>):
/// a row per "from" stage, a column per "to" stage, 'X' where the direct move is allowed.
/// </summary>
internal static class StageTable
{
    /// <summary>Row and column order of <see cref="Matrix"/>.</summary>
    public static readonly Stage[] Order =
    [
        Stage.Sourced, Stage.Screening, Stage.Submitted, Stage.ClientReview,
        Stage.Interview, Stage.Offer, Stage.Placed, Stage.Closed,
    ];

    private static readonly string[] Matrix =
    [
        // to:  Sou Scr Sub CRv Int Off Pla Clo        from:
        "        .   X   X   .   .   .   .   .  ", // Sourced
        "        .   .   X   .   .   .   .   .  ", // Screening
        "        .   .   .   X   .   .   .   .  ", // Submitted
        "        .   .   .   .   X   X   .   .  ", // ClientReview
        "        .   .   .   .   .   X   .   .  ", // Interview
        "        .   .   .   .   .   .   X   .  ", // Offer
        "        .   .   .   .   .   .   .   .  ", // Placed
        "        .   .   .   .   .   .   .   .  ", // Closed
    ];

    /// <summary>True when the table allows moving straight from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsAllowed(Stage from, Stage to)
    {
        var row = Matrix[Array.IndexOf(Order, from)].Where(c => c is 'X' or '.').ToArray();
        return row[Array.IndexOf(Order, to)] == 'X';
    }

    /// <summary>Every (from, to) pair of stages with whether the table allows it.</summary>
    public static TheoryData<Stage, Stage, bool> AllPairs()
    {
        var data = new TheoryData<Stage, Stage, bool>();
        foreach (var from in Order)
        {
            foreach (var to in Order) data.Add(from, to, IsAllowed(from, to));
        }
        return data;
    }
}
