using BenchmarkDotNet.Running;
using Shortlist.Benchmarks.Matching;
using Shortlist.Benchmarks.Talent;

// The benchmark harness: BenchmarkDotNet micro-benchmarks, and macro runs as verbs.
//   dotnet run -c Release --project bench/Shortlist.Benchmarks -- --filter '*'           BenchmarkDotNet suite
//   dotnet run -c Release --project bench/Shortlist.Benchmarks -- match --candidates N   matching engine vs Lucene.NET and PostgreSQL
//   dotnet run -c Release --project bench/Shortlist.Benchmarks -- talent --candidates N  talent search (first page with evidence) vs Lucene.NET
//   dotnet run -c Release --project bench/Shortlist.Benchmarks -- first-parse --runs N   the first résumé a fresh process reads
if (args.Length > 0 && args[0] == "match") return MatchBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "talent") return TalentBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "first-parse") return Shortlist.Benchmarks.Parsing.FirstParseBench.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>The entry point.</summary>
public partial class Program;
