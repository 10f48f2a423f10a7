using BenchmarkDotNet.Attributes;
using Shortlist.Benchmarks.Matching;
using Shortlist.Matching.Index;
using Shortlist.Matching.Querying;

namespace Shortlist.Benchmarks;

/// <summary>
/// One typical search over 100,000 generated candidates (the pool of the <c>match</c> verb): a must-have, several optional
/// requirements, a metro-area radius and a rate cap; top 50 with explanations. The macro run with the peers is
/// <c>dotnet run -c Release --project bench/Shortlist.Benchmarks -- match --candidates N</c>.
/// </summary>
[MemoryDiagnoser]
public class MatchBenchmarks
{
    private Matcher _matcher = null!;
    private MatchQuery _default = null!, _skillsOnly = null!, _whatIf = null!;

    [Params(100_000)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = new MatchData(Candidates, 200, 42);
        var index = new CandidateIndex(MatchData.Dimensions);
        index.AddRange(data.Documents());
        _matcher = new Matcher(index);
        var typical = data.Positions.First(p => p.Musts.Length is 1 or 2 && p.RadiusKm is not null && p.MaxRate is not null && p.Optional.Length >= 4
            && p.Shape(data) is "common-must" or "mid-must");
        _default = typical.ToQuery(data, ScoringProfile.Default);
        _skillsOnly = typical.ToQuery(data, ScoringProfile.SkillsOnly);
        _whatIf = typical.ToQuery(data, ScoringProfile.Default, whatIf: true);
    }

    [Benchmark(Baseline = true)]
    public int TypicalDefault() => _matcher.Search(_default).Hits.Count;

    [Benchmark]
    public int TypicalSkillsOnly() => _matcher.Search(_skillsOnly).Hits.Count;

    [Benchmark]
    public int TypicalWithWhatIf() => _matcher.Search(_whatIf).Hits.Count;
}
