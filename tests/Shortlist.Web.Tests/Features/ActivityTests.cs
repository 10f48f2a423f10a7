using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shortlist.Domain.Activities;
using Shortlist.Domain.Candidates;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>Timelines of notes, calls, meetings and e-mails, and e-mails written from templates: through the API and the pages.</summary>
public abstract class ActivityTests(AppFixture app)
{
    private World W => app.World;

    [Fact]
    public async Task Api_LogsActivitiesAndListsTheTimelineNewestFirst_AsAnAuditedRead()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var earlier = TimeProvider.System.GetUtcNow().AddHours(-3);
        var call = await recruiter.PostAsJsonAsync("/api/v1/activities", new { subject = "candidate", subjectId = W.CandidateB, kind = "call", text = $"Called {marker}: keen", occurredAt = earlier });
        Assert.Equal(HttpStatusCode.Created, call.StatusCode);
        var note = await recruiter.PostAsJsonAsync("/api/v1/activities", new { subject = "Candidate", subjectId = W.CandidateB, kind = "NOTE", text = $"Note {marker}: <b>not markup</b>" });
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);

        var timeline = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/activities?subject=candidate&id={W.CandidateB}&pageSize=200");
        var mine = timeline.GetProperty("items").EnumerateArray().Where(a => a.GetProperty("text").GetString()!.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mine.Count);
        Assert.Equal("note", mine[0].GetProperty("kind").GetString()); // newest first
        Assert.Equal($"Note {marker}: <b>not markup</b>", mine[0].GetProperty("text").GetString()); // plain text, stored as typed
        Assert.Equal("call", mine[1].GetProperty("kind").GetString());
        Assert.Equal("Recruiter", mine[1].GetProperty("authorName").GetString());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "candidate.activities.read" && e.EntityId == W.CandidateB)));

        // Bad input is refused with the field named; an unknown subject is not found; nothing is stored.
        var before = await app.CountAsync<Activity>();
        var cases = new (object Body, HttpStatusCode Status, string Field)[]
        {
            (new { subject = "candidate", subjectId = W.CandidateB, kind = "lunch", text = "x" }, HttpStatusCode.BadRequest, "kind"),
            (new { subject = "candidate", subjectId = W.CandidateB, kind = "note", text = "  " }, HttpStatusCode.BadRequest, "text"),
            (new { subject = "candidate", subjectId = W.CandidateB, kind = "note", text = "x", occurredAt = TimeProvider.System.GetUtcNow().AddDays(3) }, HttpStatusCode.BadRequest, "occurredAt"),
            (new { subject = "candidate", subjectId = Guid.NewGuid(), kind = "note", text = "x" }, HttpStatusCode.NotFound, ""),
            (new { subject = "position", subjectId = W.CandidateB, kind = "note", text = "x" }, HttpStatusCode.NotFound, ""),
        };
        foreach (var (body, status, field) in cases)
        {
            var response = await recruiter.PostAsJsonAsync("/api/v1/activities", body);
            Assert.Equal(status, response.StatusCode);
            if (field.Length > 0) Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), field);
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.GetAsync($"/api/v1/activities?subject=planet&id={W.CandidateB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.GetAsync($"/api/v1/activities?subject=organization&id={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(before, await app.CountAsync<Activity>());

        // Candidates and clients never see or write activities, not even about themselves.
        using var candidate = await app.ApiAsync(Persona.CandidateB);
        Assert.Equal(HttpStatusCode.Forbidden, (await candidate.GetAsync($"/api/v1/activities?subject=candidate&id={W.CandidateB}")).StatusCode);
        using var manager = await app.ApiAsync(Persona.HiringManagerX);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync("/api/v1/activities", new { subject = "organization", subjectId = W.OrganizationX, kind = "note", text = "x" })).StatusCode);
    }

    [Fact]
    public async Task Pages_LogAnActivityOnAPositionAndAnOrganization_AndShowIt()
    {
        using var recruiter = await app.PagesAsync(Persona.Recruiter);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var response = await Forms.PostAsync(recruiter, $"/Activities/Log?Subject=position&SubjectId={W.PositionX}", new()
        {
            ["Subject"] = "position", ["SubjectId"] = W.PositionX.ToString(), ["Kind"] = "meeting", ["Text"] = $"Debrief {marker} with <script>alert(1)</script>",
            ["OccurredAt"] = "2026-11-02T09:30", ["ReturnUrl"] = $"/Positions/{W.PositionX}#timeline",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Positions/{W.PositionX}#timeline", response.Headers.Location!.OriginalString);
        var page = await recruiter.GetStringAsync($"/Positions/{W.PositionX}");
        Assert.Contains($"Debrief {marker} with &lt;script&gt;", page, StringComparison.Ordinal); // shown as text, never as markup
        Assert.Contains("2026-11-02 09:30 UTC", page, StringComparison.Ordinal);
        Assert.Contains("Meeting logged.", page, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Activities.SingleAsync(a => a.Text.Contains(marker)));
        Assert.Equal((ActivityKind.Meeting, ActivitySubject.Position, W.PositionX), (stored.Kind, stored.Subject, stored.SubjectId));

        // The organization page has its own timeline and form; a blank text shows the message and stores nothing.
        var orgPage = await recruiter.GetStringAsync($"/Organizations/{W.OrganizationX}");
        var fields = Forms.Fields(orgPage, "log-activity-form");
        Assert.Equal("organization", fields["Subject"]);
        fields["Kind"] = "note";
        fields["Text"] = " ";
        var before = await app.CountAsync<Activity>();
        var refused = await Forms.PostAsync(recruiter, $"/Activities/Log?Subject=organization&SubjectId={W.OrganizationX}", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("text is required", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountAsync<Activity>());
        fields["Text"] = $"Org note {marker}";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(recruiter, $"/Activities/Log?Subject=organization&SubjectId={W.OrganizationX}", fields)).StatusCode);
        Assert.Contains($"Org note {marker}", await recruiter.GetStringAsync($"/Organizations/{W.OrganizationX}"), StringComparison.Ordinal);

        // The candidate's staff page shows its timeline.
        Assert.Contains("id=\"timeline\"", await recruiter.GetStringAsync($"/Candidates/{W.CandidateA}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Templates_RefuseUnknownPlaceholders_AndTheApiSendsTheFilledEmailAndLogsIt()
    {
        using var admin = await app.ApiAsync(Persona.Administrator);
        var bad = await admin.PostAsJsonAsync("/api/v1/message-templates", new { name = "Salary talk", subject = "Hi", body = "Dear {{candidate.firstName}}, about {{candidate.salary}}" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("{{candidate.salary}}", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var name = "Intro " + Guid.NewGuid().ToString("N")[..6];
        var created = await admin.PostAsJsonAsync("/api/v1/message-templates", new
        {
            name, subject = "{{position.title}} at {{organization.name}}", body = "Hello {{candidate.firstName}} {{candidate.lastName}},\n\nAbout {{position.title}} at {{organization.name}}.\n\n{{recruiter.name}}",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var template = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = template.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/v1/message-templates", new { name, subject = "Again", body = "Same name" })).StatusCode);

        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        // The template names the position: without one it says so.
        var noPosition = await recruiter.PostAsJsonAsync("/api/v1/activities/email/preview", new { templateId = id, candidateId = W.CandidateA });
        Assert.Equal(HttpStatusCode.BadRequest, noPosition.StatusCode);
        Assert.Contains("positionId", await noPosition.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var preview = await recruiter.PostAsJsonAsync("/api/v1/activities/email/preview", new { templateId = id, candidateId = W.CandidateA, positionId = W.PositionX });
        var filled = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("EHR implementation project manager at Xenon Health", filled.GetProperty("subject").GetString());
        Assert.Equal("Hello Ada Archer,\n\nAbout EHR implementation project manager at Xenon Health.\n\nRecruiter", filled.GetProperty("body").GetString());

        var marker = Guid.NewGuid().ToString("N")[..8];
        var outboxBefore = await app.WithDbAsync(db => db.Outbox.CountAsync());
        var sent = await recruiter.PostAsJsonAsync("/api/v1/activities/email", new { templateId = id, candidateId = W.CandidateA, positionId = W.PositionX, subject = $"Quick question {marker}" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(outboxBefore + 1, await app.WithDbAsync(db => db.Outbox.CountAsync()));
        var mail = Assert.Single(Mail.ReadAll(app.MailFolder), m => m.Headers.GetValueOrDefault("Subject", "").Contains(marker, StringComparison.Ordinal));
        Assert.Equal("candidatea@world.test", mail.To);
        Assert.Contains("Hello Ada Archer,", mail.Parts[0].Text, StringComparison.Ordinal);
        Assert.Contains("About EHR implementation project manager at Xenon Health.", mail.Parts[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", mail.Parts[0].Text, StringComparison.Ordinal);

        var logged = await app.WithDbAsync(db => db.Activities.AsNoTracking().Where(a => a.Text.Contains(marker)).OrderBy(a => a.Subject).ToListAsync());
        Assert.Equal(2, logged.Count);
        Assert.All(logged, a => Assert.Equal(ActivityKind.Email, a.Kind));
        Assert.Equal((ActivitySubject.Candidate, W.CandidateA), (logged[0].Subject, logged[0].SubjectId));
        Assert.Equal((ActivitySubject.Position, W.PositionX, (Guid?)W.CandidateA), (logged[1].Subject, logged[1].SubjectId, logged[1].CandidateId));
        Assert.Contains("Hello Ada Archer,", logged[0].Text, StringComparison.Ordinal);

        // A stale edit of the template is a conflict; the current version saves and delete needs it too.
        var version = template.GetProperty("version").GetInt64();
        var put = await admin.PutAsJsonAsync($"/api/v1/message-templates/{id}", new { name, subject = "Hello", body = "Hello {{candidate.fullName}}", version });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync($"/api/v1/message-templates/{id}", new { name, subject = "Lost", body = "Lost", version })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/v1/message-templates/{id}?version={version}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await recruiter.DeleteAsync($"/api/v1/message-templates/{id}?version={version + 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/message-templates/{id}?version={version + 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.GetAsync($"/api/v1/message-templates/{id}")).StatusCode);
    }

    [Fact]
    public async Task Email_ToAnErasedCandidate_SaysSoAndSendsNothing()
    {
        var template = await Auth.AuthorizationMatrixTests.NewTemplateAsync(app);
        var erased = await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var c = new Candidate("Gone", "Away", $"gone{Guid.NewGuid():N}@world.test", now);
            c.Erase(now);
            db.Candidates.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var outboxBefore = await app.WithDbAsync(db => db.Outbox.CountAsync());
        var response = await recruiter.PostAsJsonAsync("/api/v1/activities/email", new { templateId = template, candidateId = erased, positionId = W.PositionX });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("erased", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(outboxBefore, await app.WithDbAsync(db => db.Outbox.CountAsync()));
        Assert.False(await app.WithDbAsync(db => db.Activities.AnyAsync(a => a.SubjectId == erased || a.CandidateId == erased)));

        using var pages = await app.PagesAsync(Persona.Recruiter);
        Assert.Contains("personal data was erased", await pages.GetStringAsync($"/Activities/Email?CandidateId={erased}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmailPage_PreviewsTheFilledTemplate_SendsTheEditedText_AndLogsIt()
    {
        var template = await Auth.AuthorizationMatrixTests.NewTemplateAsync(app);
        using var recruiter = await app.PagesAsync(Persona.Recruiter);
        var url = $"/Activities/Email?CandidateId={W.CandidateA}&PositionId={W.PositionX}&TemplateId={template}";
        var page = await recruiter.GetStringAsync(url);
        var fields = Forms.Fields(page, "send-email-form");
        Assert.Equal("EHR implementation project manager at Xenon Health", fields["Subject"]);
        Assert.StartsWith("Hello Ada,", fields["Body"], StringComparison.Ordinal);
        var marker = Guid.NewGuid().ToString("N")[..8];
        fields["Body"] = fields["Body"].Replace("Hello Ada,", $"Dear Ada ({marker}),", StringComparison.Ordinal);

        var response = await Forms.PostAsync(recruiter, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = Assert.Single(Mail.ReadAll(app.MailFolder), m => m.Parts[0].Text.Contains(marker, StringComparison.Ordinal));
        Assert.Equal("candidatea@world.test", mail.To);
        Assert.Contains("About EHR implementation project manager at Xenon Health.", mail.Parts[0].Text, StringComparison.Ordinal);
        var candidatePage = await recruiter.GetStringAsync($"/Candidates/{W.CandidateA}");
        Assert.Contains($"Dear Ada ({marker})", candidatePage, StringComparison.Ordinal);

        // An emptied message is refused on the page, with what was typed kept, and nothing is sent.
        var outboxBefore = await app.WithDbAsync(db => db.Outbox.CountAsync());
        fields["Body"] = "   ";
        var refused = await Forms.PostAsync(recruiter, url, fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The message is empty.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(outboxBefore, await app.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task AdminTemplatePages_AddRefusingUnknownPlaceholders_AndRefuseAStaleEdit()
    {
        using var admin = await app.PagesAsync(Persona.Administrator);
        var name = "Page template " + Guid.NewGuid().ToString("N")[..6];
        var refused = await Forms.PostAsync(admin, "/Admin/Templates", new() { ["Name"] = name, ["Subject"] = "Hi", ["Body"] = "Dear {{candidate.nickname}}" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Unknown placeholder {{candidate.nickname}}", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.MessageTemplates.AnyAsync(t => t.Name == name)));

        var added = await Forms.PostAsync(admin, "/Admin/Templates", new() { ["Name"] = name, ["Subject"] = "Hi {{candidate.firstName}}", ["Body"] = "Hello {{candidate.firstName}}" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await app.WithDbAsync(db => db.MessageTemplates.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());
        Assert.Contains(name, await admin.GetStringAsync("/Admin/Templates"), StringComparison.Ordinal);

        var edit = await admin.GetStringAsync($"/Admin/TemplateEdit/{id}");
        var first = Forms.Fields(edit, "template-form");
        var second = new Dictionary<string, string>(first);
        first["Body"] = "Hello {{candidate.fullName}}, first edit";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(admin, $"/Admin/TemplateEdit/{id}", first)).StatusCode);
        second["Body"] = "Second edit, made from the old version";
        var stale = await Forms.PostAsync(admin, $"/Admin/TemplateEdit/{id}", second);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone changed this template", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Hello {{candidate.fullName}}, first edit", await app.WithDbAsync(db => db.MessageTemplates.Where(t => t.Id == id).Select(t => t.Body).SingleAsync()));

        var delete = Forms.Fields(await admin.GetStringAsync($"/Admin/TemplateEdit/{id}"), "delete-template-form");
        Assert.True(delete.ContainsKey("__RequestVerificationToken"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/Admin/TemplateEdit/{id}?handler=Delete", new FormUrlEncodedContent(delete))).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.MessageTemplates.AnyAsync(t => t.Id == id)));
    }
}

public sealed class ActivityTestsOnSqlite(SqliteApp app) : ActivityTests(app), IClassFixture<SqliteApp>;
