using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Shortlist.Domain.Taxonomy;

namespace Shortlist.Web.Infrastructure;

/// <summary>
/// Counts the saves this process makes, so that in-memory read models (the job board's snapshot) look at the
/// database again straight after a local change instead of on their next periodic check (the job board's snapshot
/// compares <see cref="Saves"/>; the matching index awaits <see cref="NextSave"/>). Changes made by
/// other processes are still found by that periodic check.
/// </summary>
public sealed class LocalChangeSignal : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _taxonomyChanging = [];
    private long _saves;
    private long _taxonomySaves;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Goes up after every save.</summary>
    public long Saves => Interlocked.Read(ref _saves);

    /// <summary>Completes after the next save this process makes; read it before looking at the database, then await it.</summary>
    public Task NextSave => Volatile.Read(ref _next).Task;

    /// <summary>Goes up after every save that changed a taxonomy entry (taxonomy is not in the change feed).</summary>
    public long TaxonomySaves => Interlocked.Read(ref _taxonomySaves);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<TaxonomyEntry>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            _taxonomyChanging.AddOrUpdate(context, true);
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && _taxonomyChanging.TryGetValue(context, out _))
        {
            _taxonomyChanging.Remove(context);
            Interlocked.Increment(ref _taxonomySaves);
        }
        Interlocked.Increment(ref _saves);
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
