using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Parsing.Text;
using Shortlist.Web.Features.Resumes;

namespace Shortlist.Web.Cli;

/// <summary>
/// Bulk import of résumé files in batches: each batch of candidates, with their files, is committed in one transaction, and the
/// stored files' content hashes are the checkpoint. A file whose content is already stored is skipped, so an interrupted run
/// (even one killed mid-batch: the open transaction rolls back as a whole) resumes after the last committed batch, and a
/// repeated run adds nothing.
/// </summary>
public static class ImportVerb
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".docx", ".txt", ".json" };

    /// <summary>Files per transaction unless <c>Import:BatchSize</c> says otherwise.</summary>
    public const int DefaultBatchSize = 50;

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => Extensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal));
            else if (File.Exists(path)) files.Add(path);
            else { error.WriteLine($"{path}: no such file or folder"); return 1; }
        }
        var batchSize = Math.Clamp(services.GetRequiredService<IConfiguration>().GetValue("Import:BatchSize", DefaultBatchSize), 1, 1_000);
        int added = 0, skipped = 0, failed = 0, done = 0;
        foreach (var batch in files.Chunk(batchSize))
        {
            var outcomes = await ImportBatchAsync(batch, services, ct);
            foreach (var (file, outcome) in batch.Zip(outcomes))
            {
                switch (outcome)
                {
                    case null: added++; break;
                    case "": skipped++; break;
                    default: failed++; error.WriteLine($"{file}: {outcome}"); break;
                }
            }
            done += batch.Length;
            // Printed only after the batch is committed: what the progress line counts as added is stored.
            output.WriteLine($"{done}/{files.Count} files: {added} added, {skipped} already imported, {failed} failed");
            await output.FlushAsync(ct);
        }
        if (files.Count == 0) output.WriteLine("0/0 files: 0 added, 0 already imported, 0 failed");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>Per file: null when imported, "" when already there, else why it failed. The batch commits as one.</summary>
    private static async Task<string?[]> ImportBatchAsync(string[] batch, IServiceProvider services, CancellationToken ct)
    {
        var outcomes = new string?[batch.Length];
        var contents = new (byte[] Content, string Hash)?[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            try
            {
                if (new FileInfo(batch[i]).Length > ParseLimits.Default.MaxBytes) { outcomes[i] = "too-large: the file is larger than 10 MB"; continue; }
                var content = await File.ReadAllBytesAsync(batch[i], ct);
                contents[i] = (content, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content)));
            }
            catch (IOException e) { outcomes[i] = $"unreadable: {e.Message}"; }
            catch (UnauthorizedAccessException e) { outcomes[i] = $"unreadable: {e.Message}"; }
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        var intake = scope.ServiceProvider.GetRequiredService<ResumeIntake>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var hashes = contents.Where(c => c is not null).Select(c => c!.Value.Hash).Distinct().ToList();
        var stored = (await db.Files.Where(f => hashes.Contains(f.Sha256)).Select(f => f.Sha256).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < batch.Length; i++)
        {
            if (contents[i] is not { } c) continue;
            // The same content twice (here or in an earlier batch) is one candidate.
            if (!stored.Add(c.Hash)) { outcomes[i] = ""; continue; }
            outcomes[i] = await AddAsync(db, intake, clock, batch[i], c.Content, ct);
            // A file refused half-way leaves nothing behind in the unit of work (its stored file would read as "imported").
            if (outcomes[i] is not null)
                foreach (var entry in db.ChangeTracker.Entries<Shortlist.Data.Files.StoredFile>().Where(e => e.State == EntityState.Added && e.Entity.Sha256 == c.Hash).ToList())
                    entry.State = EntityState.Detached;
        }
        if (!outcomes.Any(o => o is null)) return outcomes;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            // Likely duplicates (of the pool or of each other) are recorded for recruiters; every candidate stays imported.
            var imported = db.ChangeTracker.Entries<Candidate>().Select(e => e.Entity.Id).ToList();
            await scope.ServiceProvider.GetRequiredService<Features.Duplicates.DuplicateDetector>().TryCheckAsync(imported, ct);
        }
        catch (DbUpdateException) when (batch.Length > 1)
        {
            // One bad row must not sink the batch: each of its files again, one transaction each.
            db.ChangeTracker.Clear();
            for (var i = 0; i < batch.Length; i++)
                if (outcomes[i] is null) outcomes[i] = (await ImportBatchAsync([batch[i]], services, ct))[0];
        }
        return outcomes;
    }

    /// <summary>Adds the candidate for one file to the unit of work: null when added, else why not.</summary>
    private static async Task<string?> AddAsync(ShortlistDbContext db, ResumeIntake intake, TimeProvider clock, string path, byte[] content, CancellationToken ct)
    {
        try
        {
            var upload = new ResumeIntake.Upload(content, Path.GetFileName(path), "application/octet-stream");
            var (text, parsed) = await intake.ParseAsync(upload, ct);
            var profile = ResumeIntake.ToProfile(parsed);
            if (profile.FirstName is null || profile.LastName is null || profile.Email is null)
                return "incomplete: the résumé does not give a full name and an e-mail address";
            var candidate = new Candidate(profile.FirstName, profile.LastName, profile.Email, clock.GetUtcNow());
            candidate.SetSource("import", clock.GetUtcNow());
            await intake.AttachAsync(candidate, upload, text, parsed, ct);
            db.Candidates.Add(candidate);
            return null;
        }
        catch (ParseException e) { return $"{e.Code}: {e.Message}"; }
        catch (Shortlist.Domain.Common.DomainRuleException e) { return $"invalid: {e.Message}"; }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException) { return "timeout: reading the file took too long"; }
    }
}
