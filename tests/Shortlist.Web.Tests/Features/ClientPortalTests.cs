using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data.Files;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;
using Shortlist.Web.Features.Client;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>Records the client-portal tests (and the authorization matrix) build on: fresh positions, candidates, applications and submissions.</summary>
public static class ClientWorld
{
    public const string ResumeText = """
        Zelda Quinton
        zelda.quinton@example.com | +1 617 555 0199 | Boston, MA
        12 Harbor Street, Boston MA 02110
        https://www.linkedin.com/in/zeldaquinton

        EXPERIENCE
        Senior IT Project Manager, Mercy Health Partners
        Led the Epic EHR go-live for 12 hospitals. PMP certified.
        """;

    /// <summary>A candidate with a profile and a résumé that name them, their employer and where they live.</summary>
    public static Task<Guid> NewCandidateAsync(AppFixture app) => app.WithDbAsync(async db =>
    {
        var now = TimeProvider.System.GetUtcNow();
        var c = new Candidate("Zelda", "Quinton", $"zelda.{Guid.NewGuid():N}"[..18] + "@example.com", now, "+1 617 555 0199", new Place("Boston", "MA", "US", 42.36, -71.06));
        c.SetProfile("EHR project manager", null,
            [new ProfileRole("Senior IT Project Manager", "Mercy Health Partners", "healthcare", new DateOnly(2019, 1, 1), null)],
            [new ProfileSkill("epic", "Epic", 6, 2026)], [new ProfileCertification("pmp", "PMP", 2018)], [new ProfileIndustry("healthcare", 9)], [], now,
            ["https://www.linkedin.com/in/zeldaquinton"]);
        var file = new StoredFile { FileName = "zelda-quinton.txt", ContentType = "text/plain", Content = System.Text.Encoding.UTF8.GetBytes(ResumeText), Length = ResumeText.Length, CreatedAt = now, Sha256 = Guid.NewGuid().ToString("N") };
        db.Files.Add(file);
        c.AttachResume(file.Id, ResumeText.Replace("zelda.quinton@example.com", c.Email, StringComparison.Ordinal), now);
        db.Candidates.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    });

    public static Task<Guid> NewPositionAsync(AppFixture app, Guid organizationId, bool? blind = null, DateOnly? shortlistDue = null, DateOnly? fillBy = null) => app.WithDbAsync(async db =>
    {
        var now = TimeProvider.System.GetUtcNow();
        var p = World.NewPosition(organizationId, "Client portal position " + Guid.NewGuid().ToString("N")[..6], now);
        p.SetBlindReview(blind, now);
        p.SetPlan(shortlistDue, fillBy, null, null, now);
        db.Positions.Add(p);
        await db.SaveChangesAsync();
        return p.Id;
    });

    public static Task<Guid> NewApplicationAsync(AppFixture app, Guid positionId, Guid candidateId) => app.WithDbAsync(async db =>
    {
        var a = new Application(positionId, candidateId, ApplicationOrigin.Sourced, TimeProvider.System.GetUtcNow());
        db.Applications.Add(a);
        await db.SaveChangesAsync();
        return a.Id;
    });

    /// <summary>A position of <paramref name="organizationId"/> with one candidate submitted (through the domain); optionally with slots proposed or a decline given.</summary>
    public static async Task<(Guid Position, Guid Application)> NewSubmissionAsync(AppFixture app, Guid organizationId, bool slots = false, bool declined = false)
    {
        var position = await NewPositionAsync(app, organizationId);
        var candidate = await NewCandidateAsync(app);
        var application = await NewApplicationAsync(app, position, candidate);
        await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var a = await db.Applications.SingleAsync(x => x.Id == application);
            var s = new Submission(a, organizationId, null, SharedExplanation.Requirements, null, null, ClientWorld.ResumeText, "A strong fit.", now);
            if (slots) s.ProposeSlots(a, [new InterviewSlot(now.AddDays(7), 60, "Room 1"), new InterviewSlot(now.AddDays(8), 45, null)], null, now);
            if (declined) s.GiveFeedback(a, ClientVerdict.Decline, "Not enough Epic", null, null, "Test", now);
            db.Submissions.Add(s);
            await db.SaveChangesAsync();
            return 0;
        });
        return (position, application);
    }
}

