using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Web.Features.Duplicates;

namespace Shortlist.Web.Seeding;

/// <summary>
/// Two likely duplicates for the review page on first start: a job-board applicant who was imported before under the same
/// e-mail address, and one person imported twice with different addresses but the same name and employer.
/// </summary>
public static class DemoDuplicates
{
    public static async Task SeedAsync(ShortlistDbContext db, DuplicateDetector detector, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var originals = await db.Candidates.Where(c => c.UserId == null && c.ErasedAt == null).OrderBy(c => c.Id).Skip(10).Take(2).ToListAsync(ct);
        if (originals.Count < 2) return;
        var (imported, twice) = (originals[0], originals[1]);

        var applicant = new Candidate(imported.FirstName, imported.LastName, imported.Email.ToUpperInvariant(), now, imported.Phone, imported.Location is { } place ? place with { } : null);
        applicant.SetProfile(imported.Headline, null, imported.Roles.Take(2), imported.Skills.Take(5), [], [], [], now);
        applicant.SetSource("applied", now);

        var firstRole = twice.Roles.OrderBy(r => r.Start).FirstOrDefault();
        var again = new Candidate(twice.FirstName[..1] + ".", twice.LastName, $"{twice.FirstName.ToLowerInvariant()}.{twice.LastName.ToLowerInvariant()}.alt@example.com".Replace(' ', '-'), now);
        again.SetProfile(twice.Headline, twice.Summary, firstRole is null ? [] : [firstRole], twice.Skills.Take(3), [], [], [], now);
        again.SetSource("import", now);

        db.Candidates.AddRange(applicant, again);
        await db.SaveChangesAsync(ct);
        await detector.CheckAsync([applicant.Id, again.Id], ct);
    }
}
