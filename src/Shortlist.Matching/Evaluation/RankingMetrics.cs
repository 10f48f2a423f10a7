namespace Shortlist.Matching.Evaluation;

/// <summary>Standard ranking measures over graded relevance (0–3).</summary>
public static class RankingMetrics
{
    /// <summary>
    /// NDCG@k with gains 2^grade − 1: the discounted gain of the ranking over that of the ideal ordering of every
    /// labelled item (1 when the query has no relevant item).
    /// </summary>
    public static double Ndcg(IReadOnlyList<int> rankedGrades, IEnumerable<int> allGrades, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(rankedGrades);
        var ideal = Dcg(allGrades.OrderByDescending(g => g).Take(k).ToList(), k);
        return ideal == 0 ? 1 : Dcg(rankedGrades, k) / ideal;
    }

    private static double Dcg(IReadOnlyList<int> grades, int k)
    {
        double dcg = 0;
        for (var i = 0; i < Math.Min(k, grades.Count); i++) dcg += (Math.Pow(2, grades[i]) - 1) / Math.Log2(i + 2);
        return dcg;
    }

    /// <summary>Share of the first <paramref name="k"/> results with a grade of at least <paramref name="relevant"/> (missing results count as not relevant).</summary>
    public static double PrecisionAt(IReadOnlyList<int> rankedGrades, int k = 5, int relevant = 2)
    {
        ArgumentNullException.ThrowIfNull(rankedGrades);
        return rankedGrades.Take(k).Count(g => g >= relevant) / (double)k;
    }
}
