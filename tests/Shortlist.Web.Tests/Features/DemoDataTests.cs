using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Web.Auth;
using Shortlist.Web.Seeding;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

public abstract class DemoDataTests(AppFixture app)
{
    [Fact]
    public async Task Seed_TwiceInARow_AddsCandidatesAndPositionsWithoutDuplicatingTaxonomyClientsOrEmails()
    {
        var first = await SeedAsync(300, 8);
        var taxonomy = await app.CountAsync<Domain.Taxonomy.TaxonomyEntry>();
        var organizations = await app.CountAsync<Domain.Organizations.Organization>();
        var second = await SeedAsync(200, 4);

        Assert.Equal(300, first.CandidatesCreated);
        Assert.Equal(8, first.PositionsCreated);
        Assert.True(taxonomy >= 150, $"{taxonomy} taxonomy entries"); // another test of this class may have seeded first
        Assert.Equal(0, second.TaxonomyEntriesCreated);
        Assert.Equal(0, second.OrganizationsCreated);
        Assert.Equal(taxonomy, await app.CountAsync<Domain.Taxonomy.TaxonomyEntry>());
        Assert.Equal(organizations, await app.CountAsync<Domain.Organizations.Organization>());

        var emails = await app.WithDbAsync(db => db.Candidates.Select(c => c.Email).ToListAsync());
        Assert.Equal(emails.Count, emails.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(first.Organizations, o => o.Industry == "healthcare");
        Assert.Contains(first.Organizations, o => o.Industry == "financial-services");
        Assert.Contains(first.Organizations, o => o.Industry == "retail");
    }

    [Fact]
    public async Task Seed_MakesPlausibleProfilesAndPositions()
    {
        await SeedAsync(150, 6, seed: 7);
        var candidates = await app.WithDbAsync(db => db.Candidates.AsNoTracking().Where(c => c.Email.EndsWith("example.com") || c.Email.EndsWith("example.org") || c.Email.EndsWith("example.net")).ToListAsync());
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        Assert.All(candidates, c =>
        {
            Assert.InRange(c.Roles.Count, 2, 7);
            Assert.NotEmpty(c.Skills);
            Assert.NotEmpty(c.Industries);
            Assert.All(c.Roles, r => Assert.True(r.End is null || r.End >= r.Start));
            // Years are given to the half year, at least half a year.
            Assert.All(c.Skills, s => Assert.InRange(s.Years, 0.5, Math.Max(0.5, c.TotalYears(today) + 0.25)));
            Assert.All(c.Industries, i => Assert.InRange(i.Years, 0.5, Math.Max(0.5, c.TotalYears(today) + 0.25)));
        });
        Assert.Contains(candidates, c => c.Certifications.Any(x => x.TaxonomyCode == "pmp"));
        Assert.Contains(candidates, c => c.TrackRecord.Any(p => p.Budget > 1_000_000));

        var positions = await app.WithDbAsync(db => db.Positions.AsNoTracking().Where(p => p.Id != app.World.PositionX && p.Id != app.World.PositionY).ToListAsync());
        Assert.Contains(positions, p => p.Status == PositionStatus.Open);
        Assert.All(positions, p => Assert.Contains(p.Requirements, r => r.Importance == Importance.Must));
    }

    [Fact]
    public async Task SeedIfEmpty_OnAnEmptyDatabase_CreatesADemoAccountForEveryRole()
    {
        // A second app on a database of its own, started the way the README starts the product.
        await using var fresh = app.Provider == Provider.Postgres ? (AppFixture)new PostgresApp() : new SqliteApp();
        await ((IAsyncLifetime)fresh).InitializeAsync();
        await using var scope = fresh.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        db.Users.RemoveRange(db.Users); // the fixture's world has accounts; the demo seeds only an empty database
        db.Candidates.RemoveRange(db.Candidates);
        await db.SaveChangesAsync();
        var accounts = new DemoAccounts(db, new DemoSeeder(db, TimeProvider.System), scope.ServiceProvider.GetRequiredService<AccountService>(),
            Options.Create(new DemoOptions { Candidates = 100, Positions = 5 }), scope.ServiceProvider.GetRequiredService<Web.Features.Duplicates.DuplicateDetector>(), TimeProvider.System, scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DemoAccounts>>());

        await accounts.SeedIfEmptyAsync(CancellationToken.None);

        foreach (var (email, role, _) in DemoAccounts.All)
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
            var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
            Assert.Equal([role], roles);
            Assert.Equal(role == Roles.HiringManager, user.OrganizationId is not null);
            Assert.Equal(role == Roles.Candidate, user.CandidateId is not null);
        }
        // The generated hundred, and two likely duplicates of them waiting on the review page.
        Assert.Equal(102, await db.Candidates.CountAsync());
        Assert.Equal(2, await db.DuplicatePairs.CountAsync(p => p.Status == Domain.Duplicates.DuplicateStatus.Pending));
        // The client portal has a blind shortlist to show to hiring.healthcare@ (when its organization got a position among the five).
        var healthcare = await db.Users.AsNoTracking().Where(u => u.Email == "hiring.healthcare@shortlist.test").Select(u => u.OrganizationId!.Value).SingleAsync();
        Assert.True(await db.Organizations.Where(o => o.Id == healthcare).Select(o => o.BlindReview).SingleAsync());
        var positions = await db.Positions.CountAsync(p => p.OrganizationId == healthcare);
        Assert.Equal(positions > 0 ? 3 : 0, await db.Submissions.CountAsync(s => s.OrganizationId == healthcare));
        // The demo recruiter owns searches with logged hours, and there are e-mail templates to send from.
        var recruiter = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "recruiter@shortlist.test");
        var owned = await db.Positions.Where(p => p.RecruiterId == recruiter.Id).Select(p => p.Id).ToListAsync();
        Assert.NotEmpty(owned);
        Assert.True(await db.EffortEntries.CountAsync(e => owned.Contains(e.PositionId) && e.UserId == recruiter.Id) >= owned.Count);
        Assert.Equal(DemoSearches.Templates.Count, await db.MessageTemplates.CountAsync());
        // The first searches, their clients and candidates have timelines to show.
        Assert.True(await db.Activities.CountAsync(a => a.Subject == Domain.Activities.ActivitySubject.Position && a.AuthorId == recruiter.Id) >= 2);
        Assert.True(await db.Activities.AnyAsync(a => a.Subject == Domain.Activities.ActivitySubject.Organization));
        using var client = fresh.CreateClient();
        var token = await client.PostAsync("/api/v1/auth/token", System.Net.Http.Json.JsonContent.Create(new { email = "hiring.finance@shortlist.test", password = DemoAccounts.Password }));
        token.EnsureSuccessStatusCode();
    }

    private Task<DemoSeedResult> SeedAsync(int candidates, int positions, int seed = 42)
        => app.WithDbAsync(db => new DemoSeeder(db, TimeProvider.System).SeedAsync(candidates, positions, seed));
}

public sealed class DemoDataTestsOnSqlite(SqliteApp app) : DemoDataTests(app), IClassFixture<SqliteApp>;

public sealed class DemoDataTestsOnPostgres(PostgresApp app) : DemoDataTests(app), IClassFixture<PostgresApp>;
