using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Shortlist.Web.Tests.Infrastructure;

/// <summary>
/// Every endpoint that takes a body, fed malformed JSON, wrong types, missing fields, unknown enum values, oversized and
/// mistyped bodies: each answers 400, 413 or 415 with a ProblemDetails body, and nothing is stored.
/// </summary>
public abstract class BadInputTests(AppFixture app)
{
    // Per endpoint: a body with a value of the wrong type, and one with an unknown enum value (or another invalid value where it has no enum).
    private static Dictionary<string, (string Url, string WrongType, string BadValue)> Samples(World w) => new()
    {
        ["POST /api/v1/auth/token"] = ("/api/v1/auth/token", """{"email": 12, "password": true}""", """{"email": "x@y.test", "password": null}"""),
        ["POST /api/v1/auth/refresh"] = ("/api/v1/auth/refresh", """{"refreshToken": 5}""", """{"refreshToken": null}"""),
        ["POST /api/v1/auth/register"] = ("/api/v1/auth/register", """{"email": [], "password": "Abcdefgh12", "firstName": "A", "lastName": "B"}""",
            """{"email": "not-an-address", "password": "Abcdefgh12", "firstName": "A", "lastName": "B"}"""),
        ["POST /api/v1/auth/forgot-password"] = ("/api/v1/auth/forgot-password", """{"email": {"a": 1}}""", """{"email": null}"""),
        ["POST /api/v1/auth/reset-password"] = ("/api/v1/auth/reset-password", """{"email": "x@world.test", "token": 12, "newPassword": "Abcdefgh12"}""",
            """{"email": "x@world.test", "token": "not-a-token", "newPassword": "Abcdefgh12"}"""),
        ["PUT /api/v1/me/profile"] = ("/api/v1/me/profile", """{"firstName": "A", "lastName": "B", "email": "c@world.test", "skills": [{"taxonomyCode": "epic", "name": "Epic", "years": "lots"}], "version": 1}""",
            """{"firstName": "A", "lastName": "B", "email": "c@world.test", "skills": [{"taxonomyCode": "no-such-skill", "name": "Nope", "years": 1}], "version": 1}"""),
        ["POST /api/v1/invitations"] = ("/api/v1/invitations", """{"email": "i@world.test", "role": 3}""", """{"email": "i@world.test", "role": "Emperor"}"""),
        ["POST /api/v1/organizations"] = ("/api/v1/organizations", """{"name": {"a": 1}, "industry": "retail"}""", """{"name": "", "industry": "retail"}"""),
        ["PUT /api/v1/organizations/{id:guid}"] = ($"/api/v1/organizations/{w.OrganizationX}", """{"name": "X", "industry": "retail", "version": "one"}""",
            """{"name": "X", "industry": "retail", "blindReview": "maybe", "version": 1}"""),
        ["POST /api/v1/positions"] = ("/api/v1/positions", $$"""{"organizationId": "{{w.OrganizationX}}", "title": "T", "description": "D", "industry": "I", "workplace": "Remote", "engagement": "Contract", "radiusKm": "far"}""",
            $$"""{"organizationId": "{{w.OrganizationX}}", "title": "T", "description": "D", "industry": "I", "workplace": "Underwater", "engagement": "Contract"}"""),
        ["PUT /api/v1/positions/{id:guid}"] = ($"/api/v1/positions/{w.PositionX}", $$"""{"organizationId": "{{w.OrganizationX}}", "title": "T", "description": "D", "industry": "I", "workplace": "Remote", "engagement": "Contract", "requirements": "pmp", "version": 1}""",
            $$"""{"organizationId": "{{w.OrganizationX}}", "title": "T", "description": "D", "industry": "I", "workplace": "Remote", "engagement": "Contract", "requirements": [{"taxonomyCode": "pmp", "label": "PMP", "importance": "Vital"}], "version": 1}"""),
        ["POST /api/v1/taxonomy"] = ("/api/v1/taxonomy", """{"code": "x", "name": "X", "category": "Skill", "aliases": "one"}""",
            """{"code": "x", "name": "X", "category": "Gadget"}"""),
        ["PUT /api/v1/taxonomy/{code}"] = ("/api/v1/taxonomy/epic", """{"name": "Epic", "category": "Platform", "version": [1]}""",
            """{"name": "Epic", "category": "Platform", "parentCode": "epic", "version": 1}"""),
        ["PUT /api/v1/taxonomy/playbooks/{industry}"] = ("/api/v1/taxonomy/playbooks/healthcare", """{"items": [{"taxonomyCode": "hipaa", "importance": "Must", "weight": "heavy"}]}""",
            """{"items": [{"taxonomyCode": "hipaa", "importance": "Optional"}]}"""),
        ["POST /api/v1/candidates"] = ("/api/v1/candidates", """{"firstName": "A", "lastName": "B", "email": "c@world.test", "skills": [{"taxonomyCode": "pmp", "name": "PMP", "years": "many"}]}""",
            """{"firstName": "A", "lastName": "B", "email": "c@world.test", "preferences": {"workplace": "Moon", "engagement": "Contract", "authorization": "Citizen"}}"""),
        ["PUT /api/v1/candidates/{id:guid}"] = ($"/api/v1/candidates/{w.CandidateA}", """{"firstName": "A", "lastName": "B", "email": "c@world.test", "roles": {"title": "x"}, "version": 1}""",
            """{"firstName": "A", "lastName": "B", "email": "c@world.test", "preferences": {"workplace": "Remote", "engagement": "Freelance", "authorization": "Citizen"}, "version": 1}"""),
        ["POST /api/v1/positions/{id:guid}/matches"] = ($"/api/v1/positions/{w.PositionX}/matches", """{"requirements": {"taxonomyCode": "epic"}}""",
            """{"requirements": [{"taxonomyCode": "epic", "label": "Epic", "importance": "Must", "weight": 99}]}"""),
        ["PUT /api/v1/positions/{id:guid}/requirements"] = ($"/api/v1/positions/{w.PositionX}/requirements", """{"requirements": [], "version": "one"}""",
            """{"requirements": [{"taxonomyCode": "epic", "label": "Epic", "importance": "Essential", "weight": 1}], "version": 1}"""),
        ["POST /api/v1/positions/{id:guid}/pipeline"] = ($"/api/v1/positions/{w.PositionX}/pipeline", """{"candidateId": 5}""",
            """{"candidateId": "00000000-0000-0000-0000-000000000000"}"""),
        ["POST /api/v1/jobs/{id:guid}/applications"] = ($"/api/v1/jobs/{w.PositionY}/applications", """{"coverNote": 5, "noticeVersion": "2026-11-25"}""",
            """{"coverNote": "Hello", "noticeVersion": "1999-01-01"}"""),
        ["POST /api/v1/me/conversations"] = ("/api/v1/me/conversations", """{"topics": "Next role", "preferredTimes": "Mornings"}""",
            """{"topics": ["Astrology"], "preferredTimes": "Mornings"}"""),
        ["POST /api/v1/conversations/{id:guid}/proposal"] = ($"/api/v1/conversations/{Guid.NewGuid()}/proposal", """{"localStart": 5, "durationMinutes": 30}""",
            """{"localStart": "2020-01-01T10:00", "durationMinutes": 30, "timeZone": "Europe/London"}"""),
        ["DELETE /api/v1/me"] = ("/api/v1/me", """{"password": 5}""", """{"password": ""}"""),
        ["POST /api/v1/search-requests"] = ("/api/v1/search-requests", """{"title": "T", "industry": "healthcare", "workplace": "Remote", "engagement": "Contract", "mustHaveCodes": "pmp"}""",
            $$"""{"title": "T", "industry": "healthcare", "workplace": "Remote", "engagement": "Contract", "organizationId": "{{w.OrganizationX}}", "project": {"budget": -5} }"""),
        ["POST /api/v1/search-requests/{id:guid}/qualify"] = ($"/api/v1/search-requests/{w.PositionX}/qualify", """{"requirements": {"taxonomyCode": "pmp"}}""",
            """{"organizationId": "not-a-guid"}"""),
        ["POST /api/v1/positions/{id:guid}/close"] = ($"/api/v1/positions/{w.PositionX}/close", """{"reason": 5}""", """{"reason": ""}"""),
        ["POST /api/v1/positions/{id:guid}/pipeline/bulk-move"] = ($"/api/v1/positions/{w.PositionX}/pipeline/bulk-move", """{"applications": "all", "stage": "Submitted"}""",
            """{"applications": [], "stage": "Submitted"}"""),
        ["POST /api/v1/applications/{id:guid}/move"] = ($"/api/v1/applications/{Guid.NewGuid()}/move", """{"stage": "Screening", "version": "one"}""", """{"stage": "Nowhere", "version": 1}"""),
        ["POST /api/v1/applications/{id:guid}/interviews"] = ($"/api/v1/applications/{Guid.NewGuid()}/interviews", """{"start": 5, "durationMinutes": 30, "version": 1}""",
            """{"start": "next tuesday", "durationMinutes": 30, "version": 1}"""),
        ["POST /api/v1/applications/{id:guid}/interviews/reschedule"] = ($"/api/v1/applications/{Guid.NewGuid()}/interviews/reschedule", """{"start": true, "durationMinutes": 30, "version": 1}""",
            """{"start": "2030-01-01T10:00:00Z", "durationMinutes": "long", "version": 1}"""),
        ["POST /api/v1/applications/{id:guid}/interviews/cancel"] = ($"/api/v1/applications/{Guid.NewGuid()}/interviews/cancel", """{"version": "v"}""", """{"version": 1, "reason": ["no"]}"""),
        ["POST /api/v1/applications/{id:guid}/offer"] = ($"/api/v1/applications/{Guid.NewGuid()}/offer", """{"version": "x"}""", """{"version": 1.5, "amount": 10}"""),
        ["POST /api/v1/applications/{id:guid}/place"] = ($"/api/v1/applications/{Guid.NewGuid()}/place", """{"startDate": 5, "engagement": "Contract", "version": 1}""",
            """{"startDate": "2030-02-30", "engagement": "Contract", "version": 1}"""),
        ["POST /api/v1/searches/{id:guid}/hours"] = ($"/api/v1/searches/{w.PositionX}/hours", """{"date": 5, "hours": 2}""", """{"date": "2020-01-01", "hours": -3}"""),
        ["POST /api/v1/search-requests/{id:guid}/decline"] = ($"/api/v1/search-requests/{w.PositionX}/decline", """{"reason": 42}""", """{"reason": null}"""),
        ["POST /api/v1/client/positions/{id:guid}/candidates/{applicationId:guid}/feedback"] = ($"/api/v1/client/positions/{w.PositionX}/candidates/{w.PositionX}/feedback",
            """{"verdict": ["Advance"], "comment": "<script>alert(1)</script>"}""", """{"verdict": "Maybe", "comment": "<script>alert(1)</script>"}"""),
        ["POST /api/v1/client/positions/{id:guid}/candidates/{applicationId:guid}/slots"] = ($"/api/v1/client/positions/{w.PositionX}/candidates/{w.PositionX}/slots",
            """{"slots": [{"start": "tomorrow", "durationMinutes": 30}]}""", """{"slots": [{"start": "2027-02-30T10:00:00Z", "durationMinutes": 30}]}"""),
        ["POST /api/v1/client/colleagues/invitations"] = ("/api/v1/client/colleagues/invitations", """{"email": 5}""", """{"email": "not-an-address"}"""),
        ["POST /api/v1/positions/{id:guid}/applications/{applicationId:guid}/submit"] = ($"/api/v1/positions/{w.PositionX}/applications/{w.PositionX}/submit",
            """{"share": "Requirements", "note": 5}""", """{"share": ["Everything"]}"""),
        ["POST /api/v1/positions/{id:guid}/applications/{applicationId:guid}/interview"] = ($"/api/v1/positions/{w.PositionX}/applications/{w.PositionX}/interview",
            """{"slot": "first"}""", """{"slot": 1.5}"""),
        ["PUT /api/v1/positions/{id:guid}/blind-review"] = ($"/api/v1/positions/{w.PositionX}/blind-review", """{"blindReview": "maybe"}""", """{"blindReview": 5}"""),
        ["PUT /api/v1/me/notification-preferences"] = ("/api/v1/me/notification-preferences", """{"email": "yes"}""", """{"email": null}"""),
        ["POST /api/v1/engagements"] = ("/api/v1/engagements", $$"""{"placementId": 5, "end": "2030-01-01", "billRate": 100, "hoursBudget": 10}""",
            $$"""{"placementId": "{{Guid.NewGuid()}}", "end": "2030-01-01", "billRate": 100, "hoursBudget": -10}"""),
        ["PUT /api/v1/engagements/{id:guid}"] = ($"/api/v1/engagements/{Guid.NewGuid()}", """{"end": "soon", "hoursBudget": 10, "billRate": 100, "version": 1}""",
            """{"end": "2030-01-01", "hoursBudget": 10, "billRate": -1, "version": 1}"""),
        ["PUT /api/v1/engagements/{id:guid}/timesheets/{week}"] = ($"/api/v1/engagements/{Guid.NewGuid()}/timesheets/2030-01-07", """{"days": [{"date": "2030-01-07", "hours": "eight"}]}""",
            """{"days": [{"date": "2030-01-07", "hours": 25}]}"""),
        ["POST /api/v1/timesheets/{id:guid}/reject"] = ($"/api/v1/timesheets/{Guid.NewGuid()}/reject", """{"reason": ["late"]}""", """{"reason": "   "}"""),
        ["POST /api/v1/me/tokens"] = ("/api/v1/me/tokens", """{"name": 5, "scopes": ["read"]}""", """{"name": "x", "scopes": ["root"], "expiresInDays": 30}"""),
        ["POST /api/v1/me/two-factor/enable"] = ("/api/v1/me/two-factor/enable", """{"code": 123456}""", """{"code": "00000x"}"""),
        ["POST /api/v1/me/two-factor/disable"] = ("/api/v1/me/two-factor/disable", """{"code": ["1"]}""", """{"code": "00000x"}"""),
        ["POST /api/v1/me/consent"] = ("/api/v1/me/consent", """{"noticeVersion": 2026}""", """{"noticeVersion": "1999-01-01"}"""),
        ["POST /api/v1/activities"] = ("/api/v1/activities", $$"""{"subject": "candidate", "subjectId": "{{w.CandidateA}}", "kind": "note", "text": ["Called"]}""",
            $$"""{"subject": "planet", "subjectId": "{{w.CandidateA}}", "kind": "note", "text": "Called"}"""),
        ["POST /api/v1/activities/email/preview"] = ("/api/v1/activities/email/preview", $$"""{"templateId": 5, "candidateId": "{{w.CandidateA}}"}""",
            $$"""{"candidateId": "{{w.CandidateA}}"}"""),
        ["POST /api/v1/activities/email"] = ("/api/v1/activities/email", $$"""{"templateId": "{{w.PositionX}}", "candidateId": "{{w.CandidateA}}", "subject": 5}""",
            $$"""{"templateId": null, "candidateId": "{{w.CandidateA}}", "subject": "Hello"}"""),
        ["POST /api/v1/message-templates"] = ("/api/v1/message-templates", """{"name": 5, "subject": "Hi", "body": "Hello"}""",
            """{"name": "Bad placeholder", "subject": "Hi", "body": "Dear {{candidate.salary}}"}"""),
        ["PUT /api/v1/message-templates/{id:guid}"] = ($"/api/v1/message-templates/{Guid.NewGuid()}", """{"name": "X", "subject": "Hi", "body": "Hello", "version": "one"}""",
            """{"name": "X", "subject": "Hi", "body": "Hello"}"""),
        ["POST /api/v1/talent/saved"] = ("/api/v1/talent/saved", """{"name": 5, "search": {"q": ["epic"]}, "alerts": "yes"}""",
            """{"name": "Broken", "search": {"q": "Epic AND (PMP", "skills": "epic:lots"}}"""),
        ["POST /api/v1/duplicates/{id:guid}/merge"] = ($"/api/v1/duplicates/{Guid.NewGuid()}/merge", """{"survivorId": 5, "version": "one", "fields": ["email"]}""",
            $$$"""{"survivorId": "{{{w.CandidateA}}}", "version": 1, "fields": {"salary": "{{{w.CandidateB}}}"}}"""),
    };

