using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Parsing.Text;
using Shortlist.Web.Features.Resumes;

namespace Shortlist.Web.Cli;

/// <summary>
/// Bulk import of résumé files: each file becomes a candidate in a transaction of its own, with the file stored beside it.
/// A file whose content is already stored is skipped, which makes an interrupted run resumable and a repeated run harmless.
/// </summary>
public static class ImportVerb
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".docx", ".txt", ".json" };

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
        int added = 0, skipped = 0, failed = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var outcome = await ImportOneAsync(file, services, ct);
            switch (outcome)
            {
                case null: added++; break;
                case "": skipped++; break;
                default: failed++; error.WriteLine($"{file}: {outcome}"); break;
            }
            if ((i + 1) % 25 == 0 || i == files.Count - 1)
                output.WriteLine($"{i + 1}/{files.Count} files: {added} added, {skipped} already imported, {failed} failed");
        }
        return failed == 0 ? 0 : 1;
    }

    /// <summary>Null when imported, "" when already there, else why it failed.</summary>
    private static async Task<string?> ImportOneAsync(string path, IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        var intake = scope.ServiceProvider.GetRequiredService<ResumeIntake>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        try
        {
            var info = new FileInfo(path);
            if (info.Length > ParseLimits.Default.MaxBytes) return "too-large: the file is larger than 10 MB";
            var content = await File.ReadAllBytesAsync(path, ct);
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content));
            if (await db.Files.AnyAsync(f => f.Sha256 == hash, ct)) return "";
            var upload = new ResumeIntake.Upload(content, info.Name, "application/octet-stream");
            var (text, parsed) = await intake.ParseAsync(upload, ct);
            var profile = ResumeIntake.ToProfile(parsed);
            if (profile.FirstName is null || profile.LastName is null || profile.Email is null)
                return "incomplete: the résumé does not give a full name and an e-mail address";
            var candidate = new Candidate(profile.FirstName, profile.LastName, profile.Email, clock.GetUtcNow());
            candidate.SetSource("import", clock.GetUtcNow());
            await intake.AttachAsync(candidate, upload, text, parsed, ct);
            db.Candidates.Add(candidate);
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (ParseException e) { return $"{e.Code}: {e.Message}"; }
        catch (IOException e) { return $"unreadable: {e.Message}"; }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException) { return "timeout: reading the file took too long"; }
    }
}
