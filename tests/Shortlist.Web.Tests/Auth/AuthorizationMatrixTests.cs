using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Domain.Positions;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Auth;

/// <summary>
/// Every endpoint and page of the running app × every persona, with the expected outcome. The endpoints are read from
/// the app itself, so a new endpoint that is missing from the table fails this test.
/// </summary>
public abstract class AuthorizationMatrixTests(AppFixture app)
{
    // Columns: Anonymous, CandidateA, CandidateB, HiringManagerX, HiringManagerY, Recruiter, Administrator.
    // ok = 2xx; 401/403/404 for the API; login = redirect to sign-in, denied = redirect to "not allowed" for pages.
    private static readonly string[] Public = ["ok", "ok", "ok", "ok", "ok", "ok", "ok"];
    private static readonly string[] SignedIn = ["401", "ok", "ok", "ok", "ok", "ok", "ok"];
    private static readonly string[] StaffApi = ["401", "403", "403", "403", "403", "ok", "ok"];
    private static readonly string[] AdminApi = ["401", "403", "403", "403", "403", "403", "ok"];
    private static readonly string[] OrgXApi = ["401", "403", "403", "ok", "404", "ok", "ok"];
    private static readonly string[] ClientListApi = ["401", "403", "403", "ok", "ok", "ok", "ok"];
    private static readonly string[] CandidateAApi = ["401", "ok", "404", "403", "403", "ok", "ok"];
    private static readonly string[] PublicPage = Public;
    private static readonly string[] SignedInPage = ["login", "ok", "ok", "ok", "ok", "ok", "ok"];
    private static readonly string[] StaffPage = ["login", "denied", "denied", "denied", "denied", "ok", "ok"];
    private static readonly string[] AdminPage = ["login", "denied", "denied", "denied", "denied", "denied", "ok"];
    private static readonly string[] ClientPage = ["login", "denied", "denied", "ok", "ok", "denied", "denied"];
    private static readonly string[] CandidatePage = ["login", "ok", "ok", "denied", "denied", "denied", "denied"];

    private sealed record Row(string[] Expected, Func<Context, Task<HttpRequestMessage>> Request);

    private sealed record Context(AppFixture App, string RefreshToken, Persona Persona = Persona.Anonymous);

