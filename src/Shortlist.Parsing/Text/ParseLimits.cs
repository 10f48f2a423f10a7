namespace Shortlist.Parsing.Text;

/// <summary>Bounds on what text extraction will accept and spend.</summary>
/// <param name="MaxBytes">Largest file accepted.</param>
/// <param name="MaxPages">Most PDF pages read.</param>
/// <param name="MaxCharacters">Most characters of text produced.</param>
/// <param name="TimeBudget">Wall-clock time allowed for one file.</param>
/// <param name="MaxUncompressedBytes">Largest total a DOCX may expand to.</param>
/// <param name="MaxArchiveEntries">Most entries a DOCX may hold.</param>
public sealed record ParseLimits(
    long MaxBytes = 10 * 1024 * 1024,
    int MaxPages = 50,
    int MaxCharacters = 500_000,
    TimeSpan? TimeBudget = null,
    long MaxUncompressedBytes = 64 * 1024 * 1024,
    int MaxArchiveEntries = 1_000)
{
    /// <summary>The limits used when none are given: 10 MB, 50 pages, 500,000 characters, 10 seconds.</summary>
    public static ParseLimits Default { get; } = new();

    /// <summary>The time budget, 10 seconds unless given.</summary>
    public TimeSpan Budget => TimeBudget ?? TimeSpan.FromSeconds(10);
}
