using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;

namespace Shortlist.Web.Seeding;

/// <summary>What a seeding run added, how long it took, and the demo clients (new or already there) in catalog order.</summary>
public sealed record DemoSeedResult(
    int OrganizationsCreated,
    int ContactsCreated,
    int SearchRequestsCreated,
    int PositionsCreated,
    int CandidatesCreated,
    int ApplicationsCreated,
    int TaxonomyEntriesCreated,
    TimeSpan Elapsed,
    IReadOnlyList<(Guid Id, string Name, string Industry)> Organizations);

/// <summary>
/// Fills a migrated database with demo data: taxonomy, clients with contacts, search requests, positions,
/// candidates and applications. Running it again adds more candidates and positions without duplicating the
/// taxonomy or the clients, and with e-mail addresses that stay unique. Give it a context of its own (a fresh
/// scope): it turns off automatic change detection while it runs and clears the change tracker between batches.
/// </summary>
public sealed class DemoSeeder(ShortlistDbContext db, TimeProvider clock)
{
    /// <summary>Candidates a plain <c>seed</c> adds.</summary>
    public const int DefaultCandidates = 2_000;

    /// <summary>Positions a plain <c>seed</c> adds.</summary>
    public const int DefaultPositions = 50;

    /// <summary>Candidates per transaction: enough to amortize the commit.</summary>
    public const int BatchSize = 2_000;

    /// <summary>
    /// Candidates per SaveChangesAsync. EF Core keeps a snapshot of each tracked row's JSON columns; tracking fewer rows
    /// at a time keeps them from outliving young-generation collections: about 40% less time in the GC, measured.
    /// </summary>
    public const int SaveChunk = 500;

    private static readonly string[] DemoDomains = ["@example.com", "@example.org", "@example.net"];