    private static Row Get(string[] expected, string url) => new(expected, _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url)));

    private static Row Send(string[] expected, HttpMethod method, Func<Context, Task<(string Url, object? Body)>> build) => new(expected, async c =>
    {
        var (url, body) = await build(c);
        return new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
    });

    private static Row Upload(string[] expected, string url) => new(expected, _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, url)
    {
        Content = Features.ResumeUploadTests.Form(System.Text.Encoding.UTF8.GetBytes(Features.ResumeUploadTests.Resume), "resume.txt", "text/plain"),
    }));

    private static readonly string[] StaffOnlyOnCandidateA = ["401", "403", "403", "403", "403", "ok", "ok"];

    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 12)];

    private static Dictionary<string, Row> Table(World w) => new()
    {
        ["GET /health/live"] = Get(Public, "/health/live"),
        ["GET /health/ready"] = Get(Public, "/health/ready"),
        ["GET /openapi/{documentName}.json"] = Get(Public, "/openapi/v1.json"),
        ["GET /docs/{documentName?}"] = Get(Public, "/docs/"),
        ["GET /docs/scalar.js"] = Get(Public, "/docs/scalar.js"),
        ["GET /docs/scalar.aspnetcore.js"] = Get(Public, "/docs/scalar.aspnetcore.js"),
        ["GET /docs/favicon.svg"] = Get(Public, "/docs/favicon.svg"),

        ["POST /api/v1/auth/token"] = Send(Public, HttpMethod.Post, c => Task.FromResult<(string, object?)>(("/api/v1/auth/token",
            new { email = w.EmailOf(Persona.Recruiter), password = World.Password }))),
        ["POST /api/v1/auth/refresh"] = Send(Public, HttpMethod.Post, c => Task.FromResult<(string, object?)>(("/api/v1/auth/refresh", new { refreshToken = c.RefreshToken }))),
        ["POST /api/v1/auth/register"] = Send(Public, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/auth/register",
            new { email = Unique("reg") + "@world.test", password = World.Password, firstName = "Reg", lastName = "Istered", noticeVersion = Web.Features.Legal.PrivacyNotice.Version }))),
        ["POST /api/v1/auth/forgot-password"] = Send(Public, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/auth/forgot-password", new { email = Unique("nobody") + "@world.test" }))),
        // A wrong token is refused for everyone alike (400): the endpoint is open, the token is what authorizes.
        ["POST /api/v1/auth/reset-password"] = Send(["400", "400", "400", "400", "400", "400", "400"], HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/auth/reset-password",
            new { email = w.EmailOf(Persona.CandidateB), token = "bm90LWEtdG9rZW4", newPassword = "Not-Applied-1" }))),
        ["GET /api/v1/me/profile"] = Get(["401", "ok", "ok", "403", "403", "403", "403"], "/api/v1/me/profile"),
        // Each candidate sends their own profile back unchanged, with its version.
        ["PUT /api/v1/me/profile"] = Send(["401", "ok", "ok", "403", "403", "403", "403"], HttpMethod.Put, async c =>
        {
            var id = c.Persona == Persona.CandidateB ? w.CandidateB : w.CandidateA;
            var me = await c.App.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(x => x.Id == id));
            return ("/api/v1/me/profile", new { firstName = me.FirstName, lastName = me.LastName, email = me.Email, phone = me.Phone, location = me.Location, version = me.Version });
        }),
        ["GET /api/v1/me"] = Get(SignedIn, "/api/v1/me"),
        ["POST /api/v1/invitations"] = Send(StaffApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/invitations",
            new { email = Unique("inv") + "@world.test", role = "HiringManager", organizationId = w.OrganizationX }))),
        ["GET /api/v1/users"] = Get(AdminApi, "/api/v1/users"),
        ["GET /api/v1/audit"] = Get(AdminApi, "/api/v1/audit"),

        ["GET /api/v1/organizations"] = Get(ClientListApi, "/api/v1/organizations"),
        ["GET /api/v1/organizations/{id:guid}"] = Get(OrgXApi, $"/api/v1/organizations/{w.OrganizationX}"),
        ["POST /api/v1/organizations"] = Send(StaffApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/organizations",
            new { name = Unique("Org "), industry = "retail", blindReview = false }))),
        ["PUT /api/v1/organizations/{id:guid}"] = Send(StaffApi, HttpMethod.Put, async c => ($"/api/v1/organizations/{w.OrganizationX}",
            new { name = "Xenon Health", industry = "healthcare", blindReview = false, version = await c.App.WithDbAsync(db => db.Organizations.Where(o => o.Id == w.OrganizationX).Select(o => o.Version).SingleAsync()) })),

        ["GET /api/v1/positions"] = Get(ClientListApi, "/api/v1/positions"),
        ["GET /api/v1/positions/{id:guid}"] = Get(OrgXApi, $"/api/v1/positions/{w.PositionX}"),
        ["POST /api/v1/positions"] = Send(StaffApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/positions", PositionBody(w.OrganizationX, null)))),
        ["PUT /api/v1/positions/{id:guid}"] = Send(StaffApi, HttpMethod.Put, async c => ($"/api/v1/positions/{w.PositionX}",
            PositionBody(w.OrganizationX, await c.App.WithDbAsync(db => db.Positions.Where(p => p.Id == w.PositionX).Select(p => p.Version).SingleAsync())))),
        ["POST /api/v1/positions/{id:guid}/publish"] = Send(StaffApi, HttpMethod.Post, async c => ($"/api/v1/positions/{await NewPositionAsync(c.App, w, publish: false)}/publish", null)),
        ["POST /api/v1/positions/{id:guid}/close"] = Send(StaffApi, HttpMethod.Post, async c => ($"/api/v1/positions/{await NewPositionAsync(c.App, w, publish: true)}/close", new { reason = "Cancelled by the client." })),
        ["POST /api/v1/positions/{id:guid}/unpublish"] = Send(StaffApi, HttpMethod.Post, async c => ($"/api/v1/positions/{await NewPositionAsync(c.App, w, publish: true)}/unpublish", null)),
        ["POST /api/v1/positions/{id:guid}/hold"] = Send(StaffApi, HttpMethod.Post, async c => ($"/api/v1/positions/{await NewPositionAsync(c.App, w, publish: true)}/hold", null)),

        ["GET /api/v1/positions/{id:guid}/pipeline"] = Get(StaffApi, $"/api/v1/positions/{w.PositionX}/pipeline"),
        ["POST /api/v1/positions/{id:guid}/pipeline/bulk-move"] = Send(StaffApi, HttpMethod.Post, async c =>
        {
            var (position, application, version) = await NewApplicationInAsync(c.App, w, Shortlist.Domain.Pipeline.Stage.Screening);
            return ($"/api/v1/positions/{position}/pipeline/bulk-move", new { stage = "Submitted", applications = new[] { new { applicationId = application, version } } });
        }),
        ["POST /api/v1/applications/{id:guid}/move"] = Send(StaffApi, HttpMethod.Post, async c =>
        {
            var (_, application, version) = await NewApplicationInAsync(c.App, w, Shortlist.Domain.Pipeline.Stage.Screening);
            return ($"/api/v1/applications/{application}/move", new { stage = "Submitted", version });
        }),
        ["POST /api/v1/applications/{id:guid}/interviews"] = Send(StaffApi, HttpMethod.Post, async c =>
        {
            var (_, application, version) = await NewApplicationInAsync(c.App, w, Shortlist.Domain.Pipeline.Stage.ClientReview);
            return ($"/api/v1/applications/{application}/interviews", new { start = TimeProvider.System.GetUtcNow().AddDays(5), durationMinutes = 30, version });
        }),
        ["POST /api/v1/applications/{id:guid}/interviews/reschedule"] = Send(StaffApi, HttpMethod.Post, async c =>
        {
            var (application, version) = await NewInterviewAsync(c.App, w);
            return ($"/api/v1/applications/{application}/interviews/reschedule", new { start = TimeProvider.System.GetUtcNow().AddDays(6), durationMinutes = 45, version });
        }),
        ["POST /api/v1/applications/{id:guid}/interviews/cancel"] = Send(StaffApi, HttpMethod.Post, async c =>
        {
            var (application, version) = await NewInterviewAsync(c.App, w);
            return ($"/api/v1/applications/{application}/interviews/cancel", new { version, reason = "Moved on." });
        }),
        ["POST /api/v1/applications/{id:guid}/offer"] = Send(StaffApi, HttpMethod.Post, async c =>
        {
            var (_, application, version) = await NewApplicationInAsync(c.App, w, Shortlist.Domain.Pipeline.Stage.ClientReview);
            return ($"/api/v1/applications/{application}/offer", new { amount = 95000, version });
        }),
        ["POST /api/v1/applications/{id:guid}/place"] = Send(StaffApi, HttpMethod.Post, async c =>
        {
            var (_, application, version) = await NewApplicationInAsync(c.App, w, Shortlist.Domain.Pipeline.Stage.Offer);
            return ($"/api/v1/applications/{application}/place", new { startDate = "2030-01-07", engagement = "Permanent", feeOrRate = 20000, version });
        }),
        ["GET /api/v1/searches"] = Get(StaffApi, "/api/v1/searches?everyone=true"),
        ["GET /api/v1/searches/{id:guid}"] = Get(StaffApi, $"/api/v1/searches/{w.PositionX}"),
        ["POST /api/v1/searches/{id:guid}/hours"] = Send(StaffApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(($"/api/v1/searches/{w.PositionY}/hours",
            new { date = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), hours = 0.5 }))),
        ["GET /Workspace/Positions/{id:guid}/pipeline"] = Get(StaffPage, $"/Workspace/Positions/{w.PositionX}/pipeline"),
        ["GET /Workspace/Positions/{id:guid}/edit"] = Get(StaffPage, $"/Workspace/Positions/{w.PositionX}/edit"),
        ["GET /Workspace/Positions/new"] = Get(StaffPage, "/Workspace/Positions/new"),
        ["GET /Workspace/Searches"] = Get(StaffPage, "/Workspace/Searches"),
        ["GET /Workspace/Searches/Index"] = Get(StaffPage, "/Workspace/Searches/Index?everyone=true"),
        ["GET /Workspace/Searches/{id:guid}"] = Get(StaffPage, $"/Workspace/Searches/{w.PositionX}"),

        ["GET /api/v1/candidates"] = Get(StaffApi, "/api/v1/candidates"),
        ["GET /api/v1/talent"] = Get(StaffApi, "/api/v1/talent?q=project%20manager"),
        ["GET /api/v1/talent/saved"] = Get(StaffApi, "/api/v1/talent/saved"),
        ["GET /api/v1/talent/alerts"] = Get(StaffApi, "/api/v1/talent/alerts"),
        ["POST /api/v1/talent/saved"] = Send(StaffApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/talent/saved",
            new { name = Unique("matrix"), search = new { q = "\"project manager\" OR PMP" }, alerts = false }))),
        // Saved searches are their owner's alone: another person's (here one that does not exist) is not found.
        ["GET /api/v1/talent/saved/{id:guid}/results"] = Get(["401", "403", "403", "403", "403", "404", "404"], $"/api/v1/talent/saved/{Guid.NewGuid()}/results"),
        ["DELETE /api/v1/talent/saved/{id:guid}"] = Send(["401", "403", "403", "403", "403", "404", "404"], HttpMethod.Delete,
            _ => Task.FromResult<(string, object?)>(($"/api/v1/talent/saved/{Guid.NewGuid()}", null))),
        ["GET /api/v1/candidates/{id:guid}"] = Get(CandidateAApi, $"/api/v1/candidates/{w.CandidateA}"),
        ["POST /api/v1/candidates"] = Send(StaffApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/candidates",
            new { firstName = "New", lastName = "Person", email = Unique("cand") + "@world.test" }))),
        ["PUT /api/v1/candidates/{id:guid}"] = Send(CandidateAApi, HttpMethod.Put, async c => ($"/api/v1/candidates/{w.CandidateA}",
            new { firstName = "Ada", lastName = "Archer", email = "candidatea@world.test", version = await c.App.WithDbAsync(db => db.Candidates.Where(x => x.Id == w.CandidateA).Select(x => x.Version).SingleAsync()) })),

        ["GET /api/v1/taxonomy"] = Get(SignedIn, "/api/v1/taxonomy?q=ehr"),
        ["GET /api/v1/taxonomy/{code}"] = Get(SignedIn, "/api/v1/taxonomy/epic"),
        ["POST /api/v1/taxonomy"] = Send(AdminApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/taxonomy",
            new { code = Unique("skill-"), name = "A new skill", category = "Skill" }))),
        ["PUT /api/v1/taxonomy/{code}"] = Send(AdminApi, HttpMethod.Put, async c => ("/api/v1/taxonomy/hipaa",
            new { name = "HIPAA", category = "Regulation", parentCode = "healthcare", version = await c.App.WithDbAsync(db => db.TaxonomyEntries.Where(t => t.Code == "hipaa").Select(t => t.Version).SingleAsync()) })),
        ["GET /api/v1/taxonomy/playbooks"] = Get(SignedIn, "/api/v1/taxonomy/playbooks"),
        ["PUT /api/v1/taxonomy/playbooks/{industry}"] = Send(AdminApi, HttpMethod.Put, async c => ("/api/v1/taxonomy/playbooks/healthcare",
            new { items = new[] { new { taxonomyCode = "hipaa", importance = "Must", weight = 3 } }, version = await c.App.WithDbAsync(db => db.IndustryPlaybooks.Where(p => p.IndustryCode == "healthcare").Select(p => (long?)p.Version).SingleOrDefaultAsync()) })),

        // Upload before download and re-parse: those need a stored résumé.
        ["POST /api/v1/candidates/{id:guid}/resume"] = Upload(CandidateAApi, $"/api/v1/candidates/{w.CandidateA}/resume"),
        ["GET /api/v1/candidates/{id:guid}/resume"] = Get(CandidateAApi, $"/api/v1/candidates/{w.CandidateA}/resume"),
        ["POST /api/v1/candidates/{id:guid}/reparse"] = Send(StaffOnlyOnCandidateA, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(($"/api/v1/candidates/{w.CandidateA}/reparse", null))),
        ["POST /api/v1/candidates/import"] = Upload(StaffApi, "/api/v1/candidates/import"),
        ["POST /api/v1/positions/parse"] = Upload(StaffApi, "/api/v1/positions/parse"),

        ["GET /"] = Get(PublicPage, "/"),
        ["GET /jobs"] = Get(PublicPage, "/jobs?q=pmp"),
        ["GET /jobs/{id:guid}/{slug?}"] = Get(PublicPage, $"/jobs/{w.PositionX}"),
        ["GET /jobs/sitemap.xml"] = Get(Public, "/jobs/sitemap.xml"),
        ["GET /jobs/feed.atom"] = Get(Public, "/jobs/feed.atom"),
        ["GET /robots.txt"] = Get(Public, "/robots.txt"),
        ["GET /privacy"] = Get(PublicPage, "/privacy"),
        ["GET /api/v1/jobs"] = Get(Public, "/api/v1/jobs?q=pmp"),
        ["GET /api/v1/jobs/{id:guid}"] = Get(Public, $"/api/v1/jobs/{w.PositionX}"),
        ["GET /Account/Login"] = Get(PublicPage, "/Account/Login"),
        ["GET /Account/Register"] = Get(PublicPage, "/Account/Register"),
        ["GET /Account/AcceptInvitation"] = Get(PublicPage, "/Account/AcceptInvitation"),
        ["GET /Account/AccessDenied"] = Get(PublicPage, "/Account/AccessDenied"),
        ["GET /Account/ForgotPassword"] = Get(PublicPage, "/Account/ForgotPassword"),
        ["GET /Account/ResetPassword"] = Get(PublicPage, "/Account/ResetPassword?email=x%40world.test&token=abc"),
        ["GET /Portal/Profile"] = Get(CandidatePage, "/Portal/Profile"),
        ["GET /Account/Logout"] = Get(SignedInPage, "/Account/Logout"),
        ["GET /Admin"] = Get(AdminPage, "/Admin"),
        ["GET /Admin/Index"] = Get(AdminPage, "/Admin/Index"),
        ["GET /Admin/Audit"] = Get(AdminPage, "/Admin/Audit"),
        ["GET /Admin/Taxonomy"] = Get(AdminPage, "/Admin/Taxonomy?q=epic"),
        ["GET /Admin/TaxonomyEdit/{code?}"] = Get(AdminPage, "/Admin/TaxonomyEdit/epic"),
        ["GET /Admin/PlaybookEdit/{industry?}"] = Get(AdminPage, "/Admin/PlaybookEdit/healthcare"),
        ["GET /Workspace"] = Get(StaffPage, "/Workspace"),
        ["GET /Workspace/Index"] = Get(StaffPage, "/Workspace/Index"),
        ["GET /Positions"] = Get(StaffPage, "/Positions"),
        ["GET /Positions/Index"] = Get(StaffPage, "/Positions/Index"),
        ["GET /Positions/{id:guid}"] = Get(StaffPage, $"/Positions/{w.PositionX}"),
        ["GET /Candidates"] = Get(StaffPage, "/Candidates"),
        ["GET /Candidates/Index"] = Get(StaffPage, "/Candidates/Index"),
        ["GET /Candidates/{id:guid}"] = Get(StaffPage, $"/Candidates/{w.CandidateA}"),
        ["GET /Candidates/{id:guid}/Edit"] = Get(StaffPage, $"/Candidates/{w.CandidateA}/Edit"),
        ["GET /Organizations"] = Get(StaffPage, "/Organizations"),
        ["GET /Organizations/Index"] = Get(StaffPage, "/Organizations/Index"),
        ["GET /Client"] = Get(ClientPage, "/Client"),
        ["GET /Client/Index"] = Get(ClientPage, "/Client/Index"),
        ["GET /Portal"] = Get(CandidatePage, "/Portal"),
        ["GET /Portal/Recommendations"] = Get(CandidatePage, "/Portal/Recommendations"),
        ["GET /Positions/Match/{id:guid}"] = Get(StaffPage, $"/Positions/Match/{w.PositionX}"),
        ["GET /Candidates/Matches/{id:guid}"] = Get(StaffPage, $"/Candidates/Matches/{w.CandidateA}"),

        ["GET /api/v1/positions/{id:guid}/matches"] = Get(StaffApi, $"/api/v1/positions/{w.PositionX}/matches"),
        ["POST /api/v1/positions/{id:guid}/matches"] = Send(StaffApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(($"/api/v1/positions/{w.PositionX}/matches",
            new { requirements = new[] { new { taxonomyCode = "pmp", label = "PMP", importance = "Must", weight = 2 } } }))),
        ["PUT /api/v1/positions/{id:guid}/requirements"] = Send(StaffApi, HttpMethod.Put, async c => ($"/api/v1/positions/{w.PositionY}/requirements",
            new { requirements = new[] { new { taxonomyCode = "pmp", label = "PMP", importance = "Must", weight = 2 } }, version = await c.App.WithDbAsync(db => db.Positions.Where(p => p.Id == w.PositionY).Select(p => p.Version).SingleAsync()) })),
        ["POST /api/v1/positions/{id:guid}/pipeline"] = Send(StaffApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(($"/api/v1/positions/{w.PositionY}/pipeline", new { candidateId = w.CandidateB }))),
        ["GET /api/v1/candidates/{id:guid}/matches"] = Get(StaffApi, $"/api/v1/candidates/{w.CandidateA}/matches"),
        ["GET /api/v1/me/recommendations"] = Get(["401", "ok", "ok", "403", "403", "403", "403"], "/api/v1/me/recommendations"),
        ["GET /Portal/Index"] = Get(CandidatePage, "/Portal/Index"),

        ["GET /jobs/{id:guid}/{slug}/apply"] = Get(PublicPage, $"/jobs/{w.PositionX}/apply-here/apply"),
        ["GET /Portal/Applications"] = Get(CandidatePage, "/Portal/Applications"),
        // A new open position each time, so each candidate applies once and succeeds.
        ["POST /api/v1/jobs/{id:guid}/applications"] = Send(CandidateOnlyApi, HttpMethod.Post, async c => ($"/api/v1/jobs/{await NewPositionAsync(c.App, w, publish: true)}/applications",
            new { noticeVersion = Shortlist.Web.Features.Legal.PrivacyNotice.Version })),
        ["GET /api/v1/me/applications"] = Get(CandidateOnlyApi, "/api/v1/me/applications"),
        // An application of candidate A each time: A withdraws it, B does not find it.
        ["POST /api/v1/me/applications/{id:guid}/withdraw"] = Send(["401", "ok", "404", "403", "403", "403", "403"], HttpMethod.Post,
            async c => ($"/api/v1/me/applications/{await NewApplicationAsync(c.App, w)}/withdraw", null)),
        ["GET /Portal/Conversations"] = Get(CandidatePage, "/Portal/Conversations"),
        ["GET /Portal/Privacy"] = Get(CandidatePage, "/Portal/Privacy"),
        ["GET /Workspace/Conversations"] = Get(StaffPage, "/Workspace/Conversations"),
        ["GET /Workspace/Talent"] = Get(StaffPage, "/Workspace/Talent?q=project%20manager"),
        ["GET /Workspace/SavedSearches"] = Get(StaffPage, "/Workspace/SavedSearches"),
        ["GET /privacy/erased"] = Get(PublicPage, "/privacy/erased"),
        ["GET /api/v1/me/conversations"] = Get(CandidateOnlyApi, "/api/v1/me/conversations"),
        ["POST /api/v1/me/conversations"] = Send(CandidateOnlyApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/me/conversations",
            new { topics = new[] { "Next role" }, preferredTimes = "Weekday mornings" }))),
        ["POST /api/v1/me/conversations/{id:guid}/cancel"] = Send(["401", "ok", "404", "403", "403", "403", "403"], HttpMethod.Post,
            async c => ($"/api/v1/me/conversations/{await NewConversationAsync(c.App, w.CandidateA)}/cancel", null)),
        ["GET /api/v1/conversations"] = Get(StaffApi, "/api/v1/conversations?status=open"),
        ["POST /api/v1/conversations/{id:guid}/proposal"] = Send(StaffApi, HttpMethod.Post, async c => ($"/api/v1/conversations/{await NewConversationAsync(c.App, w.CandidateA)}/proposal",
            new { localStart = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(10).ToString("yyyy-MM-ddT10:00", System.Globalization.CultureInfo.InvariantCulture), timeZone = "Europe/London", durationMinutes = 30 })),
        ["GET /api/v1/me/export"] = Get(CandidateOnlyApi, "/api/v1/me/export"),
        // A wrong password: the candidates' own erasure answers 400 and erases nothing.
        ["DELETE /api/v1/me"] = Send(["401", "400", "400", "403", "403", "403", "403"], HttpMethod.Delete, _ => Task.FromResult<(string, object?)>(("/api/v1/me",
            new { password = "not-the-password" }))),
        ["GET /api/v1/candidates/{id:guid}/export"] = Get(AdminApi, $"/api/v1/candidates/{w.CandidateA}/export"),
        ["POST /api/v1/candidates/{id:guid}/erase"] = Send(AdminApi, HttpMethod.Post, async c => ($"/api/v1/candidates/{await NewCandidateAsync(c.App)}/erase", null)),

        ["GET /search-requests/new"] = Get(PublicPage, "/search-requests/new"),
        ["GET /search-requests/sent"] = Get(PublicPage, "/search-requests/sent"),
        ["GET /search-requests/verify"] = Get(["400", "400", "400", "400", "400", "400", "400"], "/search-requests/verify?token=not-a-real-token"),
        ["GET /Client/Requests"] = Get(ClientPage, "/Client/Requests"),
        ["GET /Client/Requests/Index"] = Get(ClientPage, "/Client/Requests/Index"),
        ["GET /Client/Requests/New"] = Get(ClientPage, "/Client/Requests/New"),
        ["GET /Workspace/Requests"] = Get(StaffPage, "/Workspace/Requests"),
        ["GET /Workspace/Requests/Index"] = Get(StaffPage, "/Workspace/Requests/Index"),
        ["GET /Workspace/Requests/{id:guid}"] = new(StaffPage, async c => new HttpRequestMessage(HttpMethod.Get, $"/Workspace/Requests/{await NewSearchRequestAsync(c.App, w)}")),
        ["POST /api/v1/search-requests"] = Send(ClientListApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/search-requests", new
        {
            title = "Matrix request", industry = "healthcare", workplace = "Remote", engagement = "Contract", mustHaveCodes = new[] { "pmp" }, organizationId = w.OrganizationX,
        }))),
        ["GET /api/v1/search-requests"] = Get(ClientListApi, "/api/v1/search-requests"),
        ["GET /api/v1/search-requests/{id:guid}"] = new(OrgXApi, async c => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/search-requests/{await NewSearchRequestAsync(c.App, w)}")),
        ["POST /api/v1/search-requests/{id:guid}/qualify"] = Send(StaffApi, HttpMethod.Post, async c => ($"/api/v1/search-requests/{await NewSearchRequestAsync(c.App, w)}/qualify", new { title = "Matrix position" })),
        ["POST /api/v1/search-requests/{id:guid}/decline"] = Send(StaffApi, HttpMethod.Post, async c => ($"/api/v1/search-requests/{await NewSearchRequestAsync(c.App, w)}/decline", new { reason = "Not our field." })),
        ["GET /api/v1/taxonomy/playbooks/{industry}"] = Get(Public, "/api/v1/taxonomy/playbooks/healthcare"),

        // The client portal: hiring managers only; organization Y's manager finds none of X's records.
        ["GET /Client/Colleagues"] = Get(ClientPage, "/Client/Colleagues"),
        ["GET /Client/Positions/{id:guid}"] = new(ClientPageX, async c => new HttpRequestMessage(HttpMethod.Get, $"/Client/Positions/{(await Features.ClientWorld.NewSubmissionAsync(c.App, w.OrganizationX)).Position}")),
        ["GET /Client/Positions/{id:guid}/Candidates/{applicationId:guid}"] = new(ClientPageX, async c =>
        {
            var (position, application) = await Features.ClientWorld.NewSubmissionAsync(c.App, w.OrganizationX);
            return new HttpRequestMessage(HttpMethod.Get, $"/Client/Positions/{position}/Candidates/{application}");
        }),
        ["GET /Workspace/Positions/{positionId:guid}/Submit/{applicationId:guid}"] = new(StaffPage, async c =>
        {
            var position = await Features.ClientWorld.NewPositionAsync(c.App, w.OrganizationX);
            return new HttpRequestMessage(HttpMethod.Get, $"/Workspace/Positions/{position}/Submit/{await Features.ClientWorld.NewApplicationAsync(c.App, position, w.CandidateA)}");
        }),
        ["GET /api/v1/client/dashboard"] = Get(ClientApi, "/api/v1/client/dashboard"),
        ["GET /api/v1/client/positions/{id:guid}"] = new(ClientApiX, async c => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/client/positions/{(await Features.ClientWorld.NewSubmissionAsync(c.App, w.OrganizationX)).Position}")),
        ["GET /api/v1/client/positions/{id:guid}/candidates/{applicationId:guid}"] = new(ClientApiX, async c => new HttpRequestMessage(HttpMethod.Get, await SubmittedAsync(c.App, w, ""))),
        // The shared file is served once revealed: each request reveals first (as X's manager), then asks.
        ["GET /api/v1/client/positions/{id:guid}/candidates/{applicationId:guid}/resume"] = new(ClientApiX, async c =>
        {
            var (position, application) = await Features.ClientWorld.NewSubmissionAsync(c.App, w.OrganizationX);
            await c.App.WithDbAsync(async db =>
            {
                var s = await db.Submissions.SingleAsync(x => x.ApplicationId == application);
                var fileId = await db.Candidates.Where(x => x.Id == s.CandidateId).Select(x => x.ResumeFileId).SingleAsync();
                db.Entry(s).Property(x => x.ResumeFileId).CurrentValue = fileId;
                db.CandidateReveals.Add(new Domain.Organizations.CandidateReveal(w.OrganizationX, s.CandidateId, null, TimeProvider.System.GetUtcNow()));
                return await db.SaveChangesAsync();
            });
            return new HttpRequestMessage(HttpMethod.Get, $"/api/v1/client/positions/{position}/candidates/{application}/resume");
        }),
        ["POST /api/v1/client/positions/{id:guid}/candidates/{applicationId:guid}/reveal"] = Send(ClientApiX, HttpMethod.Post, async c => (await SubmittedAsync(c.App, w, "/reveal"), null)),
        ["POST /api/v1/client/positions/{id:guid}/candidates/{applicationId:guid}/feedback"] = Send(ClientApiX, HttpMethod.Post, async c => (await SubmittedAsync(c.App, w, "/feedback"),
            new { verdict = "Hold", comment = "Matrix" })),
        ["POST /api/v1/client/positions/{id:guid}/candidates/{applicationId:guid}/slots"] = Send(ClientApiX, HttpMethod.Post, async c => (await SubmittedAsync(c.App, w, "/slots"),
            new { slots = new[] { new { start = TimeProvider.System.GetUtcNow().AddDays(9), durationMinutes = 30 } } })),
        ["GET /api/v1/client/colleagues"] = Get(ClientApi, "/api/v1/client/colleagues"),
        ["POST /api/v1/client/colleagues/invitations"] = Send(ClientApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/client/colleagues/invitations",
            new { email = Unique("colleague") + "@world.test" }))),
        ["POST /api/v1/client/colleagues/{userId:guid}/administrator"] = Send(ClientApiX, HttpMethod.Post, async c => ($"/api/v1/client/colleagues/{await NewHiringManagerAsync(c.App, w.OrganizationX)}/administrator", null)),
        ["DELETE /api/v1/client/colleagues/{userId:guid}"] = Send(ClientApiX, HttpMethod.Delete, async c => ($"/api/v1/client/colleagues/{await NewHiringManagerAsync(c.App, w.OrganizationX)}", null)),
        ["GET /api/v1/positions/{id:guid}/applications"] = Get(StaffApi, $"/api/v1/positions/{w.PositionX}/applications"),
        ["POST /api/v1/positions/{id:guid}/applications/{applicationId:guid}/submit"] = Send(StaffApi, HttpMethod.Post, async c =>
        {
            var position = await Features.ClientWorld.NewPositionAsync(c.App, w.OrganizationX);
            return ($"/api/v1/positions/{position}/applications/{await Features.ClientWorld.NewApplicationAsync(c.App, position, w.CandidateA)}/submit", new { share = new[] { "Requirements" }, note = "Matrix" });
        }),
        ["POST /api/v1/positions/{id:guid}/applications/{applicationId:guid}/interview"] = Send(StaffApi, HttpMethod.Post, async c =>
        {
            var (position, application) = await Features.ClientWorld.NewSubmissionAsync(c.App, w.OrganizationX, slots: true);
            return ($"/api/v1/positions/{position}/applications/{application}/interview", new { slot = 0 });
        }),
        ["POST /api/v1/positions/{id:guid}/applications/{applicationId:guid}/close-declined"] = Send(StaffApi, HttpMethod.Post, async c =>
        {
            var (position, application) = await Features.ClientWorld.NewSubmissionAsync(c.App, w.OrganizationX, declined: true);
            return ($"/api/v1/positions/{position}/applications/{application}/close-declined", null);
        }),
        ["PUT /api/v1/positions/{id:guid}/blind-review"] = Send(StaffApi, HttpMethod.Put, _ => Task.FromResult<(string, object?)>(($"/api/v1/positions/{w.PositionY}/blind-review", new { blindReview = (bool?)null }))),

        // Notifications: everyone signed in has their own; each reads one of their own.
        ["GET /Notifications"] = Get(SignedInPage, "/Notifications"),
        ["GET /Notifications/Index"] = Get(SignedInPage, "/Notifications/Index"),
        ["GET /api/v1/me/notifications"] = Get(SignedIn, "/api/v1/me/notifications"),
        ["POST /api/v1/me/notifications/{id:guid}/read"] = Send(SignedIn, HttpMethod.Post, async c => ($"/api/v1/me/notifications/{await NotificationForAsync(c.App, c.Persona)}/read", null)),
        ["POST /api/v1/me/notifications/read-all"] = Send(SignedIn, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/me/notifications/read-all", null))),
        ["GET /api/v1/me/notification-preferences"] = Get(SignedIn, "/api/v1/me/notification-preferences"),
        ["PUT /api/v1/me/notification-preferences"] = Send(SignedIn, HttpMethod.Put, _ => Task.FromResult<(string, object?)>(("/api/v1/me/notification-preferences", new { email = true }))),

        // The e-mail outbox: administrators only.
        ["GET /Admin/Mail"] = Get(AdminPage, "/Admin/Mail"),
        ["GET /api/v1/admin/mail"] = Get(AdminApi, "/api/v1/admin/mail?status=failed"),
        ["POST /api/v1/admin/mail/{id:guid}/retry"] = Send(AdminApi, HttpMethod.Post, async c => ($"/api/v1/admin/mail/{await FailedMailAsync(c.App)}/retry", null)),
        ["POST /api/v1/admin/mail/retry-failed"] = Send(AdminApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/admin/mail/retry-failed", null))),

        // Duplicate candidates: staff only; each merge or dismissal works on a fresh pair of two records without accounts.
        ["GET /Workspace/Duplicates"] = Get(StaffPage, "/Workspace/Duplicates"),
        ["GET /Workspace/Duplicates/Index"] = Get(StaffPage, "/Workspace/Duplicates/Index?status=dismissed"),
        ["GET /Workspace/Duplicates/{id:guid}"] = new(StaffPage, async c => new HttpRequestMessage(HttpMethod.Get, $"/Workspace/Duplicates/{(await NewDuplicatePairAsync(c.App)).Pair}")),
        ["GET /api/v1/duplicates"] = Get(StaffApi, "/api/v1/duplicates"),
        ["GET /api/v1/duplicates/{id:guid}"] = new(StaffApi, async c => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/duplicates/{(await NewDuplicatePairAsync(c.App)).Pair}")),
        ["POST /api/v1/duplicates/{id:guid}/merge"] = Send(StaffApi, HttpMethod.Post, async c =>
        {
            var (pair, first) = await NewDuplicatePairAsync(c.App);
            return ($"/api/v1/duplicates/{pair}/merge", new { survivorId = first, version = 1 });
        }),
        ["POST /api/v1/duplicates/{id:guid}/dismiss"] = Send(StaffApi, HttpMethod.Post, async c => ($"/api/v1/duplicates/{(await NewDuplicatePairAsync(c.App)).Pair}/dismiss", null)),

        // Engagements: candidate A's engagement at organization X. B and Y do not find it; only X's hiring manager decides on its weeks.
        ["GET /Workspace/Engagements"] = Get(StaffPage, "/Workspace/Engagements"),
        ["GET /Workspace/Engagements/Index"] = Get(StaffPage, "/Workspace/Engagements/Index"),
        ["GET /Workspace/Engagements/{id:guid}"] = new(StaffPage, async c => new HttpRequestMessage(HttpMethod.Get, $"/Workspace/Engagements/{(await SharedEngagementAsync(c.App, w)).EngagementId}")),
        ["GET /Portal/Timesheets"] = Get(CandidatePage, "/Portal/Timesheets"),
        ["GET /Client/Timesheets"] = Get(ClientPage, "/Client/Timesheets"),
        ["GET /api/v1/engagements"] = Get(SignedIn, "/api/v1/engagements"),
        ["GET /api/v1/engagements/{id:guid}"] = new(OnEngagementOfA, async c => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/engagements/{(await SharedEngagementAsync(c.App, w)).EngagementId}")),
        ["POST /api/v1/engagements"] = Send(StaffApi, HttpMethod.Post, async c => ("/api/v1/engagements",
            new { placementId = (await NewEngagementAsync(c.App, w, withEngagement: false)).PlacementId, end = EngagementSeed.Today.AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), billRate = 100, hoursBudget = 400 })),
        ["PUT /api/v1/engagements/{id:guid}"] = Send(StaffApi, HttpMethod.Put, async c =>
        {
            var e = await NewEngagementAsync(c.App, w, withEngagement: true);
            return ($"/api/v1/engagements/{e.EngagementId}", new { end = e.End.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), hoursBudget = 500, billRate = 110, version = 1 });
        }),
        ["GET /api/v1/engagements/{id:guid}/timesheets/{week}"] = new(OnEngagementOfA, async c => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/engagements/{(await SharedEngagementAsync(c.App, w)).EngagementId}/timesheets/{Week(EngagementSeed.Today)}")),
        ["PUT /api/v1/engagements/{id:guid}/timesheets/{week}"] = Send(EnterHoursOfA, HttpMethod.Put, async c => ($"/api/v1/engagements/{(await SharedEngagementAsync(c.App, w)).EngagementId}/timesheets/{Week(EngagementSeed.Today)}",
            new { days = new[] { new { date = Week(EngagementSeed.Today), hours = 8 } } })),
        ["POST /api/v1/engagements/{id:guid}/timesheets/{week}/submit"] = Send(EnterHoursOfA, HttpMethod.Post, async c => ($"/api/v1/engagements/{(await WeekOfAAsync(c.App, w, submitted: false)).EngagementId}/timesheets/{Week(EngagementSeed.Today.AddDays(-7))}/submit", null)),
        ["GET /api/v1/timesheets"] = Get(SignedIn, "/api/v1/timesheets"),
        ["POST /api/v1/timesheets/{id:guid}/approve"] = Send(DecideOnA, HttpMethod.Post, async c => ($"/api/v1/timesheets/{(await WeekOfAAsync(c.App, w, submitted: true)).TimesheetId}/approve", null)),
        ["POST /api/v1/timesheets/{id:guid}/reject"] = Send(DecideOnA, HttpMethod.Post, async c => ($"/api/v1/timesheets/{(await WeekOfAAsync(c.App, w, submitted: true)).TimesheetId}/reject", new { reason = "Wrong week." })),

        // Account security: everyone signed in manages their own tokens and two-factor; a token of candidate A is not found by anyone else.
        ["GET /api/v1/me/tokens"] = Get(SignedIn, "/api/v1/me/tokens"),
        ["POST /api/v1/me/tokens"] = Send(SignedIn, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/me/tokens",
            new { name = Unique("matrix "), scopes = new[] { "read" }, expiresInDays = 1 }))),
        ["DELETE /api/v1/me/tokens/{id:guid}"] = Send(["401", "ok", "404", "404", "404", "404", "404"], HttpMethod.Delete,
            async c => ($"/api/v1/me/tokens/{await NewAccessTokenAsync(c.App, w.EmailOf(Persona.CandidateA))}", null)),
        ["GET /api/v1/me/two-factor"] = Get(SignedIn, "/api/v1/me/two-factor"),
        // A wrong code (enable), two-factor being off (new recovery codes, disable): refused alike for everyone signed in.
        ["POST /api/v1/me/two-factor/enable"] = Send(["401", "400", "400", "400", "400", "400", "400"], HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/me/two-factor/enable", new { code = "00000x" }))),
        ["POST /api/v1/me/two-factor/recovery-codes"] = Send(["401", "409", "409", "409", "409", "409", "409"], HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/me/two-factor/recovery-codes", null))),
        ["POST /api/v1/me/two-factor/disable"] = Send(["401", "400", "400", "400", "400", "400", "400"], HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/me/two-factor/disable", new { code = "000000" }))),
        ["GET /api/v1/me/consent"] = Get(CandidateOnlyApi, "/api/v1/me/consent"),
        ["POST /api/v1/me/consent"] = Send(CandidateOnlyApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/me/consent", new { noticeVersion = Web.Features.Legal.PrivacyNotice.Version }))),
        ["GET /Account/LoginWith2fa"] = Get(["login", "login", "login", "login", "login", "login", "login"], "/Account/LoginWith2fa"),
        ["GET /Account/TwoFactor"] = Get(SignedInPage, "/Account/TwoFactor"),
        ["GET /Account/Tokens"] = Get(SignedInPage, "/Account/Tokens"),
        ["GET /Account/Consent"] = Get(CandidatePage, "/Account/Consent"),
        // Activities and message templates: staff only; templates are changed by administrators.
        ["GET /api/v1/activities"] = Get(StaffApi, $"/api/v1/activities?subject=candidate&id={w.CandidateA}"),
        ["POST /api/v1/activities"] = Send(StaffApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/activities",
            new { subject = "organization", subjectId = w.OrganizationX, kind = "note", text = "Matrix note" }))),
        ["POST /api/v1/activities/email/preview"] = Send(StaffApi, HttpMethod.Post, async c => ("/api/v1/activities/email/preview",
            new { templateId = await NewTemplateAsync(c.App), candidateId = w.CandidateA, positionId = w.PositionX })),
        ["POST /api/v1/activities/email"] = Send(StaffApi, HttpMethod.Post, async c => ("/api/v1/activities/email",
            new { templateId = await NewTemplateAsync(c.App), candidateId = w.CandidateA, positionId = w.PositionX })),
        ["GET /api/v1/message-templates"] = Get(StaffApi, "/api/v1/message-templates"),
        ["GET /api/v1/message-templates/{id:guid}"] = new(StaffApi, async c => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/message-templates/{await NewTemplateAsync(c.App)}")),
        ["POST /api/v1/message-templates"] = Send(AdminApi, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/message-templates",
            new { name = Unique("Matrix "), subject = "Hello", body = "Hello {{candidate.firstName}}" }))),
        ["PUT /api/v1/message-templates/{id:guid}"] = Send(AdminApi, HttpMethod.Put, async c => ($"/api/v1/message-templates/{await NewTemplateAsync(c.App)}",
            new { name = Unique("Matrix "), subject = "Hello again", body = "Hello {{candidate.fullName}}", version = 1 })),
        ["DELETE /api/v1/message-templates/{id:guid}"] = new(AdminApi, async c => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/message-templates/{await NewTemplateAsync(c.App)}?version=1")),
        ["GET /Activities/Log"] = Get(StaffPage, $"/Activities/Log?Subject=candidate&SubjectId={w.CandidateA}"),
        ["GET /Activities/Email"] = Get(StaffPage, $"/Activities/Email?CandidateId={w.CandidateA}"),
        ["GET /Admin/Templates"] = Get(AdminPage, "/Admin/Templates"),
        ["GET /Admin/TemplateEdit/{id:guid}"] = new(AdminPage, async c => new HttpRequestMessage(HttpMethod.Get, $"/Admin/TemplateEdit/{await NewTemplateAsync(c.App)}")),
        ["GET /Organizations/{id:guid}"] = Get(StaffPage, $"/Organizations/{w.OrganizationX}"),
        // Last, as they change each persona's security stamp, which ends its browser sessions: a new authenticator key,
        // and signing out everywhere (its bearer access token stays valid until it expires).
        ["POST /api/v1/me/two-factor/setup"] = Send(SignedIn, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/me/two-factor/setup", null))),
        // Signing out everywhere ends every session and access token of the persona: keep this row last (the test then
        // makes the fixture sign its personas in again).
        ["POST /api/v1/me/sign-out"] = Send(SignedIn, HttpMethod.Post, _ => Task.FromResult<(string, object?)>(("/api/v1/me/sign-out", null))),
    };

    private static readonly string[] ClientApi = ["401", "403", "403", "ok", "ok", "403", "403"];
    private static readonly string[] ClientApiX = ["401", "403", "403", "ok", "404", "403", "403"];
    private static readonly string[] ClientPageX = ["login", "denied", "denied", "ok", "404", "denied", "denied"];

    /// <summary>The URL of a fresh submission of organization X, plus <paramref name="suffix"/>.</summary>
    private static async Task<string> SubmittedAsync(AppFixture app, World w, string suffix)
    {
        var (position, application) = await Features.ClientWorld.NewSubmissionAsync(app, w.OrganizationX);
        return $"/api/v1/client/positions/{position}/candidates/{application}{suffix}";
    }

    /// <summary>A fresh message template naming the candidate, the position and its organization (version 1).</summary>
    public static Task<Guid> NewTemplateAsync(AppFixture app) => app.WithDbAsync(async db =>
    {
        var template = new Domain.Activities.MessageTemplate(Unique("Template "), "{{position.title}} at {{organization.name}}",
            "Hello {{candidate.firstName}},\n\nAbout {{position.title}} at {{organization.name}}.\n\n{{recruiter.name}}", TimeProvider.System.GetUtcNow());
        db.MessageTemplates.Add(template);
        await db.SaveChangesAsync();
        return template.Id;
    });

    private static async Task<Guid> NewHiringManagerAsync(AppFixture app, Guid organizationId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<Web.Auth.AccountService>();
        var result = await accounts.CreateUserAsync(Unique("hm") + "@world.test", World.Password, "Matrix colleague", Domain.Common.Roles.HiringManager, organizationId);
        return result.UserId ?? throw new InvalidOperationException(string.Join("; ", result.Errors.SelectMany(e => e.Value)));
    }

    /// <summary>Two fresh records with the same e-mail address and their pending pair.</summary>
    private static Task<(Guid Pair, Guid First)> NewDuplicatePairAsync(AppFixture app) => app.WithDbAsync(async db =>
    {
        var now = TimeProvider.System.GetUtcNow();
        var email = Unique("twin") + "@world.test";
        var a = new Domain.Candidates.Candidate("Matrix", "Twin", email, now);
        var b = new Domain.Candidates.Candidate("Matrix", "Twin", email, now);
        db.Candidates.AddRange(a, b);
        var pair = new Domain.Duplicates.DuplicatePair(a.Id, b.Id, ["same e-mail"], now);
        db.DuplicatePairs.Add(pair);
        await db.SaveChangesAsync();
        return (pair.Id, a.Id);
    });

    private static readonly string[] OnEngagementOfA = ["401", "ok", "404", "ok", "404", "ok", "ok"];
    private static readonly string[] EnterHoursOfA = ["401", "ok", "404", "403", "403", "ok", "ok"];
    private static readonly string[] DecideOnA = ["401", "403", "403", "ok", "404", "403", "403"];

    private static string Week(DateOnly day) => Domain.Engagements.TimesheetWeek.MondayOf(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<AppFixture, Task<EngagementSeed.Seeded>> SharedEngagements = new();

    private static Task<EngagementSeed.Seeded> SharedEngagementAsync(AppFixture app, World w)
        => SharedEngagements.GetOrAdd(app, a => EngagementSeed.CreateAsync(a, w.OrganizationX, w.CandidateA));

    /// <summary>A fresh contract placement of candidate A at X, with or without its engagement.</summary>
    private static async Task<(Guid PlacementId, Guid EngagementId, DateOnly End)> NewEngagementAsync(AppFixture app, World w, bool withEngagement)
    {
        var seeded = await EngagementSeed.CreateAsync(app, w.OrganizationX, w.CandidateA);
        if (!withEngagement) await app.WithDbAsync(db => db.Engagements.Where(e => e.Id == seeded.EngagementId).ExecuteDeleteAsync());
        return (seeded.PlacementId, seeded.EngagementId, seeded.End);
    }

    /// <summary>A fresh engagement of A at X with last week's hours entered (and submitted on request).</summary>
    private static async Task<(Guid EngagementId, Guid TimesheetId)> WeekOfAAsync(AppFixture app, World w, bool submitted)
    {
        var seeded = await EngagementSeed.CreateAsync(app, w.OrganizationX, w.CandidateA);
        return await app.WithDbAsync(async db =>
        {
            var engagement = await db.Engagements.SingleAsync(e => e.Id == seeded.EngagementId);
            var now = TimeProvider.System.GetUtcNow();
            var monday = Domain.Engagements.TimesheetWeek.MondayOf(EngagementSeed.Today.AddDays(-7));
            var week = engagement.OpenWeek(monday, now);
            week.Enter(engagement, [new Domain.Engagements.TimesheetDay(monday, 8)], now);
            if (submitted) week.Submit(now);
            db.Timesheets.Add(week);
            await db.SaveChangesAsync();
            return (engagement.Id, week.Id);
        });
    }

    private static Task<Guid> NotificationForAsync(AppFixture app, Persona persona) => app.WithDbAsync(async db =>
    {
        var email = app.World.EmailOf(persona);
        var userId = await db.Users.Where(u => u.Email == email).Select(u => (Guid?)u.Id).FirstOrDefaultAsync();
        if (userId is null) return Guid.NewGuid();
        var n = new Domain.Notifications.Notification(userId.Value, "matrix", "A notification for the matrix.", null, TimeProvider.System.GetUtcNow());
        db.Notifications.Add(n);
        await db.SaveChangesAsync();
        return n.Id;
    });

    private static Task<Guid> FailedMailAsync(AppFixture app) => app.WithDbAsync(async db =>
    {
        var now = TimeProvider.System.GetUtcNow();
        var m = new Shortlist.Data.Mail.OutboxMessage { To = "failed@world.test", Subject = "Failed", Content = "Subject: Failed\r\n\r\nx", Status = Shortlist.Data.Mail.OutboxStatus.Failed, CreatedAt = now, NextAttemptAt = now.AddYears(1), Attempts = 3 };
        db.Outbox.Add(m);
        await db.SaveChangesAsync();
        return m.Id;
    });

    private static Task<Guid> NewAccessTokenAsync(AppFixture app, string email) => app.WithDbAsync(async db =>
    {
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var token = new Shortlist.Data.Identity.PersonalAccessToken
        {
            UserId = userId, Name = Unique("matrix "), Scopes = "read", TokenHash = Guid.NewGuid().ToString("N"), Prefix = "slp_x",
            CreatedAt = TimeProvider.System.GetUtcNow(), ExpiresAt = TimeProvider.System.GetUtcNow().AddDays(1),
        };
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync();
        return token.Id;
    });

    private static readonly string[] CandidateOnlyApi = ["401", "ok", "ok", "403", "403", "403", "403"];

    private static async Task<Guid> NewApplicationAsync(AppFixture app, World w)
    {
        var position = await NewPositionAsync(app, w, publish: true);
        return await app.WithDbAsync(async db =>
        {
            var a = new Shortlist.Domain.Pipeline.Application(position, w.CandidateA, Shortlist.Domain.Pipeline.ApplicationOrigin.Applied, TimeProvider.System.GetUtcNow());
            db.Applications.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });
    }
    /// <summary>A sourced application of candidate A on a new open position, moved through the stages to <paramref name="stage"/>.</summary>
    private static async Task<(Guid Position, Guid Application, long Version)> NewApplicationInAsync(AppFixture app, World w, Shortlist.Domain.Pipeline.Stage stage)
    {
        var position = await NewPositionAsync(app, w, publish: true);
        return await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var a = new Shortlist.Domain.Pipeline.Application(position, w.CandidateA, Shortlist.Domain.Pipeline.ApplicationOrigin.Sourced, now);
            foreach (var next in new[] { Shortlist.Domain.Pipeline.Stage.Screening, Shortlist.Domain.Pipeline.Stage.Submitted, Shortlist.Domain.Pipeline.Stage.ClientReview, Shortlist.Domain.Pipeline.Stage.Offer })
            {
                if (a.Stage == stage) break;
                a.MoveTo(next, now);
            }
            db.Applications.Add(a);
            await db.SaveChangesAsync();
            return (position, a.Id, a.Version);
        });
    }

    /// <summary>An application in client review with an interview scheduled through the domain.</summary>
    private static async Task<(Guid Application, long Version)> NewInterviewAsync(AppFixture app, World w)
    {
        var (_, application, _) = await NewApplicationInAsync(app, w, Shortlist.Domain.Pipeline.Stage.ClientReview);
        return await app.WithDbAsync(async db =>
        {
            var a = await db.Applications.SingleAsync(x => x.Id == application);
            var now = TimeProvider.System.GetUtcNow();
            db.Interviews.Add(a.ScheduleInterview(now.AddDays(5), 30, null, now));
            await db.SaveChangesAsync();
            return (a.Id, a.Version);
        });
    }

    private static Task<Guid> NewConversationAsync(AppFixture app, Guid candidateId) => app.WithDbAsync(async db =>
    {
        var conversation = new Domain.Candidates.CareerConversation(candidateId, ["Next role"], "Mornings", null, TimeProvider.System.GetUtcNow());
        db.CareerConversations.Add(conversation);
        await db.SaveChangesAsync();
        return conversation.Id;
    });

    private static Task<Guid> NewCandidateAsync(AppFixture app) => app.WithDbAsync(async db =>
    {
        var candidate = new Domain.Candidates.Candidate("Throwaway", "Person", Unique("throw") + "@world.test", TimeProvider.System.GetUtcNow());
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync();
        return candidate.Id;
    });
    /// <summary>A fresh, verified, remote search request of organization X (each qualify or decline needs one of its own).</summary>
    private static Task<Guid> NewSearchRequestAsync(AppFixture app, World w) => app.WithDbAsync(async db =>
    {
        var now = TimeProvider.System.GetUtcNow();
        var r = new Domain.Organizations.SearchRequest(w.OrganizationX, null, "Matrix request", "healthcare", new(null, null, null, null, []), [], [], null,
            Domain.Common.WorkplaceMode.Remote, Domain.Common.EngagementTypes.Contract, null, null, null, now);
        r.Specify("it-project-manager", ["pmp"], ["hipaa"], null, null, false, now);
        r.MarkVerified(now);
        db.SearchRequests.Add(r);
        await db.SaveChangesAsync();
        return r.Id;
    });

    private static object PositionBody(Guid organizationId, long? version) => new
    {
        organizationId, title = "Program manager, claims platform", description = "Run the claims platform program.", industry = "insurance",
        workplace = "Remote", engagement = "Contract", requirements = new[] { new { taxonomyCode = "pmp", label = "PMP", importance = "Must", weight = 3 } }, version,
    };

    private static Task<Guid> NewPositionAsync(AppFixture app, World w, bool publish) => app.WithDbAsync(async db =>
    {
        var now = TimeProvider.System.GetUtcNow();
        var p = new Position(w.OrganizationX, "Throwaway position", "For status changes.", "healthcare", now);
        p.SetTerms(null, null, Domain.Common.WorkplaceMode.Remote, Domain.Common.EngagementTypes.Contract, null, false, null, now);
        if (publish) p.Publish(now);
        db.Positions.Add(p);
        await db.SaveChangesAsync();
        return p.Id;
    });

    /// <summary>Every endpoint the app really serves, as "METHOD /pattern"; pages are listed as GET.</summary>
    public static IReadOnlyList<string> Endpoints(IServiceProvider services)
        => services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var pattern = "/" + (e.RoutePattern.RawText ?? "").Trim('/');
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                return methods.Select(m => $"{m} {pattern}");
            })
            .Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Table_CoversEveryEndpointOfTheApp()
    {
        var served = Endpoints(app.Services);
        var table = Table(app.World).Keys.ToHashSet();
        var missing = served.Where(e => !table.Contains(e)).ToList();
        var stale = table.Where(k => !served.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "Endpoints missing from the authorization matrix: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Matrix rows for endpoints the app does not serve: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task EveryEndpoint_ForEveryPersona_AnswersAsTheTableSays()
    {
        var refresh = await RefreshTokenAsync();
        var context = new Context(app, refresh);
        var failures = new List<string>();
        var apiClients = new Dictionary<Persona, HttpClient>();
        var pageClients = new Dictionary<Persona, HttpClient>();
        foreach (var persona in World.Everyone)
        {
            apiClients[persona] = await app.ApiAsync(persona);
            pageClients[persona] = await app.PagesAsync(persona);
        }
        foreach (var (key, row) in Table(app.World))
        {
            for (var i = 0; i < World.Everyone.Count; i++)
            {
                var persona = World.Everyone[i];
                using var request = await row.Request(context with { Persona = persona });
                var isApi = request.RequestUri!.OriginalString.StartsWith("/api/", StringComparison.Ordinal);
                using var response = await (isApi ? apiClients[persona] : pageClients[persona]).SendAsync(request);
                var actual = Classify(response);
                if (actual != row.Expected[i]) failures.Add($"{key} as {persona}: expected {row.Expected[i]}, got {actual} ({(int)response.StatusCode})");
                if (isApi && (int)response.StatusCode >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    failures.Add($"{key} as {persona}: {(int)response.StatusCode} without a ProblemDetails body");
            }
        }
        app.ForgetTokens(); // the sign-out row ended the personas' tokens
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task<string> RefreshTokenAsync()
    {
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = app.World.EmailOf(Persona.CandidateB), password = World.Password });
        var text = await response.Content.ReadAsStringAsync();
        var body = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, System.Text.Json.JsonElement>>(text);
        return body is not null && body.TryGetValue("refreshToken", out var token) ? token.GetString()! : throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
    }

    private static string Classify(HttpResponseMessage response)
    {
        var code = (int)response.StatusCode;
        if (code is >= 200 and < 300) return "ok";
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location?.OriginalString ?? "";
            if (location.Contains("/Account/Login", StringComparison.Ordinal)) return "login";
            if (location.Contains("/Account/AccessDenied", StringComparison.Ordinal)) return "denied";
            return "redirect " + location;
        }
        return code.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class AuthorizationMatrixTestsOnSqlite(SqliteApp app) : AuthorizationMatrixTests(app), IClassFixture<SqliteApp>;

public sealed class AuthorizationMatrixTestsOnPostgres(PostgresApp app) : AuthorizationMatrixTests(app), IClassFixture<PostgresApp>;