    // Endpoints only a client's hiring manager may call.
    private static readonly HashSet<string> HiringManagerOnly = ["POST /api/v1/timesheets/{id:guid}/reject"];

    // Endpoints only a candidate may call; the rest are called as an administrator.
    private static readonly HashSet<string> CandidateOnly = ["POST /api/v1/jobs/{id:guid}/applications"];

    /// <summary>Endpoints that take JSON; uploads (multipart) have tests of their own with hostile files.</summary>
    public static IReadOnlyList<string> EndpointsWithBody(IServiceProvider services)
        => services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && accepts.ContentTypes.Contains("application/json"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} /{e.RoutePattern.RawText!.Trim('/')}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Samples_CoverEveryEndpointThatTakesABody()
    {
        var missing = EndpointsWithBody(app.Services).Except(Samples(app.World).Keys).ToList();
        Assert.True(missing.Count == 0, "Endpoints without bad-input samples: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task EveryEndpointWithABody_GivenBadInput_Answers4xxProblemAndStoresNothing()
    {
        using var client = await app.ApiAsync(Persona.Administrator);
        using var candidate = await app.ApiAsync(Persona.CandidateA);
        using var manager = await app.ApiAsync(Persona.HiringManagerX);
        var before = await CountsAsync();
        var failures = new List<string>();
        var oversized = "{\"name\": \"" + new string('x', 2_000_000) + "\", \"industry\": \"retail\"}";
        var deep = new string('[', 5_000) + new string(']', 5_000);
        foreach (var (key, (url, wrongType, badValue)) in Samples(app.World))
        {
            var method = new HttpMethod(key.Split(' ')[0]);
            var cases = new (string Name, HttpContent? Content, int[] Allowed)[]
            {
                ("malformed JSON", Json("{\"name\": "), [400]),
                ("not an object", Json("[1, 2, 3]"), [400]),
                ("empty body", Json(""), [400]),
                ("missing fields", Json("{}"), [400]),
                ("null body", Json("null"), [400]),
                ("wrong types", Json(wrongType), [400]),
                ("bad value", Json(badValue), [400]),
                ("too deep", Json(deep), [400]),
                ("oversized", Json(oversized), [413]),
                ("wrong content type", new StringContent("name=x", Encoding.UTF8, "text/plain"), [415]),
                ("no content type", new ByteArrayContent("{}"u8.ToArray()), [415]),
            };
            foreach (var (name, content, allowed) in cases)
            {
                using var request = new HttpRequestMessage(method, url) { Content = content };
                var caller = HiringManagerOnly.Contains(key) || url.StartsWith("/api/v1/client/", StringComparison.Ordinal) ? manager
                    : CandidateOnly.Contains(key) || url.StartsWith("/api/v1/me/", StringComparison.Ordinal) ? candidate : client;
                using var response = await caller.SendAsync(request);
                var status = (int)response.StatusCode;
                if (!allowed.Contains(status)) failures.Add($"{key} {name}: {status}, expected {string.Join("/", allowed)}");
                else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") failures.Add($"{key} {name}: {status} without ProblemDetails");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await CountsAsync());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private Task<string> CountsAsync() => app.WithDbAsync(async db => string.Join(",",
        await db.Organizations.CountAsync(), await db.Positions.CountAsync(), await db.Candidates.CountAsync(), await db.Users.CountAsync(),
        await db.Invitations.CountAsync(), await db.ChangeFeed.CountAsync(), await db.AuditEntries.CountAsync(),
        await db.TaxonomyEntries.CountAsync(), await db.IndustryPlaybooks.CountAsync(), await db.TaxonomyEntries.SumAsync(t => t.Version),
        await db.Positions.SumAsync(p => p.Version), await db.Candidates.SumAsync(c => c.Version), await db.Organizations.SumAsync(o => o.Version), await db.Applications.CountAsync(), await db.Consents.CountAsync(),
        await db.CareerConversations.CountAsync(), await db.CareerConversations.SumAsync(c => c.Version),
        await db.SearchRequests.CountAsync(), await db.SearchRequests.SumAsync(r => r.Version),
        await db.Submissions.CountAsync(), await db.Submissions.SumAsync(s => s.Version), await db.CandidateReveals.CountAsync(), await db.Interviews.CountAsync(),
        await db.Applications.SumAsync(a => a.Version), await db.Placements.CountAsync(), await db.Engagements.CountAsync(),
        await db.EffortEntries.CountAsync(), await db.MessageTemplates.CountAsync(),
        await db.Engagements.CountAsync(), await db.Engagements.SumAsync(e => e.Version), await db.Timesheets.CountAsync(), await db.Timesheets.SumAsync(t => t.Version),
        await db.Notifications.CountAsync(), await db.Outbox.CountAsync(), await db.Users.CountAsync(u => u.EmailNotifications),
        await db.PersonalAccessTokens.CountAsync(),
        await db.SavedSearches.CountAsync(), await db.SavedSearchAlerts.CountAsync(), await db.NotificationMarks.CountAsync(),
        await db.Interviews.SumAsync(i => i.Version), await db.Interviews.SumAsync(i => i.Sequence),
        await db.Activities.CountAsync(), await db.MessageTemplates.SumAsync(t => t.Version),
        await db.DuplicatePairs.CountAsync(), await db.DuplicatePairs.SumAsync(p => p.Version)));
}

public sealed class BadInputTestsOnSqlite(SqliteApp app) : BadInputTests(app), IClassFixture<SqliteApp>;

public sealed class BadInputTestsOnPostgres(PostgresApp app) : BadInputTests(app), IClassFixture<PostgresApp>;
