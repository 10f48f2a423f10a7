using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Seeding;

public sealed class DemoOptions
{
    public const string Section = "Demo";
    /// <summary>Seed demo data and demo accounts when the database is empty at start-up.</summary>
    public bool SeedOnEmpty { get; set; } = true;
    public int Candidates { get; set; } = 2000;
    public int Positions { get; set; } = 50;
}

/// <summary>One account per role, for trying the product; listed in the README and printed at start-up.</summary>
public sealed class DemoAccounts(ShortlistDbContext db, DemoSeeder seeder, AccountService accounts, IOptions<DemoOptions> options,
    TimeProvider clock, ILogger<DemoAccounts> logger)
{
    public const string Password = "Shortlist-Demo-1";

    public static readonly IReadOnlyList<(string Email, string Role, string Who)> All =
    [
        ("admin@shortlist.test", Roles.Administrator, "Administrator"),
        ("recruiter@shortlist.test", Roles.Recruiter, "Recruiter"),
        ("hiring.healthcare@shortlist.test", Roles.HiringManager, "Hiring manager, first healthcare client"),
        ("hiring.finance@shortlist.test", Roles.HiringManager, "Hiring manager, first financial-services client"),
        ("candidate@shortlist.test", Roles.Candidate, "Candidate"),
    ];

    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        if (options.Value.SeedOnEmpty && !await db.Users.AnyAsync(ct) && !await db.Candidates.AnyAsync(ct))
        {
            logger.LogInformation("Empty database: seeding demo data ({Candidates} candidates, {Positions} positions)", options.Value.Candidates, options.Value.Positions);
            var result = await seeder.SeedAsync(options.Value.Candidates, options.Value.Positions, ct: ct);
            await CreateAccountsAsync(result, ct);
            logger.LogInformation("Demo data seeded in {Seconds:0.0} s", result.Elapsed.TotalSeconds);
        }
        if (await db.Users.AnyAsync(u => u.Email == All[0].Email, ct)) PrintAccounts();
    }

    private async Task CreateAccountsAsync(DemoSeedResult result, CancellationToken ct)
    {
        Guid OrganizationIn(string industry) => result.Organizations.First(o => o.Industry == industry).Id;
        var orgs = new Dictionary<string, Guid?>
        {
            [All[2].Email] = OrganizationIn("healthcare"),
            [All[3].Email] = OrganizationIn("financial-services"),
        };
        foreach (var (email, role, who) in All)
        {
            Guid? candidateId = null;
            if (role == Roles.Candidate)
            {
                var candidate = await db.Candidates.OrderBy(c => c.Id).FirstAsync(ct);
                candidate.SetContact(candidate.FirstName, candidate.LastName, email, candidate.Phone, candidate.Location, clock.GetUtcNow());
                candidateId = candidate.Id;
            }
            var created = await accounts.CreateUserAsync(email, Password, who, role, orgs.GetValueOrDefault(email), candidateId);
            if (!created.Succeeded) throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", created.Errors.SelectMany(e => e.Value))}");
            if (candidateId is { } id)
            {
                (await db.Candidates.FirstAsync(c => c.Id == id, ct)).UserId = created.UserId;
                // The demo candidate has agreed to the privacy notice in force (a new version would ask them again).
                db.Consents.Add(new Domain.Candidates.ConsentRecord(id, Features.Legal.PrivacyNotice.Version, Domain.Candidates.ConsentPurpose.Registration, clock.GetUtcNow()));
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static void PrintAccounts()
    {
        Console.WriteLine();
        Console.WriteLine($"Demo accounts (password for all: {Password}):");
        foreach (var (email, _, who) in All) Console.WriteLine($"  {email,-36} {who}");
        Console.WriteLine();
    }
}
