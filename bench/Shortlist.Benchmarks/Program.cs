using BenchmarkDotNet.Running;

// The benchmark harness: BenchmarkDotNet micro-benchmarks here, macro runs (ranking, index build, load) as they land.
// Run: dotnet run -c Release --project bench/Shortlist.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The entry point.</summary>
public partial class Program;
