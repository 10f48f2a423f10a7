using System.Globalization;

namespace Shortlist.Parsing.Evaluation;

/// <summary>Counts of one field: values found and right, found and wrong, missed.</summary>
/// <param name="Field">The field's name.</param>
/// <param name="TruePositives">Predicted values that are in the labels.</param>
/// <param name="FalsePositives">Predicted values that are not.</param>
/// <param name="FalseNegatives">Labelled values not predicted.</param>
public sealed record FieldScore(string Field, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>tp / (tp + fp); 0 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>tp / (tp + fn); 0 when nothing was labelled.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The sum of two counts of the same field.</summary>
    public FieldScore Add(FieldScore other) => this with
    {
        TruePositives = TruePositives + other.TruePositives,
        FalsePositives = FalsePositives + other.FalsePositives,
        FalseNegatives = FalseNegatives + other.FalseNegatives,
    };

    /// <summary>"field  P=0.xx R=0.xx F1=0.xx (tp/fp/fn)".</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Field,-12}  P={Precision:0.00} R={Recall:0.00} F1={F1:0.00} ({TruePositives}/{FalsePositives}/{FalseNegatives})");
}

/// <summary>The scores of one evaluation run: per field and overall (micro-averaged over fields and documents).</summary>
/// <param name="Name">What was evaluated, e.g. "dotin-train held-out".</param>
/// <param name="Documents">How many documents were scored.</param>
/// <param name="Fields">Scores per field.</param>
public sealed record EvaluationResult(string Name, int Documents, IReadOnlyList<FieldScore> Fields)
{
    /// <summary>All fields' counts summed.</summary>
    public FieldScore Overall => Fields.Aggregate(new FieldScore("overall", 0, 0, 0), (sum, f) => sum.Add(f with { Field = "overall" }));

    /// <summary>The score of <paramref name="field"/>.</summary>
    public FieldScore this[string field] => Fields.First(f => f.Field == field);

    /// <summary>
    /// The same counts over only the documents that carry at least one label of each field: 26 of the 248 Dotin tuning
    /// files label no employer and 40 no e-mail, though their texts hold both, so every value found there counts as
    /// wrong in <see cref="Fields"/>. Empty when the evaluation does not tell the two apart.
    /// </summary>
    public IReadOnlyList<FieldScore> LabelledOnly { get; init; } = [];

    /// <summary>A title line, a line per field and the overall line.</summary>
    public override string ToString()
        => $"{Name} ({Documents} documents)\n" + string.Join('\n', Fields.Select(f => f.ToString())) + "\n" + Overall;
}
