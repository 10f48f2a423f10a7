using BenchmarkDotNet.Running;
using Shortlist.Benchmarks.Matching;

// The benchmark harness: BenchmarkDotNet micro-benchmarks, and macro runs as verbs.
//   dotnet run -c Release --project bench/Shortlist.Benchmarks -- --filter '*'           BenchmarkDotNet suite
//   dotnet run -c Release --project bench/Shortlist.Benchmarks -- match --candidates N   matching engine vs Lucene.NET and PostgreSQL
if (args.Length > 0 && args[0] == "match") return MatchBench.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>The entry point.</summary>
public partial class Program;
