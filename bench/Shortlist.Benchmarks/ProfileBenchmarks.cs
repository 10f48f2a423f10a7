using BenchmarkDotNet.Attributes;
using Shortlist.Domain.Candidates;

namespace Shortlist.Benchmarks;

/// <summary>
/// Total years of experience (overlapping roles counted once) is computed for every candidate when the matching index
/// is built, so its cost per candidate bounds the build time of a million-candidate index.
/// </summary>
[MemoryDiagnoser]
public class ProfileBenchmarks
{
    private readonly List<Candidate> _candidates = [];
    private readonly DateOnly _today = new(2026, 11, 25);

    [Params(1_000)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var now = new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Candidates; i++)
        {
            var candidate = new Candidate("First", $"Last{i}", $"c{i}@example.com", now);
            var start = new DateOnly(1995 + random.Next(20), 1 + random.Next(12), 1);
            var roles = new List<ProfileRole>();
            for (var r = 0; r < 2 + random.Next(6); r++)
            {
                var end = start.AddMonths(6 + random.Next(60));
                roles.Add(new ProfileRole("Project manager", $"Employer {r}", "healthcare", start, end > _today ? null : end));
                start = end.AddMonths(-random.Next(4));
                if (start > _today) break;
            }
            candidate.SetProfile(null, null, roles, [], [], [], [], now);
            _candidates.Add(candidate);
        }
    }

    [Benchmark]
    public double TotalYears()
    {
        var sum = 0.0;
        foreach (var c in _candidates) sum += c.TotalYears(_today);
        return sum;
    }
}
