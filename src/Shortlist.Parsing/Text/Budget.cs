using System.Diagnostics;

namespace Shortlist.Parsing.Text;

/// <summary>Tracks the wall-clock budget of one extraction and the caller's cancellation.</summary>
internal sealed class Budget(TimeSpan allowed, CancellationToken cancellation)
{
    private readonly long _start = Stopwatch.GetTimestamp();

    /// <summary>Throws <see cref="ParseException"/> (Timeout) when the budget is spent or the caller cancelled.</summary>
    public void Check()
    {
        if (cancellation.IsCancellationRequested)
            throw new ParseException(ParseProblem.Timeout, "Reading the file was cancelled.");
        if (Stopwatch.GetElapsedTime(_start) > allowed)
            throw new ParseException(ParseProblem.Timeout, $"Reading the file took longer than {allowed.TotalSeconds:0.#} seconds.");
    }
}
