using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shortlist.Data;
using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;
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
    Features.Duplicates.DuplicateDetector duplicates, TimeProvider clock, ILogger<DemoAccounts> logger)
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
        Guid? recruiter = null;
        var userIds = new Dictionary<string, Guid>();
        Guid? demoCandidate = null;
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
            if (role == Roles.Recruiter && created.UserId is { } recruiterId) recruiter = recruiterId;
            userIds[email] = created.UserId!.Value;
            if (candidateId is { } cid) demoCandidate = cid;
        }
        await db.SaveChangesAsync(ct);
        if (recruiter is { } owner) await DemoSearches.SeedAsync(db, owner, clock.GetUtcNow(), ct);
        if (orgs[All[2].Email] is { } healthcare) await SeedBlindShortlistAsync(healthcare, ct);
        if (demoCandidate is { } placedCandidate)
            await DemoEngagements.SeedAsync(db, clock, orgs[All[2].Email]!.Value, placedCandidate, userIds[All[1].Email], userIds[All[2].Email], userIds[All[4].Email], ct);
        await DemoDuplicates.SeedAsync(db, duplicates, clock, ct);
    }

    /// <summary>
    /// The healthcare client of hiring.healthcare@ reviews blind, and one of its open positions has three candidates submitted
    /// (one with feedback and proposed interview slots), so the client portal has something to show on first start.
    /// </summary>
    private async Task SeedBlindShortlistAsync(Guid organizationId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var organization = await db.Organizations.FirstAsync(o => o.Id == organizationId, ct);
        organization.Update(organization.Name, organization.Industry, organization.Website, blindReview: true, now);
        var position = await db.Positions.Where(p => p.OrganizationId == organizationId).OrderBy(p => p.Status).ThenBy(p => p.Title).FirstOrDefaultAsync(ct);
        if (position is null) { await db.SaveChangesAsync(ct); return; }
        var taken = await db.Applications.Where(a => a.PositionId == position.Id).Select(a => a.CandidateId).ToListAsync(ct);
        var applications = await db.Applications.Where(a => a.PositionId == position.Id && (a.Stage == Stage.Sourced || a.Stage == Stage.Screening)).Take(3).ToListAsync(ct);
        if (applications.Count < 3)
        {
            var more = await db.Candidates.Where(c => c.ErasedAt == null && !taken.Contains(c.Id) && c.UserId == null).OrderBy(c => c.Id).Take(3 - applications.Count).ToListAsync(ct);
            foreach (var c in more)
            {
                var added = new Application(position.Id, c.Id, ApplicationOrigin.Sourced, now);
                db.Applications.Add(added);
                applications.Add(added);
            }
        }
        var recruiter = await db.Users.Where(u => u.Email == All[1].Email).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        var manager = await db.Users.Where(u => u.Email == All[2].Email).Select(u => new { u.Id, u.DisplayName }).FirstAsync(ct);
        position.RecruiterId ??= recruiter;
        for (var i = 0; i < applications.Count; i++)
        {
            var application = applications[i];
            var candidate = await db.Candidates.FirstAsync(c => c.Id == application.CandidateId, ct);
            var text = candidate.ResumeText ?? string.Join('\n', new[] { candidate.FullName, $"{candidate.Email} | {candidate.Phone} | {candidate.Location}", "", candidate.Headline ?? "", "", "EXPERIENCE" }
                .Concat(candidate.Roles.Select(r => $"{r.Title}, {r.Employer} ({r.Start:yyyy}–{(r.End is { } end ? end.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture) : "present")})")));
            var submission = new Submission(application, organizationId, recruiter, SharedExplanation.Requirements | SharedExplanation.Evidence | SharedExplanation.ScoreParts,
                null, candidate.ResumeFileId, text, i == 0 ? "Led two Epic go-lives; available in four weeks." : null, now.AddHours(-(3 - i)));
            if (i == 0)
            {
                submission.GiveFeedback(application, ClientVerdict.Advance, null, "Strong EHR background; let us meet.", manager.Id, manager.DisplayName, now);
                submission.ProposeSlots(application, [new InterviewSlot(Midnight(now).AddDays(5).AddHours(15), 45, "Video call"), new InterviewSlot(Midnight(now).AddDays(6).AddHours(14), 45, "Video call")], manager.Id, now);
            }
            db.Submissions.Add(submission);
        }
        await db.SaveChangesAsync(ct);
    }

    private static DateTimeOffset Midnight(DateTimeOffset at) => new(at.UtcDateTime.Date, TimeSpan.Zero);

    private static void PrintAccounts()
    {
        Console.WriteLine();
        Console.WriteLine($"Demo accounts (password for all: {Password}):");
        foreach (var (email, _, who) in All) Console.WriteLine($"  {email,-36} {who}");
        Console.WriteLine();
    }
}
