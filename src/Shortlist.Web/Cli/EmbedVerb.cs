using System.Diagnostics;
using Shortlist.Web.Features.Embeddings;

namespace Shortlist.Web.Cli;

/// <summary>Computes every missing or stale text embedding now, printing progress; a repeated run finds nothing to do.</summary>
public static class EmbedVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var refresher = services.GetRequiredService<EmbeddingRefresher>();
        var watch = Stopwatch.StartNew();
        var lastPrinted = TimeSpan.Zero;
        var results = await refresher.CatchUpAsync(p =>
        {
            if (p.Checked < p.Total && watch.Elapsed - lastPrinted < TimeSpan.FromSeconds(2)) return;
            lastPrinted = watch.Elapsed;
            output.WriteLine($"{p.Kind}s: {p.Checked}/{p.Total} checked, {p.Computed} computed, {p.Failed} failed ({watch.Elapsed.TotalSeconds:0} s)");
        }, ct);
        foreach (var r in results)
            output.WriteLine($"{r.Kind}s: {(r.Checked == 0 ? "all embeddings are current" : $"{r.Computed} embeddings computed, {r.Checked - r.Computed - r.Failed} unchanged, {r.Failed} failed")}.");
        output.WriteLine($"Done in {watch.Elapsed.TotalSeconds:0.0} s.");
        return results.Any(r => r.Failed > 0) ? 1 : 0;
    }
}
