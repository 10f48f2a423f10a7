using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Tests.Support;

/// <summary>
/// Limits for tests that read well-formed files: a minute instead of the 10-second budget. The first PDF a test process
/// reads also pays for loading and compiling the PDF reader, and the suite runs its projects side by side on two cores;
/// the budget itself is tested against hostile files by <c>BadInputTests</c> (default limits) and <c>FuzzTests</c> (1.5 s).
/// </summary>
internal static class Patience
{
    public static readonly ParseLimits Limits = new(TimeBudget: TimeSpan.FromMinutes(1));
}
