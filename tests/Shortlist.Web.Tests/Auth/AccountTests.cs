using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Data.Identity;
using Shortlist.Web.Auth;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Auth;

public abstract partial class AccountTests(AppFixture app)
{
    [Theory]
    [InlineData(Persona.Administrator, "/Admin", "Audit log")]
    [InlineData(Persona.Recruiter, "/Workspace", "Candidates")]
    [InlineData(Persona.HiringManagerX, "/Client", "Our searches")]
    [InlineData(Persona.CandidateA, "/Portal", "My profile")]
    public async Task SignIn_ThroughTheForm_LandsOnTheRolesHomeWithItsNavigation(Persona persona, string home, string navItem)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = app.World.EmailOf(persona), ["Password"] = World.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(home, response.Headers.Location?.OriginalString);
        var page = await client.GetStringAsync(home);
        Assert.Contains($"data-role=\"{(persona.ToString().StartsWith("Candidate", StringComparison.Ordinal) ? "Candidate" : persona.ToString().TrimEnd('X', 'Y'))}\"", page, StringComparison.Ordinal);
        Assert.Contains(navItem, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeneratedPasswords_AlwaysPassTheSignInPasswordPolicy()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShortlistUser>>();
        var user = new ShortlistUser { UserName = "policy@generated.test", Email = "policy@generated.test" };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 2000; i++)
        {
            var password = GeneratedPassword.New();
            Assert.Equal(GeneratedPassword.Length, password.Length);
            Assert.True(seen.Add(password));
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, password);
                Assert.True(result.Succeeded, $"{password}: {string.Join(" ", result.Errors.Select(e => e.Code))}");
            }
        }
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = app.World.EmailOf(Persona.Recruiter), ["Password"] = World.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("shortlist.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Token_AfterFiveWrongPasswords_LocksTheAccountOut()
    {
        var email = $"lock{Guid.NewGuid():N}"[..16] + "@world.test";
        using var anonymous = app.CreateClient();
        var registered = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email, password = World.Password, firstName = "Lock", lastName = "Out", noticeVersion = Shortlist.Web.Features.Legal.PrivacyNotice.Version });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Wrong-Password-9" })).StatusCode);
        var right = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("Too many failed attempts", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_ThroughTheApi_CreatesACandidateWhoSeesOnlyThemself()
    {
        using var anonymous = app.CreateClient();
        var email = $"new{Guid.NewGuid():N}"[..15] + "@world.test";
        var created = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email, password = World.Password, firstName = "Nia", lastName = "New", noticeVersion = Shortlist.Web.Features.Legal.PrivacyNotice.Version });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = (await (await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = World.Password })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("accessToken").GetString();
        using var me = app.CreateClient();
        me.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var profile = await me.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(["Candidate"], profile.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var candidateId = profile.GetProperty("candidateId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await me.GetAsync($"/api/v1/candidates/{candidateId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await me.GetAsync($"/api/v1/candidates/{app.World.CandidateA}")).StatusCode);
    }

    [Fact]
    public async Task Register_WeakPasswordOrTakenEmail_AnswersValidationProblemAndStoresNothing()
    {
        using var anonymous = app.CreateClient();
        var candidates = await app.CountAsync<Domain.Candidates.Candidate>();
        var weak = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email = "weak@world.test", password = "short", firstName = "W", lastName = "P", noticeVersion = Shortlist.Web.Features.Legal.PrivacyNotice.Version });
        var taken = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email = app.World.EmailOf(Persona.CandidateA), password = World.Password, firstName = "T", lastName = "E", noticeVersion = Shortlist.Web.Features.Legal.PrivacyNotice.Version });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("password", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Equal(candidates, await app.CountAsync<Domain.Candidates.Candidate>());
    }

    [Fact]
    public async Task Invitation_EmailedLink_CreatesHiringManagerOfTheOrganizationOnce()
    {
        using var admin = await app.ApiAsync(Persona.Administrator);
        var email = $"hm{Guid.NewGuid():N}"[..14] + "@world.test";
        var invited = await admin.PostAsJsonAsync("/api/v1/invitations", new { email, role = "HiringManager", organizationId = app.World.OrganizationY });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);

        var mail = Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText).Single(m => m.Contains($"To: {email}", StringComparison.Ordinal));
        var link = new Uri(InvitationLink().Match(mail).Value);
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var accepted = await Forms.PostAsync(browser, link.PathAndQuery, new() { ["DisplayName"] = "Hana Manager", ["Password"] = World.Password, ["Token"] = link.Query.Split('=')[1] });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/Client", accepted.Headers.Location?.OriginalString);
        Assert.Contains("Yarrow Bank", await browser.GetStringAsync("/Client"), StringComparison.Ordinal);
        Assert.Equal(app.World.OrganizationY, await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganizationId).SingleAsync()));

        using var again = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Contains("not valid any more", await again.GetStringAsync(link.PathAndQuery), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_ByRecruiterForRecruiterRole_IsRefused()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var response = await recruiter.PostAsJsonAsync("/api/v1/invitations", new { email = "r2@world.test", role = "Recruiter" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == "r2@world.test")));
    }

    [Fact]
    public async Task HiringManager_ListsOnlyTheirOrganizationsPositions()
    {
        using var hmY = await app.ApiAsync(Persona.HiringManagerY);
        var page = await hmY.GetFromJsonAsync<JsonElement>("/api/v1/positions?pageSize=200");
        var orgs = page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("organizationId").GetGuid()).Distinct().ToList();
        Assert.Equal([app.World.OrganizationY], orgs);
        var organizations = await hmY.GetFromJsonAsync<JsonElement>("/api/v1/organizations");
        Assert.Equal(1, organizations.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task CandidateRead_ByRecruiter_IsAudited()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "candidate.read" && a.EntityId == app.World.CandidateB));
        Assert.Equal(HttpStatusCode.OK, (await recruiter.GetAsync($"/api/v1/candidates/{app.World.CandidateB}")).StatusCode);
        var after = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "candidate.read" && a.EntityId == app.World.CandidateB).ToListAsync());
        Assert.Equal(before + 1, after.Count);
        Assert.Contains(after, a => a.UserName == app.World.EmailOf(Persona.Recruiter));
    }

    [GeneratedRegex(@"http://\S+/Account/AcceptInvitation\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationLink();
}

public sealed class AccountTestsOnSqlite(SqliteApp app) : AccountTests(app), IClassFixture<SqliteApp>;

public sealed class AccountTestsOnPostgres(PostgresApp app) : AccountTests(app), IClassFixture<PostgresApp>;