    /// <summary>
    /// Adds <paramref name="candidates"/> candidates and <paramref name="positions"/> positions (with their clients,
    /// taxonomy and pipeline); the database must already be migrated. The same seed, clock and database state give
    /// the same data (apart from the GUIDs the entities draw themselves).
    /// </summary>
    public async Task<DemoSeedResult> SeedAsync(int candidates, int positions, int seed = 42, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(positions);
        var started = clock.GetTimestamp();
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        // Entities are complete before they are added, so scanning the tracker for changes would be wasted work.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var firstNumber = await NextCandidateNumberAsync(ct);
            var generator = new DemoDataGenerator(seed, clock.GetUtcNow(), firstNumber);
            var taxonomy = await SeedTaxonomyAsync(generator, ct);
            var (clients, organizationsCreated, contactsCreated) = await SeedClientsAsync(generator, ct);

            var generated = generator.CreatePositions(clients, positions);
            foreach (var chunk in generated.SearchRequests.Cast<object>().Concat(generated.Positions).Chunk(BatchSize))
            {
                db.AddRange(chunk);
                await SaveBatchAsync(ct);
            }
            var targets = generated.Positions.Count > 0
                ? generated.Positions.Where(p => p.Status != PositionStatus.Draft).Select(DemoPositionTarget.From).ToList()
                : await ExistingTargetsAsync(ct);

            var applications = await SeedCandidatesAsync(generator, candidates, firstNumber, targets, ct);
            return new DemoSeedResult(organizationsCreated, contactsCreated, generated.SearchRequests.Count, generated.Positions.Count,
                candidates, applications, taxonomy, clock.GetElapsedTime(started),
                clients.Select(c => (c.Organization.Id, c.Organization.Name, c.Organization.Industry)).ToList());
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private async Task<int> SeedTaxonomyAsync(DemoDataGenerator generator, CancellationToken ct)
    {
        var existing = (await db.TaxonomyEntries.AsNoTracking().Select(t => t.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var missing = generator.TaxonomyEntries().Where(t => !existing.Contains(t.Code)).ToList();
        if (missing.Count == 0) return 0;
        db.TaxonomyEntries.AddRange(missing);
        await SaveBatchAsync(ct);
        return missing.Count;
    }

    /// <summary>Reuses demo clients a previous run created (matched by name) and creates the others.</summary>
    private async Task<(List<DemoClient> Clients, int Organizations, int Contacts)> SeedClientsAsync(DemoDataGenerator generator, CancellationToken ct)
    {
        var seeds = DemoDataGenerator.ClientSeeds();
        var names = seeds.Select(s => s.Employer.Name).ToList();
        var existing = (await db.Organizations.AsNoTracking().Where(o => names.Contains(o.Name)).ToListAsync(ct))
            .GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.OrderBy(o => o.CreatedAt).First(), StringComparer.Ordinal);
        var existingIds = existing.Values.Select(o => o.Id).ToList();
        var contacts = (await db.Contacts.AsNoTracking().Where(c => existingIds.Contains(c.OrganizationId)).ToListAsync(ct))
            .ToLookup(c => c.OrganizationId);

        var clients = new List<DemoClient>(seeds.Count);
        int organizationsCreated = 0, contactsCreated = 0;
        foreach (var (employer, industry, blind) in seeds)
        {
            // Generated even when the client exists, so that the random stream does not depend on what the database holds.
            var client = generator.CreateClient(employer, industry, blind);
            if (existing.TryGetValue(employer.Name, out var organization))
            {
                clients.Add(client with { Organization = organization, Contacts = contacts[organization.Id].ToList() });
                continue;
            }
            db.Organizations.Add(client.Organization);
            db.Contacts.AddRange(client.Contacts);
            clients.Add(client);
            organizationsCreated++;
            contactsCreated += client.Contacts.Count;
        }
        if (organizationsCreated > 0) await SaveBatchAsync(ct);
        return (clients, organizationsCreated, contactsCreated);
    }

    /// <summary>When a run adds no positions, its applications go to the newest published positions already there.</summary>
    private async Task<List<DemoPositionTarget>> ExistingTargetsAsync(CancellationToken ct)
    {
        var positions = await db.Positions.AsNoTracking().Where(p => p.Status != PositionStatus.Draft)
            .OrderByDescending(p => p.Id).Take(500).ToListAsync(ct);
        return positions.Select(DemoPositionTarget.From).ToList();
    }

    private sealed record CandidateBatch(List<Candidate> Candidates, List<Application> Applications);

    /// <summary>
    /// Generation runs on a second thread a transaction ahead of the inserts, so that the machine's other core does it
    /// while this one is busy in EF Core and the database. Each transaction holds <see cref="BatchSize"/> candidates,
    /// saved <see cref="SaveChunk"/> at a time.
    /// </summary>
    private async Task<int> SeedCandidatesAsync(DemoDataGenerator generator, int count, int firstNumber,
        IReadOnlyList<DemoPositionTarget> targets, CancellationToken ct)
    {
        var channel = Channel.CreateBounded<CandidateBatch>(new BoundedChannelOptions(BatchSize / SaveChunk) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => ProduceAsync(generator, count, firstNumber, targets, channel.Writer, stop.Token), CancellationToken.None);
        var applications = 0;
        IDbContextTransaction? transaction = null;
        try
        {
            var inTransaction = 0;
            await foreach (var chunk in channel.Reader.ReadAllAsync(ct))
            {
                transaction ??= await db.Database.BeginTransactionAsync(ct);
                db.Candidates.AddRange(chunk.Candidates);
                db.Applications.AddRange(chunk.Applications);
                // Not accepting changes skips EF's snapshot of every JSON column; the tracker is cleared right after anyway.
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
                db.ChangeTracker.Clear();
                applications += chunk.Applications.Count;
                inTransaction += chunk.Candidates.Count;
                if (inTransaction < BatchSize) continue;
                await transaction.CommitAsync(ct);
                await transaction.DisposeAsync();
                transaction = null;
                inTransaction = 0;
            }
            if (transaction is not null) await transaction.CommitAsync(ct);
        }
        finally
        {
            if (transaction is not null) await transaction.DisposeAsync();
            await stop.CancelAsync(); // lets the producer go when the inserts failed half-way
            await producer;
        }
        return applications;
    }

    private static async Task ProduceAsync(DemoDataGenerator generator, int count, int firstNumber,
        IReadOnlyList<DemoPositionTarget> targets, ChannelWriter<CandidateBatch> writer, CancellationToken ct)
    {
        try
        {
            // About 13% of a small pool applies somewhere, but no position gets more than a few dozen: enough for the pipeline board.
            var rate = targets.Count == 0 ? 0 : Math.Min(0.10, targets.Count * 30.0 / Math.Max(1, count));
            for (var done = 0; done < count; done += SaveChunk)
            {
                var size = Math.Min(SaveChunk, count - done);
                var chunk = new CandidateBatch(new List<Candidate>(size), []);
                for (var i = 0; i < size; i++)
                {
                    var candidate = generator.CreateCandidate(firstNumber + done + i + 1);
                    chunk.Candidates.Add(candidate.Candidate);
                    chunk.Applications.AddRange(generator.CreateApplications(candidate, targets, rate));
                }
                await writer.WriteAsync(chunk, ct);
            }
            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
        }
    }

    private async Task SaveBatchAsync(CancellationToken ct)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // Not accepting changes skips EF's snapshot of every JSON column; the tracker is cleared right after anyway.
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            await transaction.CommitAsync(ct);
        }
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Candidate numbers (part of each demo e-mail address) continue after the highest one of earlier runs. Ids are
    /// version-7 GUIDs, so the newest demo candidates come first in descending order; several are read because
    /// GUIDs made in the same millisecond are not ordered among themselves.
    /// </summary>
    private async Task<int> NextCandidateNumberAsync(CancellationToken ct)
    {
        var count = await db.Candidates.CountAsync(ct);
        if (count == 0) return 0;
        var recent = await db.Candidates.AsNoTracking()
            .Where(c => c.Email.EndsWith(DemoDomains[0]) || c.Email.EndsWith(DemoDomains[1]) || c.Email.EndsWith(DemoDomains[2]))
            .OrderByDescending(c => c.Id).Take(500).Select(c => c.Email).ToListAsync(ct);
        return Math.Max(count, recent.Select(DemoNumber).DefaultIfEmpty(0).Max());
    }

    private static int DemoNumber(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var start = at;
        while (start > 0 && char.IsAsciiDigit(email[start - 1])) start--;
        return start < at && int.TryParse(email.AsSpan(start, at - start), out var number) ? number : 0;
    }
}
