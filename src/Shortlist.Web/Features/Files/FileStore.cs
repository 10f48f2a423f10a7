using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Data.Files;

namespace Shortlist.Web.Features.Files;

/// <summary>
/// The one place uploaded files go. The default store keeps them in the database, so every web node sees them and a
/// file commits in the same transaction as the rows that point at it; identical content is stored once.
/// </summary>
public sealed class FileStore(ShortlistDbContext db, TimeProvider clock)
{
    /// <summary>Adds the file to the unit of work (or finds the identical one already stored); the caller saves.</summary>
    public async Task<StoredFile> AddAsync(byte[] content, string fileName, string contentType, CancellationToken ct)
    {
        var hash = Convert.ToHexString(SHA256.HashData(content));
        var existing = await db.Files.FirstOrDefaultAsync(f => f.Sha256 == hash && f.Length == content.LongLength, ct);
        if (existing is not null) return existing;
        var file = new StoredFile
        {
            Sha256 = hash, FileName = SafeName(fileName), ContentType = contentType.Length > 100 ? "application/octet-stream" : contentType,
            Length = content.LongLength, Content = content, CreatedAt = clock.GetUtcNow(),
        };
        db.Files.Add(file);
        return file;
    }

    public Task<StoredFile?> FindAsync(Guid id, CancellationToken ct) => db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);

    // Only the last path segment, printable, short: the name is shown to people and sent back in downloads.
    internal static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\')).ToArray()).Trim();
        if (name.Length == 0) name = "file";
        return name.Length > 200 ? name[^200..] : name;
    }
}