/// <summary>The client portal end to end over the API and the pages: submission, blind review and reveal, feedback, interview slots, isolation, bad input.</summary>
public abstract class ClientPortalTests(AppFixture app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Submission_BlindReview_Reveal_Feedback_Slots_Confirm_Offer()
    {
        var w = app.World;
        var position = await ClientWorld.NewPositionAsync(app, w.OrganizationX);
        var candidate = await ClientWorld.NewCandidateAsync(app);
        var email = await app.WithDbAsync(db => db.Candidates.Where(c => c.Id == candidate).Select(c => c.Email).SingleAsync());
        var application = await ClientWorld.NewApplicationAsync(app, position, candidate);
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        using var managerX = await app.ApiAsync(Persona.HiringManagerX);
        using var managerY = await app.ApiAsync(Persona.HiringManagerY);

        // The position is reviewed blind although organization X is not.
        Assert.Equal(HttpStatusCode.NoContent, (await recruiter.PutAsJsonAsync($"/api/v1/positions/{position}/blind-review", new { blindReview = true })).StatusCode);
        var mailsBefore = Mail.ReadAll(app.MailFolder).Count;
        var submit = await recruiter.PostAsJsonAsync($"/api/v1/positions/{position}/applications/{application}/submit",
            new { share = new[] { "Requirements", "Evidence" }, note = "Led a 12-hospital Epic go-live." });
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.Equal(Stage.Submitted, await StageAsync(application));
        Assert.Contains(Mail.ReadAll(app.MailFolder).Skip(mailsBefore), m => m.To.Contains(w.EmailOf(Persona.HiringManagerX), StringComparison.OrdinalIgnoreCase));
        // Submitting twice is refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PostAsJsonAsync($"/api/v1/positions/{position}/applications/{application}/submit", new { share = Array.Empty<string>() })).StatusCode);

        // Blind: no name, e-mail, phone, town, employer or link anywhere in the shortlist, the candidate or the résumé rendering.
        var shortlist = await managerX.GetStringAsync($"/api/v1/client/positions/{position}");
        var detail = await managerX.GetStringAsync($"/api/v1/client/positions/{position}/candidates/{application}");
        foreach (var secret in new[] { "Zelda", "Quinton", email, "555 0199", "Mercy Health", "Harbor Street", "linkedin", "Boston" })
        {
            Assert.DoesNotContain(secret, shortlist, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, detail, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("Candidate 1", shortlist, StringComparison.Ordinal);
        Assert.Contains("Epic EHR go-live", detail, StringComparison.Ordinal);
        Assert.Contains("Led a 12-hospital Epic go-live.", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await managerX.GetAsync($"/api/v1/client/positions/{position}/candidates/{application}/resume")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "candidate.read" && a.EntityId == candidate && a.UserName == w.EmailOf(Persona.HiringManagerX))));
        var page = await (await app.PagesAsync(Persona.HiringManagerX)).GetStringAsync($"/Client/Positions/{position}/Candidates/{application}");
        Assert.DoesNotContain("Quinton", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[employer]", page, StringComparison.Ordinal);

        // Organization Y finds nothing of X's: not the shortlist, not the candidate, not the file, and cannot act on it.
        Assert.Equal(HttpStatusCode.NotFound, (await managerY.GetAsync($"/api/v1/client/positions/{position}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await managerY.GetAsync($"/api/v1/client/positions/{position}/candidates/{application}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await managerY.GetAsync($"/api/v1/client/positions/{position}/candidates/{application}/resume")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await managerY.PostAsync($"/api/v1/client/positions/{position}/candidates/{application}/reveal", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await managerY.PostAsJsonAsync($"/api/v1/client/positions/{position}/candidates/{application}/feedback", new { verdict = "Advance" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await managerY.PostAsJsonAsync($"/api/v1/client/positions/{position}/candidates/{application}/slots",
            new { slots = new[] { new { start = TimeProvider.System.GetUtcNow().AddDays(3), durationMinutes = 30 } } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsync(Persona.HiringManagerY)).GetAsync($"/Client/Positions/{position}/Candidates/{application}")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.CandidateReveals.AnyAsync(r => r.CandidateId == candidate)));

        // Reveal: the name, contact details and the file, for the whole organization; audited.
        var revealed = await (await managerX.PostAsync($"/api/v1/client/positions/{position}/candidates/{application}/reveal", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Zelda Quinton", revealed.GetProperty("displayName").GetString());
        Assert.Equal(email, revealed.GetProperty("email").GetString());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "candidate.reveal" && a.EntityId == candidate)));
        Assert.Equal(HttpStatusCode.OK, (await managerX.GetAsync($"/api/v1/client/positions/{position}/candidates/{application}/resume")).StatusCode);

        // Feedback: a decline needs a reason; script in a comment is kept as text and shown encoded.
        var noReason = await managerX.PostAsJsonAsync($"/api/v1/client/positions/{position}/candidates/{application}/feedback", new { verdict = "Decline" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.Where(s => s.ApplicationId == application).Select(s => s.Feedback.Count).SingleAsync()));
        var advance = await managerX.PostAsJsonAsync($"/api/v1/client/positions/{position}/candidates/{application}/feedback",
            new { verdict = "Advance", comment = "<script>alert(1)</script> Strong Epic background" });
        Assert.Equal(HttpStatusCode.OK, advance.StatusCode);
        Assert.Equal(Stage.ClientReview, await StageAsync(application));
        var recruiterPage = await (await app.PagesAsync(Persona.Recruiter)).GetStringAsync($"/Positions/{position}");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Strong Epic background", recruiterPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", recruiterPage, StringComparison.Ordinal);

        // Slots: in the past, too many, or impossible dates are refused and nothing is stored; then two good ones.
        var past = await managerX.PostAsJsonAsync($"/api/v1/client/positions/{position}/candidates/{application}/slots",
            new { slots = new[] { new { start = TimeProvider.System.GetUtcNow().AddDays(-1), durationMinutes = 30 } } });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        var six = await managerX.PostAsJsonAsync($"/api/v1/client/positions/{position}/candidates/{application}/slots",
            new { slots = Enumerable.Range(1, 6).Select(i => new { start = TimeProvider.System.GetUtcNow().AddDays(i), durationMinutes = 30 }).ToArray() });
        Assert.Equal(HttpStatusCode.BadRequest, six.StatusCode);
        var impossible = await managerX.PostAsync($"/api/v1/client/positions/{position}/candidates/{application}/slots",
            new StringContent("""{"slots": [{"start": "2027-02-30T10:00:00Z", "durationMinutes": 30}]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, impossible.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.Where(s => s.ApplicationId == application).Select(s => s.ProposedSlots.Count).SingleAsync()));
        var first = TimeProvider.System.GetUtcNow().AddDays(5).Date.AddHours(15);
        var slots = await managerX.PostAsJsonAsync($"/api/v1/client/positions/{position}/candidates/{application}/slots", new
        {
            slots = new object[] { new { start = new DateTimeOffset(first, TimeSpan.Zero), durationMinutes = 45, location = "https://meet.example.com/abc" }, new { start = new DateTimeOffset(first.AddDays(1), TimeSpan.Zero), durationMinutes = 45 } },
        });
        Assert.Equal(HttpStatusCode.OK, slots.StatusCode);

        // The recruiter confirms one: the interview is scheduled through the domain and the invitations carry an .ics.
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PostAsJsonAsync($"/api/v1/positions/{position}/applications/{application}/interview", new { slot = 7 })).StatusCode);
        var before = Mail.ReadAll(app.MailFolder).Count;
        var confirm = await recruiter.PostAsJsonAsync($"/api/v1/positions/{position}/applications/{application}/interview", new { slot = 0 });
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal(Stage.Interview, await StageAsync(application));
        var interview = await app.WithDbAsync(db => db.Interviews.SingleAsync(i => i.ApplicationId == application));
        Assert.Equal(new DateTimeOffset(first, TimeSpan.Zero), interview.Start);
        var invitations = Mail.ReadAll(app.MailFolder).Skip(before).ToList();
        foreach (var to in new[] { w.EmailOf(Persona.HiringManagerX), email, w.EmailOf(Persona.Recruiter) })
        {
            var mail = Assert.Single(invitations, m => m.To.Contains(to, StringComparison.OrdinalIgnoreCase));
            var ics = ICalendar.Parse(Assert.Single(mail.Parts, p => p.ContentType.StartsWith("text/calendar", StringComparison.Ordinal)).Text);
            Assert.Equal(first.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture), ics.Value("DTSTART"));
        }

        // An offer flows back to the recruiter's pipeline.
        Assert.Equal(HttpStatusCode.OK, (await managerX.PostAsJsonAsync($"/api/v1/client/positions/{position}/candidates/{application}/feedback", new { verdict = "Offer" })).StatusCode);
        Assert.Equal(Stage.Offer, await StageAsync(application));
        var dashboard = await managerX.GetFromJsonAsync<JsonElement>("/api/v1/client/dashboard");
        var row = dashboard.GetProperty("positions").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == position);
        Assert.Equal(1, row.GetProperty("submitted").GetInt32());
        Assert.Equal(1, row.GetProperty("interviews").GetInt32());
        Assert.Equal(1, row.GetProperty("offers").GetInt32());
    }

    [Fact]
    public async Task Decline_IsClosedAsRejected_OnceTheRecruiterHasSeenIt()
    {
        var (position, application) = await ClientWorld.NewSubmissionAsync(app, app.World.OrganizationX);
        using var managerX = await app.ApiAsync(Persona.HiringManagerX);
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        // Closing before the client declined is refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PostAsync($"/api/v1/positions/{position}/applications/{application}/close-declined", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await managerX.PostAsJsonAsync($"/api/v1/client/positions/{position}/candidates/{application}/feedback",
            new { verdict = "Decline", reason = "Needs more Epic Beaker" })).StatusCode);
        Assert.Equal(Stage.Submitted, await StageAsync(application));
        var page = await (await app.PagesAsync(Persona.Recruiter)).GetStringAsync($"/Positions/{position}");
        Assert.Contains("Needs more Epic Beaker", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await recruiter.PostAsync($"/api/v1/positions/{position}/applications/{application}/close-declined", null)).StatusCode);
        var closed = await app.WithDbAsync(db => db.Applications.SingleAsync(a => a.Id == application));
        Assert.Equal(Stage.Closed, closed.Stage);
        Assert.Equal(CloseReason.Rejected, closed.CloseReason);
        // Feedback on a closed application is refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await managerX.PostAsJsonAsync($"/api/v1/client/positions/{position}/candidates/{application}/feedback", new { verdict = "Advance" })).StatusCode);
    }

    [Fact]
    public async Task CandidatesNotSubmitted_AndUnknownIds_AreNotFound()
    {
        var w = app.World;
        var (position, _) = await ClientWorld.NewSubmissionAsync(app, w.OrganizationX);
        var notSubmitted = await ClientWorld.NewApplicationAsync(app, position, w.CandidateB);
        using var managerX = await app.ApiAsync(Persona.HiringManagerX);
        foreach (var url in new[]
        {
            $"/api/v1/client/positions/{position}/candidates/{notSubmitted}",
            $"/api/v1/client/positions/{position}/candidates/{Guid.NewGuid()}",
            $"/api/v1/client/positions/{Guid.NewGuid()}",
            $"/api/v1/client/positions/{w.PositionY}",
        })
            Assert.Equal(HttpStatusCode.NotFound, (await managerX.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await managerX.PostAsync($"/api/v1/client/positions/{position}/candidates/{notSubmitted}/reveal", null)).StatusCode);
        var shortlist = await managerX.GetFromJsonAsync<JsonElement>($"/api/v1/client/positions/{position}");
        Assert.Single(shortlist.GetProperty("candidates").EnumerateArray());
        Assert.DoesNotContain("Brook", shortlist.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsLateAndAtRiskPlainly_AndOnlyTheOrganizationsPositions()
    {
        var w = app.World;
        var late = await ClientWorld.NewPositionAsync(app, w.OrganizationX, shortlistDue: Today.AddDays(-2), fillBy: Today.AddDays(30));
        var atRisk = await ClientWorld.NewPositionAsync(app, w.OrganizationX, shortlistDue: Today.AddDays(3), fillBy: Today.AddDays(10));
        using var managerX = await app.ApiAsync(Persona.HiringManagerX);
        var dashboard = await managerX.GetFromJsonAsync<JsonElement>("/api/v1/client/dashboard");
        var rows = dashboard.GetProperty("positions").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetGuid());
        Assert.Equal("Late", rows[late].GetProperty("shortlist").GetString());
        Assert.Equal("AtRisk", rows[atRisk].GetProperty("shortlist").GetString());
        Assert.Equal("AtRisk", rows[atRisk].GetProperty("fill").GetString());
        Assert.DoesNotContain(w.PositionY, rows.Keys);
        var page = await (await app.PagesAsync(Persona.HiringManagerX)).GetStringAsync("/Client");
        Assert.Contains("due-late", page, StringComparison.Ordinal);
        Assert.Contains("At risk", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Colleagues_ShareSearches_AndTheAdministratorInvitesAndRemoves()
    {
        var w = app.World;
        using var managerX = await app.ApiAsync(Persona.HiringManagerX);
        var list = await managerX.GetFromJsonAsync<JsonElement>("/api/v1/client/colleagues");
        Assert.True(list.GetProperty("canManage").GetBoolean());
        var address = $"colleague.{Guid.NewGuid():N}"[..20] + "@world.test";
        Assert.Equal(HttpStatusCode.OK, (await managerX.PostAsJsonAsync("/api/v1/client/colleagues/invitations", new { email = address })).StatusCode);
        var mail = Mail.ReadAll(app.MailFolder).Last(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase));
        var token = System.Text.RegularExpressions.Regex.Match(mail.Parts[0].Text, "token=([A-Za-z0-9_-]+)").Groups[1].Value;
        using var anonymous = await app.PagesAsync(Persona.Anonymous);
        var accept = await Forms.PostAsync(anonymous, $"/Account/AcceptInvitation?token={token}",
            new() { ["Token"] = token, ["DisplayName"] = "Cora Colleague", ["Password"] = World.Password, ["ConfirmPassword"] = World.Password });
        Assert.True(accept.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{(int)accept.StatusCode}");
        var colleague = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == address));
        Assert.Equal(w.OrganizationX, colleague.OrganizationId);
        Assert.False(colleague.IsOrganizationAdministrator);

        // The colleague shares the organization's searches: the same shortlist answers for both.
        var (position, _) = await ClientWorld.NewSubmissionAsync(app, w.OrganizationX);
        using var colleagueClient = app.CreateClient();
        var tokenResponse = await colleagueClient.PostAsJsonAsync("/api/v1/auth/token", new { email = address, password = World.Password });
        var bearer = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        colleagueClient.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        Assert.Equal(HttpStatusCode.OK, (await colleagueClient.GetAsync($"/api/v1/client/positions/{position}")).StatusCode);
        // Not an administrator: may not invite.
        Assert.Equal(HttpStatusCode.Forbidden, (await colleagueClient.PostAsJsonAsync("/api/v1/client/colleagues/invitations", new { email = "x" + address })).StatusCode);

        // Y's administrator cannot touch X's people; X's administrator removes the colleague.
        using var managerY = await app.ApiAsync(Persona.HiringManagerY);
        Assert.Equal(HttpStatusCode.NotFound, (await managerY.DeleteAsync($"/api/v1/client/colleagues/{colleague.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await managerX.DeleteAsync($"/api/v1/client/colleagues/{colleague.Id}")).StatusCode);
        var removed = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == colleague.Id));
        Assert.Null(removed.OrganizationId);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = address, password = World.Password })).StatusCode);
    }

    [Fact]
    public void Redactor_HidesNameContactAddressLinksAndEmployers()
    {
        var now = TimeProvider.System.GetUtcNow();
        var c = new Candidate("Zelda", "Quinton", "zelda.quinton@example.com", now, "+1 617 555 0199", new Place("Boston", "MA", "US"));
        c.SetProfile(null, null, [new ProfileRole("PM", "Mercy Health Partners", null, new DateOnly(2019, 1, 1), null)], [], [], [], [], now);
        var text = ResumeRedactor.Redact(ClientWorld.ResumeText, c);
        foreach (var secret in new[] { "Zelda", "Quinton", "example.com", "555 0199", "Mercy Health", "Harbor Street", "linkedin", "Boston" })
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Senior IT Project Manager, [employer]", text, StringComparison.Ordinal);
        Assert.Contains("Led the Epic EHR go-live for 12 hospitals. PMP certified.", text, StringComparison.Ordinal);
    }

    private Task<Stage> StageAsync(Guid application) => app.WithDbAsync(db => db.Applications.Where(a => a.Id == application).Select(a => a.Stage).SingleAsync());
}

public sealed class ClientPortalTestsOnSqlite(SqliteApp app) : ClientPortalTests(app), IClassFixture<SqliteApp>;

public sealed class ClientPortalTestsOnPostgres(PostgresApp app) : ClientPortalTests(app), IClassFixture<PostgresApp>;
