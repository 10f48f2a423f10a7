using BenchmarkDotNet.Attributes;
using Shortlist.Benchmarks.Matching;
using Shortlist.Matching.Index;
using Shortlist.Matching.Talent;

namespace Shortlist.Benchmarks.Talent;

/// <summary>
/// The talent-search query evaluator over 100,000 generated profiles (the pool of the <c>talent</c> verb): a broad term
/// (Agile and its narrower entries), the documented example, and fields alone (a radius); first page of 20, no evidence.
/// The macro run with the Lucene.NET peer is <c>dotnet run -c Release --project bench/Shortlist.Benchmarks -- talent --candidates N</c>.
/// </summary>
[MemoryDiagnoser]
public class TalentBenchmarks
{
    private TalentSearcher _searcher = null!;
    private TalentQuery _broad = null!, _example = null!, _near = null!;

    [Params(100_000)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = new TalentData(Candidates, 42);
        var index = new CandidateIndex(MatchData.Dimensions);
        index.AddRange(Enumerable.Range(0, Candidates).Select(d => CandidateDocument.From(data.Make(d), TalentData.Today)));
        var vocabulary = new TalentVocabulary(data.Taxonomy);
        _searcher = new TalentSearcher(index, vocabulary);
        _broad = TalentBench.Compile(TalentBench.Mix.First(c => c.Q == "Agile"), vocabulary, 20);
        _example = TalentBench.Compile(TalentBench.Mix.First(c => c.Class == "example"), vocabulary, 20);
        _near = TalentBench.Compile(TalentBench.Mix.First(c => c.Near == "Boston" && c.Q is null), vocabulary, 20);
    }

    [Benchmark(Baseline = true)]
    public int Example() => _searcher.Search(_example).Total;

    [Benchmark]
    public int BroadTerm() => _searcher.Search(_broad).Total;

    [Benchmark]
    public int NearOnly() => _searcher.Search(_near).Total;
}
