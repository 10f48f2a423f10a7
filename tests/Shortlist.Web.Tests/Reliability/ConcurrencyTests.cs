using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Domain.Common;
using Shortlist.Web.Auth;
using Shortlist.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Shortlist.Web.Tests.Reliability;

/// <summary>
/// Races: 50 applications sent at once (pairs of the same candidate and position, and different positions) are each stored
/// exactly once, the duplicates answered with a friendly 409; two recruiters saving the same record from the same version:
/// one wins, the other gets 409, and the winner's edit is what is stored.
/// </summary>
public abstract class ConcurrencyTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task FiftyApplicationsAtOnce_AreEachStoredExactlyOnce()
    {
        const int Candidates = 25;
        var now = TimeProvider.System.GetUtcNow();
        var positions = await app.WithDbAsync(async db =>
        {
            var list = Enumerable.Range(0, 3).Select(i => World.NewPosition(app.World.OrganizationX, $"Race position {i}", now)).ToList();
            db.Positions.AddRange(list);
            await db.SaveChangesAsync();
            return list.Select(p => p.Id).ToList();
        });
        var clients = new List<HttpClient>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            var db = scope.ServiceProvider.GetRequiredService<Shortlist.Data.ShortlistDbContext>();
            for (var i = 0; i < Candidates; i++)
            {
                var email = $"racer{i}-{Guid.NewGuid():N}"[..20] + "@world.test";
                var candidate = new Domain.Candidates.Candidate("Race", "Runner", email, now);
                db.Candidates.Add(candidate);
                await db.SaveChangesAsync();
                var user = await accounts.CreateUserAsync(email, World.Password, "Race Runner", Roles.Candidate, null, candidate.Id);
                Assert.True(user.Succeeded);
                candidate.UserId = user.UserId;
                // Agreed to the notice in force when the account was made, as registration records it.
                db.Consents.Add(new Domain.Candidates.ConsentRecord(candidate.Id, Web.Features.Legal.PrivacyNotice.Version, Domain.Candidates.ConsentPurpose.Registration, now));
                await db.SaveChangesAsync();
                var client = app.CreateClient();
                var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password });
                client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
                clients.Add(client);
            }
        }
        var before = await app.CountAsync<Domain.Pipeline.Application>();

        // Candidate i sends the same application twice at the same moment: 50 requests, 25 distinct (candidate, position) pairs.
        using var start = new SemaphoreSlim(0);
        var requests = Enumerable.Range(0, Candidates * 2).Select(async n =>
        {
            var i = n / 2;
            await start.WaitAsync();
            var response = await clients[i].PostAsJsonAsync($"/api/v1/jobs/{positions[i % positions.Count]}/applications", new { noticeVersion = Web.Features.Legal.PrivacyNotice.Version });
            return (Candidate: i, Status: (int)response.StatusCode, Type: response.Content.Headers.ContentType?.MediaType, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(Candidates * 2);
        var answers = await Task.WhenAll(requests);

        Assert.All(answers, a => Assert.True(a.Status is 201 or 409, $"{a.Status}: {a.Body}"));
        foreach (var pair in answers.GroupBy(a => a.Candidate))
        {
            Assert.Equal(1, pair.Count(a => a.Status == 201));
            var duplicate = pair.Single(a => a.Status == 409);
            Assert.Equal("application/problem+json", duplicate.Type);
            Assert.Contains("already applied", duplicate.Body, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(before + Candidates, await app.CountAsync<Domain.Pipeline.Application>());
        var perPair = await app.WithDbAsync(db => db.Applications.Where(a => positions.Contains(a.PositionId))
            .GroupBy(a => new { a.CandidateId, a.PositionId }).Select(g => g.Count()).ToListAsync());
        Assert.Equal(Candidates, perPair.Count);
        Assert.All(perPair, c => Assert.Equal(1, c));
        var withoutConsent = await app.WithDbAsync(db => db.Applications.CountAsync(a => positions.Contains(a.PositionId) && !db.Consents.Any(k => k.ApplicationId == a.Id)));
        Assert.Equal(0, withoutConsent);
        foreach (var client in clients) client.Dispose();
        output.WriteLine($"{answers.Length} concurrent applications on {app.Provider}: {answers.Count(a => a.Status == 201)} stored, {answers.Count(a => a.Status == 409)} answered 409.");
    }

    [Fact]
    public async Task TwoRecruitersSavingTheSameRecord_TheLaterGets409AndNothingIsLost()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        using var administrator = await app.ApiAsync(Persona.Administrator);
        var created = await (await recruiter.PostAsJsonAsync("/api/v1/organizations", new { name = "Race Org " + Guid.NewGuid().ToString("N")[..6], industry = "retail" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt64();

        for (var round = 0; round < 5; round++)
        {
            using var start = new SemaphoreSlim(0);
            var edits = new[] { (recruiter, "Recruiter edit"), (administrator, "Administrator edit") }.Select(async e =>
            {
                await start.WaitAsync();
                var response = await e.Item1.PutAsJsonAsync($"/api/v1/organizations/{id}", new { name = $"{e.Item2} {round}", industry = "retail", version });
                return (Name: $"{e.Item2} {round}", Status: (int)response.StatusCode, Type: response.Content.Headers.ContentType?.MediaType);
            }).ToList();
            start.Release(2);
            var results = await Task.WhenAll(edits);
            Assert.Equal([200, 409], results.Select(r => r.Status).Order());
            Assert.Equal("application/problem+json", results.Single(r => r.Status == 409).Type);
            var stored = await app.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id));
            Assert.Equal(results.Single(r => r.Status == 200).Name, stored.Name);
            Assert.Equal(version + 1, stored.Version);
            version = stored.Version;
        }
    }
}

public sealed class ConcurrencyTestsOnSqlite(SqliteApp app, ITestOutputHelper output) : ConcurrencyTests(app, output), IClassFixture<SqliteApp>;

public sealed class ConcurrencyTestsOnPostgres(PostgresApp app, ITestOutputHelper output) : ConcurrencyTests(app, output), IClassFixture<PostgresApp>;
