using Microsoft.Extensions.Options;

namespace Shortlist.Web.Features.Embeddings;

/// <summary>
/// Keeps text embeddings current in the background: at start it catches up on every candidate and position whose
/// embedding is missing or stale, then follows the change feed. It never stops the host: a failure is logged and the
/// work retried after a wait that doubles up to <see cref="EmbeddingOptions.MaxBackoff"/>. It stops at the end of the
/// current record on shutdown. Off when <c>Embeddings:Enabled</c> is false.
/// </summary>
public sealed class EmbeddingWorker(EmbeddingRefresher refresher, IOptions<EmbeddingOptions> options, TimeProvider clock, ILogger<EmbeddingWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        await Task.Yield(); // let the host finish starting
        long? cursor = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (cursor is null)
                {
                    var start = await refresher.LatestSequenceAsync(stoppingToken);
                    var done = await refresher.CatchUpAsync(null, stoppingToken);
                    foreach (var p in done.Where(p => p.Checked > 0))
                        log.LogInformation("Text embeddings caught up: {Kind} {Checked} checked, {Computed} computed, {Failed} failed.", p.Kind, p.Checked, p.Computed, p.Failed);
                    cursor = start;
                }
                cursor = await refresher.FollowFeedAsync(cursor.Value, stoppingToken);
                failures = 0;
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(failures - 1, 20)), options.Value.MaxBackoff.TotalSeconds));
                log.LogError(e, "Keeping text embeddings current failed ({Failures} in a row); retrying in {Wait}.", failures, wait);
                try { await Task.Delay(wait, clock, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }
}
