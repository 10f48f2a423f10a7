using Microsoft.Extensions.DependencyInjection;
using Shortlist.Data;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;
using Shortlist.Domain.Positions;
using Shortlist.Domain.Taxonomy;
using Shortlist.Web.Auth;

namespace Shortlist.Web.Tests.Infrastructure;

/// <summary>Who calls, in every test that asks "who may do this".</summary>
public enum Persona
{
    Anonymous,
    CandidateA,
    CandidateB,
    HiringManagerX,
    HiringManagerY,
    Recruiter,
    Administrator,
}

/// <summary>The records every web test can count on, created through the product's own services.</summary>
public sealed record World(Guid OrganizationX, Guid OrganizationY, Guid PositionX, Guid PositionY, Guid CandidateA, Guid CandidateB)
{
    public const string Password = "Test-Password-1";

    public static readonly IReadOnlyList<Persona> Everyone = Enum.GetValues<Persona>();

    public string EmailOf(Persona persona) => $"{persona.ToString().ToLowerInvariant()}@world.test";

    public static async Task<World> CreateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var now = TimeProvider.System.GetUtcNow();

        var x = new Organization("Xenon Health", "healthcare", now);
        var y = new Organization("Yarrow Bank", "financial services", now, blindReview: true);
        db.Organizations.AddRange(x, y);
        var px = NewPosition(x.Id, "EHR implementation project manager", now);
        var py = NewPosition(y.Id, "Core banking business systems analyst", now);
        db.Positions.AddRange(px, py);
        var a = new Candidate("Ada", "Archer", "candidatea@world.test", now, "+1 617 555 0101", new Place("Boston", "MA", "US", 42.36, -71.06));
        var b = new Candidate("Ben", "Brook", "candidateb@world.test", now, "+1 212 555 0102", new Place("New York", "NY", "US", 40.71, -74.01));
        db.Candidates.AddRange(a, b);
        // The shipped taxonomy is loaded at start-up; these are the entries the tests lean on, added only if missing.
        var known = db.TaxonomyEntries.Select(t => t.Code).ToHashSet();
        db.TaxonomyEntries.AddRange(new[]
        {
            new TaxonomyEntry("healthcare", "Healthcare", TaxonomyCategory.Industry, ["health care"], null, now),
            new TaxonomyEntry("ehr", "Electronic health records", TaxonomyCategory.Domain, ["EHR", "EMR"], "healthcare", now),
            new TaxonomyEntry("epic", "Epic", TaxonomyCategory.Platform, ["Epic Systems"], "ehr", now),
            new TaxonomyEntry("hipaa", "HIPAA", TaxonomyCategory.Regulation, [], "healthcare", now),
            new TaxonomyEntry("pmp", "Project Management Professional (PMP)", TaxonomyCategory.Certification, ["PMP"], null, now),
        }.Where(t => !known.Contains(t.Code)));
        await db.SaveChangesAsync();

        var world = new World(x.Id, y.Id, px.Id, py.Id, a.Id, b.Id);
        await world.AddUserAsync(accounts, Persona.Administrator, Roles.Administrator, null, null);
        await world.AddUserAsync(accounts, Persona.Recruiter, Roles.Recruiter, null, null);
        await world.AddUserAsync(accounts, Persona.HiringManagerX, Roles.HiringManager, x.Id, null);
        await world.AddUserAsync(accounts, Persona.HiringManagerY, Roles.HiringManager, y.Id, null);
        a.UserId = await world.AddUserAsync(accounts, Persona.CandidateA, Roles.Candidate, null, a.Id);
        b.UserId = await world.AddUserAsync(accounts, Persona.CandidateB, Roles.Candidate, null, b.Id);
        // Registered candidates have agreed to the privacy notice in force (else the consent gate asks them first).
        db.Consents.AddRange(new ConsentRecord(a.Id, Web.Features.Legal.PrivacyNotice.Version, ConsentPurpose.Registration, now),
            new ConsentRecord(b.Id, Web.Features.Legal.PrivacyNotice.Version, ConsentPurpose.Registration, now));
        await db.SaveChangesAsync();
        return world;
    }

    public static Position NewPosition(Guid organizationId, string title, DateTimeOffset now)
    {
        var position = new Position(organizationId, title, $"{title}: lead the delivery end to end.", "healthcare", now);
        position.SetTerms(new Place("Boston", "MA", "US", 42.36, -71.06), 50, WorkplaceMode.Hybrid, EngagementTypes.Contract,
            new Compensation(90, 120, CompensationUnit.Hourly), false, null, now);
        position.SetRequirements([new Requirement("pmp", "PMP", Importance.Must, 3), new Requirement("epic", "Epic", Importance.Strong, 2, 3)], now);
        position.Publish(now);
        return position;
    }

    private async Task<Guid> AddUserAsync(AccountService accounts, Persona persona, string role, Guid? organization, Guid? candidate)
    {
        var result = await accounts.CreateUserAsync(EmailOf(persona), Password, persona.ToString(), role, organization, candidate);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        return result.UserId!.Value;
    }
}
