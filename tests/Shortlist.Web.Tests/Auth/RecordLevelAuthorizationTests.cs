using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Shortlist.Web.Tests.Infrastructure;
using Shortlist.Web.Tests.Reliability;
using Xunit.Abstractions;

namespace Shortlist.Web.Tests.Auth;

/// <summary>
/// The record-level half of the authorization matrix: callers who may use an endpoint, or may not, given someone else's
/// record — candidate A with candidate B's IDs, the hiring manager of X with Y's, a hiring manager with a candidate never
/// submitted to them, a recruiter with administrative actions, anyone with an unpublished job. Each answers 404 (or 403
/// where the refusal is by role, the same for every ID), exactly as it answers for an ID that does not exist (no existence
/// oracle), and changes nothing. Every endpoint and page that takes an ID must have at least one case, so a new one fails
/// here until it is thought about.
/// </summary>
public abstract class RecordLevelAuthorizationTests(AppFixture app, ITestOutputHelper output)
{
    /// <summary>Records of other people the cases point at.</summary>
    private sealed record Others(Guid ApplicationOfB, Guid ConversationOfB, Guid RequestOfY, Guid DraftPosition, long VersionOfB, long VersionOfY, long VersionOfPositionY)
    {
        /// <summary>A submission to organization X: its position and application.</summary>
        public (Guid Position, Guid Application) SubmissionToX { get; init; }
        /// <summary>Candidate A's engagement at organization X.</summary>
        public Guid EngagementOfA { get; init; }
        /// <summary>A submitted timesheet week of that engagement.</summary>
        public Guid WeekOfA { get; init; }
        /// <summary>An access token of candidate A.</summary>
        public Guid TokenOfA { get; init; }
        /// <summary>A notification for candidate B.</summary>
        public Guid NotificationOfB { get; init; }
        /// <summary>A saved talent search of the recruiter.</summary>
        public Guid SavedSearchOfRecruiter { get; init; }
        /// <summary>A message template.</summary>
        public Guid Template { get; init; }
        /// <summary>A pending pair of likely duplicate candidates.</summary>
        public Guid DuplicatePair { get; init; }
    }

    /// <summary>One attempt: who, on which endpoint, at which record; the request is built for any ID, so the same attempt on an unknown ID can be compared.</summary>
    private sealed record Case(string Endpoint, Persona Persona, string Why, Func<World, Others, Guid> Target, Func<Guid, Others, HttpRequestMessage> Build, string Expected);

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static HttpRequestMessage Post(string url, object? body = null) => new(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body) };

    private static HttpRequestMessage Put(string url, object body) => new(HttpMethod.Put, url) { Content = JsonContent.Create(body) };

    private static HttpRequestMessage Upload(string url) => new(HttpMethod.Post, url)
    {
        Content = Features.ResumeUploadTests.Form(System.Text.Encoding.UTF8.GetBytes(Features.ResumeUploadTests.Resume), "resume.txt", "text/plain"),
    };

    private static readonly object Requirements = new[] { new { taxonomyCode = "pmp", label = "PMP", importance = "Must", weight = 2 } };

    private static IEnumerable<Case> Cases()
    {
        // Candidate A with candidate B's records.
        Func<World, Others, Guid> b = (w, _) => w.CandidateB;
        yield return new("GET /api/v1/candidates/{id:guid}", Persona.CandidateA, "another candidate's profile", b, (id, _) => Get($"/api/v1/candidates/{id}"), "404");
        yield return new("PUT /api/v1/candidates/{id:guid}", Persona.CandidateA, "editing another candidate", b,
            (id, o) => Put($"/api/v1/candidates/{id}", new { firstName = "Mallory", lastName = "Brook", email = "candidateb@world.test", version = o.VersionOfB }), "404");
        yield return new("GET /api/v1/candidates/{id:guid}/resume", Persona.CandidateA, "another candidate's résumé", b, (id, _) => Get($"/api/v1/candidates/{id}/resume"), "404");
        yield return new("POST /api/v1/candidates/{id:guid}/resume", Persona.CandidateA, "uploading onto another candidate", b, (id, _) => Upload($"/api/v1/candidates/{id}/resume"), "404");
        yield return new("POST /api/v1/candidates/{id:guid}/reparse", Persona.CandidateA, "re-parsing another candidate", b, (id, _) => Post($"/api/v1/candidates/{id}/reparse"), "403");
        yield return new("GET /api/v1/candidates/{id:guid}/matches", Persona.CandidateA, "another candidate's matches", b, (id, _) => Get($"/api/v1/candidates/{id}/matches"), "403");
        yield return new("GET /api/v1/candidates/{id:guid}/export", Persona.CandidateA, "exporting another candidate", b, (id, _) => Get($"/api/v1/candidates/{id}/export"), "403");
        yield return new("POST /api/v1/candidates/{id:guid}/erase", Persona.CandidateA, "erasing another candidate", b, (id, _) => Post($"/api/v1/candidates/{id}/erase"), "403");
        yield return new("POST /api/v1/me/applications/{id:guid}/withdraw", Persona.CandidateA, "withdrawing another candidate's application",
            (_, o) => o.ApplicationOfB, (id, _) => Post($"/api/v1/me/applications/{id}/withdraw"), "404");
        yield return new("POST /api/v1/me/conversations/{id:guid}/cancel", Persona.CandidateA, "cancelling another candidate's conversation",
            (_, o) => o.ConversationOfB, (id, _) => Post($"/api/v1/me/conversations/{id}/cancel"), "404");
        yield return new("POST /api/v1/conversations/{id:guid}/proposal", Persona.CandidateA, "proposing a time for another candidate",
            (_, o) => o.ConversationOfB, (id, _) => Post($"/api/v1/conversations/{id}/proposal", new { localStart = "2031-01-06T10:00", timeZone = "Europe/London", durationMinutes = 30 }), "403");
        yield return new("GET /Candidates/{id:guid}", Persona.CandidateA, "the staff page of another candidate", b, (id, _) => Get($"/Candidates/{id}"), "denied");
        yield return new("GET /Candidates/Matches/{id:guid}", Persona.CandidateA, "the staff matches page of another candidate", b, (id, _) => Get($"/Candidates/Matches/{id}"), "denied");
        yield return new("GET /Candidates/{id:guid}/Edit", Persona.CandidateA, "the staff correction page of another candidate", b, (id, _) => Get($"/Candidates/{id}/Edit"), "denied");

        // The hiring manager of X with Y's records.
        Func<World, Others, Guid> orgY = (w, _) => w.OrganizationY, positionY = (w, _) => w.PositionY;
        yield return new("GET /api/v1/organizations/{id:guid}", Persona.HiringManagerX, "another client organization", orgY, (id, _) => Get($"/api/v1/organizations/{id}"), "404");
        yield return new("PUT /api/v1/organizations/{id:guid}", Persona.HiringManagerX, "editing another client organization", orgY,
            (id, o) => Put($"/api/v1/organizations/{id}", new { name = "Taken over", industry = "banking", version = o.VersionOfY }), "403");
        yield return new("GET /api/v1/positions/{id:guid}", Persona.HiringManagerX, "another client's position", positionY, (id, _) => Get($"/api/v1/positions/{id}"), "404");
        yield return new("PUT /api/v1/positions/{id:guid}", Persona.HiringManagerX, "editing another client's position", positionY, (id, o) => Put($"/api/v1/positions/{id}", new
        {
            organizationId = Guid.Empty, title = "Taken over", description = "x", industry = "banking", workplace = "Remote", engagement = "Contract", version = o.VersionOfPositionY,
        }), "403");
        yield return new("POST /api/v1/positions/{id:guid}/publish", Persona.HiringManagerX, "publishing another client's position", (_, o) => o.DraftPosition, (id, _) => Post($"/api/v1/positions/{id}/publish"), "403");
        yield return new("POST /api/v1/positions/{id:guid}/close", Persona.HiringManagerX, "closing another client's position", positionY, (id, _) => Post($"/api/v1/positions/{id}/close"), "403");
        yield return new("GET /api/v1/positions/{id:guid}/matches", Persona.HiringManagerX, "the ranking of another client's position", positionY, (id, _) => Get($"/api/v1/positions/{id}/matches"), "403");
        yield return new("POST /api/v1/positions/{id:guid}/matches", Persona.HiringManagerX, "a what-if ranking of another client's position", positionY,
            (id, _) => Post($"/api/v1/positions/{id}/matches", new { requirements = Requirements }), "403");
        yield return new("PUT /api/v1/positions/{id:guid}/requirements", Persona.HiringManagerX, "changing another client's requirements", positionY,
            (id, o) => Put($"/api/v1/positions/{id}/requirements", new { requirements = Requirements, version = o.VersionOfPositionY }), "403");
        yield return new("POST /api/v1/positions/{id:guid}/pipeline", Persona.HiringManagerX, "adding a candidate to another client's pipeline", positionY,
            (id, _) => Post($"/api/v1/positions/{id}/pipeline", new { candidateId = Guid.Empty }), "403");
        yield return new("GET /api/v1/search-requests/{id:guid}", Persona.HiringManagerX, "another client's search request", (_, o) => o.RequestOfY, (id, _) => Get($"/api/v1/search-requests/{id}"), "404");
        yield return new("POST /api/v1/search-requests/{id:guid}/qualify", Persona.HiringManagerX, "qualifying another client's request", (_, o) => o.RequestOfY,
            (id, _) => Post($"/api/v1/search-requests/{id}/qualify", new { title = "Taken over" }), "403");
        yield return new("POST /api/v1/search-requests/{id:guid}/decline", Persona.HiringManagerX, "declining another client's request", (_, o) => o.RequestOfY,
            (id, _) => Post($"/api/v1/search-requests/{id}/decline", new { reason = "Taken over" }), "403");
        yield return new("GET /Positions/{id:guid}", Persona.HiringManagerX, "the staff page of another client's position", positionY, (id, _) => Get($"/Positions/{id}"), "denied");
        yield return new("GET /Positions/Match/{id:guid}", Persona.HiringManagerX, "the staff ranking page of another client's position", positionY, (id, _) => Get($"/Positions/Match/{id}"), "denied");
        yield return new("GET /Workspace/Requests/{id:guid}", Persona.HiringManagerX, "the staff page of another client's request", (_, o) => o.RequestOfY, (id, _) => Get($"/Workspace/Requests/{id}"), "denied");

        // A hiring manager with a candidate who was never submitted to them.
        Func<World, Others, Guid> a = (w, _) => w.CandidateA;
        yield return new("GET /api/v1/candidates/{id:guid}", Persona.HiringManagerY, "a candidate not submitted to them", a, (id, _) => Get($"/api/v1/candidates/{id}"), "403");
        yield return new("GET /api/v1/candidates/{id:guid}/resume", Persona.HiringManagerY, "the résumé of a candidate not submitted to them", a, (id, _) => Get($"/api/v1/candidates/{id}/resume"), "403");
        yield return new("GET /Candidates/{id:guid}", Persona.HiringManagerY, "the page of a candidate not submitted to them", a, (id, _) => Get($"/Candidates/{id}"), "denied");
        yield return new("GET /Candidates/{id:guid}/Edit", Persona.HiringManagerY, "the correction page of a candidate", a, (id, _) => Get($"/Candidates/{id}/Edit"), "denied");

        // A recruiter with administrative actions.
        yield return new("GET /api/v1/candidates/{id:guid}/export", Persona.Recruiter, "exporting everything held about a person", a, (id, _) => Get($"/api/v1/candidates/{id}/export"), "403");
        yield return new("POST /api/v1/candidates/{id:guid}/erase", Persona.Recruiter, "erasing a person", b, (id, _) => Post($"/api/v1/candidates/{id}/erase"), "403");
        yield return new("PUT /api/v1/taxonomy/{code}", Persona.Recruiter, "editing the taxonomy", (_, _) => Guid.Empty,
            (_, _) => Put("/api/v1/taxonomy/epic", new { name = "Epic", category = "Platform", version = 1 }), "403");
        yield return new("PUT /api/v1/taxonomy/playbooks/{industry}", Persona.Recruiter, "editing an industry playbook", (_, _) => Guid.Empty,
            (_, _) => Put("/api/v1/taxonomy/playbooks/healthcare", new { items = Array.Empty<object>() }), "403");
        yield return new("GET /Admin/TaxonomyEdit/{code?}", Persona.Recruiter, "the taxonomy editor", (_, _) => Guid.Empty, (_, _) => Get("/Admin/TaxonomyEdit/epic"), "denied");
        yield return new("GET /Admin/PlaybookEdit/{industry?}", Persona.Recruiter, "the playbook editor", (_, _) => Guid.Empty, (_, _) => Get("/Admin/PlaybookEdit/healthcare"), "denied");

        // Message templates: staff read them, administrators change them; candidates and clients never see them.
        Func<World, Others, Guid> template = (_, o) => o.Template;
        yield return new("GET /api/v1/message-templates/{id:guid}", Persona.CandidateA, "a message template", template, (id, _) => Get($"/api/v1/message-templates/{id}"), "403");
        yield return new("GET /api/v1/message-templates/{id:guid}", Persona.HiringManagerX, "a message template", template, (id, _) => Get($"/api/v1/message-templates/{id}"), "403");
        yield return new("PUT /api/v1/message-templates/{id:guid}", Persona.Recruiter, "editing a message template", template,
            (id, _) => Put($"/api/v1/message-templates/{id}", new { name = "Taken over", subject = "Hi", body = "Hi {{candidate.firstName}}", version = 1 }), "403");
        yield return new("DELETE /api/v1/message-templates/{id:guid}", Persona.Recruiter, "deleting a message template", template,
            (id, _) => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/message-templates/{id}?version=1"), "403");
        yield return new("GET /Admin/TemplateEdit/{id:guid}", Persona.Recruiter, "the template editor", template, (id, _) => Get($"/Admin/TemplateEdit/{id}"), "denied");
        // A client's hiring manager with the staff page of an organization (theirs or another's), and its timeline.
        yield return new("GET /Organizations/{id:guid}", Persona.HiringManagerX, "the staff page of another organization", (w, _) => w.OrganizationY,
            (id, _) => Get($"/Organizations/{id}"), "denied");

        // Anyone with a position that is not published.
        Func<World, Others, Guid> draft = (_, o) => o.DraftPosition;
        yield return new("GET /api/v1/jobs/{id:guid}", Persona.Anonymous, "an unpublished job", draft, (id, _) => Get($"/api/v1/jobs/{id}"), "404");
        yield return new("GET /jobs/{id:guid}/{slug?}", Persona.CandidateA, "the page of an unpublished job", draft, (id, _) => Get($"/jobs/{id}"), "404");
        yield return new("GET /jobs/{id:guid}/{slug}/apply", Persona.CandidateA, "applying on the page for an unpublished job", draft, (id, _) => Get($"/jobs/{id}/x/apply"), "404");
        yield return new("POST /api/v1/jobs/{id:guid}/applications", Persona.CandidateA, "applying for an unpublished job", draft,
            (id, _) => Post($"/api/v1/jobs/{id}/applications", new { noticeVersion = Web.Features.Legal.PrivacyNotice.Version }), "404");

        // Client portal: the hiring manager of Y with a submission to X.
        Func<World, Others, Guid> submitted = (_, o) => o.SubmissionToX.Application;
        string Sub(Guid id, Others o, string rest = "") => $"/api/v1/client/positions/{o.SubmissionToX.Position}/candidates/{id}{rest}";
        yield return new("GET /api/v1/client/positions/{id:guid}", Persona.HiringManagerY, "another client's shortlist", (_, o) => o.SubmissionToX.Position,
            (id, _) => Get($"/api/v1/client/positions/{id}"), "404");
        yield return new("GET /Client/Positions/{id:guid}", Persona.HiringManagerY, "the page of another client's shortlist", (_, o) => o.SubmissionToX.Position,
            (id, _) => Get($"/Client/Positions/{id}"), "404");
        yield return new("GET /api/v1/client/positions/{id:guid}/candidates/{applicationId:guid}", Persona.HiringManagerY, "a candidate submitted to another client", submitted,
            (id, o) => Get(Sub(id, o)), "404");
        yield return new("GET /Client/Positions/{id:guid}/Candidates/{applicationId:guid}", Persona.HiringManagerY, "the page of a candidate submitted to another client", submitted,
            (id, o) => Get($"/Client/Positions/{o.SubmissionToX.Position}/Candidates/{id}"), "404");
        yield return new("GET /api/v1/client/positions/{id:guid}/candidates/{applicationId:guid}/resume", Persona.HiringManagerY, "the résumé sent to another client", submitted,
            (id, o) => Get(Sub(id, o, "/resume")), "404");
        yield return new("POST /api/v1/client/positions/{id:guid}/candidates/{applicationId:guid}/reveal", Persona.HiringManagerY, "revealing a candidate submitted to another client", submitted,
            (id, o) => Post(Sub(id, o, "/reveal")), "404");
        yield return new("POST /api/v1/client/positions/{id:guid}/candidates/{applicationId:guid}/feedback", Persona.HiringManagerY, "feedback on another client's candidate", submitted,
            (id, o) => Post(Sub(id, o, "/feedback"), new { verdict = "Hold", comment = "Taken over" }), "404");
        yield return new("POST /api/v1/client/positions/{id:guid}/candidates/{applicationId:guid}/slots", Persona.HiringManagerY, "interview slots for another client's candidate", submitted,
            (id, o) => Post(Sub(id, o, "/slots"), new { slots = new[] { new { start = "2031-01-06T10:00:00Z", durationMinutes = 30 } } }), "404");

        // Staff-only work on positions and applications: refused by role to a hiring manager, whatever the ID.
        yield return new("GET /api/v1/positions/{id:guid}/applications", Persona.HiringManagerX, "the firm's pipeline of a position", positionY, (id, _) => Get($"/api/v1/positions/{id}/applications"), "403");
        yield return new("GET /api/v1/positions/{id:guid}/pipeline", Persona.HiringManagerX, "the pipeline board of a position", positionY, (id, _) => Get($"/api/v1/positions/{id}/pipeline"), "403");
        yield return new("POST /api/v1/positions/{id:guid}/pipeline/bulk-move", Persona.HiringManagerX, "moving cards of a position", positionY,
            (id, _) => Post($"/api/v1/positions/{id}/pipeline/bulk-move", new { moves = Array.Empty<object>() }), "403");
        yield return new("POST /api/v1/positions/{id:guid}/hold", Persona.HiringManagerX, "putting a position on hold", positionY, (id, _) => Post($"/api/v1/positions/{id}/hold"), "403");
        yield return new("POST /api/v1/positions/{id:guid}/unpublish", Persona.HiringManagerX, "unpublishing a position", positionY, (id, _) => Post($"/api/v1/positions/{id}/unpublish"), "403");
        yield return new("PUT /api/v1/positions/{id:guid}/blind-review", Persona.HiringManagerX, "changing blind review of a position", positionY,
            (id, _) => Put($"/api/v1/positions/{id}/blind-review", new { blindReview = false }), "403");
        yield return new("POST /api/v1/positions/{id:guid}/applications/{applicationId:guid}/submit", Persona.HiringManagerX, "submitting a candidate", (_, o) => o.ApplicationOfB,
            (id, _) => Post($"/api/v1/positions/{Guid.NewGuid()}/applications/{id}/submit", new { share = new[] { "Requirements" } }), "403");
        yield return new("POST /api/v1/positions/{id:guid}/applications/{applicationId:guid}/interview", Persona.HiringManagerX, "confirming an interview slot", submitted,
            (id, o) => Post($"/api/v1/positions/{o.SubmissionToX.Position}/applications/{id}/interview", new { slot = 0 }), "403");
        yield return new("POST /api/v1/positions/{id:guid}/applications/{applicationId:guid}/close-declined", Persona.HiringManagerX, "closing a declined candidate", submitted,
            (id, o) => Post($"/api/v1/positions/{o.SubmissionToX.Position}/applications/{id}/close-declined"), "403");
        Func<World, Others, Guid> applicationOfB = (_, o) => o.ApplicationOfB;
        yield return new("POST /api/v1/applications/{id:guid}/move", Persona.HiringManagerX, "moving a pipeline card", applicationOfB,
            (id, _) => Post($"/api/v1/applications/{id}/move", new { to = "Submitted", version = 1 }), "403");
        yield return new("POST /api/v1/applications/{id:guid}/interviews", Persona.CandidateB, "scheduling an interview of one's own application", applicationOfB,
            (id, _) => Post($"/api/v1/applications/{id}/interviews", new { start = "2031-01-06T10:00:00Z", durationMinutes = 30 }), "403");
        yield return new("POST /api/v1/applications/{id:guid}/interviews/reschedule", Persona.CandidateB, "moving an interview of one's own application", applicationOfB,
            (id, _) => Post($"/api/v1/applications/{id}/interviews/reschedule", new { start = "2031-01-07T10:00:00Z", durationMinutes = 30, version = 1 }), "403");
        yield return new("POST /api/v1/applications/{id:guid}/interviews/cancel", Persona.HiringManagerX, "cancelling an interview of a pipeline card", applicationOfB,
            (id, _) => Post($"/api/v1/applications/{id}/interviews/cancel", new { version = 1 }), "403");
        yield return new("POST /api/v1/applications/{id:guid}/offer", Persona.CandidateB, "making oneself an offer", applicationOfB,
            (id, _) => Post($"/api/v1/applications/{id}/offer", new { amount = 1 }), "403");
        yield return new("POST /api/v1/applications/{id:guid}/place", Persona.CandidateB, "placing oneself", applicationOfB,
            (id, _) => Post($"/api/v1/applications/{id}/place", new { startDate = "2031-01-06" }), "403");
        yield return new("GET /api/v1/searches/{id:guid}", Persona.HiringManagerX, "the firm's project view of a search", positionY, (id, _) => Get($"/api/v1/searches/{id}"), "403");
        yield return new("POST /api/v1/searches/{id:guid}/hours", Persona.HiringManagerX, "logging recruiter hours", positionY,
            (id, _) => Post($"/api/v1/searches/{id}/hours", new { date = "2030-01-07", hours = 1 }), "403");
        yield return new("GET /Workspace/Positions/{id:guid}/edit", Persona.HiringManagerX, "the position editor", positionY, (id, _) => Get($"/Workspace/Positions/{id}/edit"), "denied");
        yield return new("GET /Workspace/Positions/{id:guid}/pipeline", Persona.HiringManagerX, "the pipeline board page", positionY, (id, _) => Get($"/Workspace/Positions/{id}/pipeline"), "denied");
        yield return new("GET /Workspace/Searches/{id:guid}", Persona.HiringManagerX, "the search project page", positionY, (id, _) => Get($"/Workspace/Searches/{id}"), "denied");

        // Engagements and timesheets: candidate B and the hiring manager of Y with candidate A's engagement at X.
        Func<World, Others, Guid> engagementOfA = (_, o) => o.EngagementOfA, weekOfA = (_, o) => o.WeekOfA;
        yield return new("GET /api/v1/engagements/{id:guid}", Persona.CandidateB, "another professional's engagement", engagementOfA, (id, _) => Get($"/api/v1/engagements/{id}"), "404");
        yield return new("GET /api/v1/engagements/{id:guid}", Persona.HiringManagerY, "another client's engagement", engagementOfA, (id, _) => Get($"/api/v1/engagements/{id}"), "404");
        yield return new("PUT /api/v1/engagements/{id:guid}", Persona.HiringManagerY, "changing another client's engagement terms", engagementOfA,
            (id, _) => Put($"/api/v1/engagements/{id}", new { end = "2031-01-01", hoursBudget = 10, billRate = 1, version = 1 }), "403");
        yield return new("GET /api/v1/engagements/{id:guid}/timesheets/{week}", Persona.CandidateB, "another professional's timesheet", engagementOfA,
            (id, _) => Get($"/api/v1/engagements/{id}/timesheets/{Monday()}"), "404");
        yield return new("PUT /api/v1/engagements/{id:guid}/timesheets/{week}", Persona.CandidateB, "entering hours on another professional's timesheet", engagementOfA,
            (id, _) => Put($"/api/v1/engagements/{id}/timesheets/{Monday()}", new { days = new[] { new { date = Monday(), hours = 8 } } }), "404");
        yield return new("POST /api/v1/engagements/{id:guid}/timesheets/{week}/submit", Persona.CandidateB, "submitting another professional's timesheet", engagementOfA,
            (id, _) => Post($"/api/v1/engagements/{id}/timesheets/{Monday()}/submit"), "404");
        yield return new("POST /api/v1/timesheets/{id:guid}/approve", Persona.HiringManagerY, "approving another client's timesheet", weekOfA, (id, _) => Post($"/api/v1/timesheets/{id}/approve"), "404");
        yield return new("POST /api/v1/timesheets/{id:guid}/reject", Persona.HiringManagerY, "rejecting another client's timesheet", weekOfA,
            (id, _) => Post($"/api/v1/timesheets/{id}/reject", new { reason = "Taken over" }), "404");
        yield return new("GET /Workspace/Engagements/{id:guid}", Persona.HiringManagerY, "the firm's engagement page", engagementOfA, (id, _) => Get($"/Workspace/Engagements/{id}"), "denied");

        // One's own things: tokens, notifications, saved searches.
        yield return new("DELETE /api/v1/me/tokens/{id:guid}", Persona.CandidateB, "revoking another person's access token", (_, o) => o.TokenOfA,
            (id, _) => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/me/tokens/{id}"), "404");
        yield return new("POST /api/v1/me/notifications/{id:guid}/read", Persona.CandidateA, "reading another person's notification", (_, o) => o.NotificationOfB,
            (id, _) => Post($"/api/v1/me/notifications/{id}/read"), "404");
        yield return new("GET /api/v1/talent/saved/{id:guid}/results", Persona.Administrator, "running another staff member's saved search", (_, o) => o.SavedSearchOfRecruiter,
            (id, _) => Get($"/api/v1/talent/saved/{id}/results"), "404");
        yield return new("DELETE /api/v1/talent/saved/{id:guid}", Persona.Administrator, "deleting another staff member's saved search", (_, o) => o.SavedSearchOfRecruiter,
            (id, _) => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/talent/saved/{id}"), "404");
        // Duplicate candidates are for staff only: a refusal by role, the same for every ID.
        Func<World, Others, Guid> pair = (_, o) => o.DuplicatePair;
        yield return new("GET /api/v1/duplicates/{id:guid}", Persona.CandidateA, "a pair of likely duplicates", pair, (id, _) => Get($"/api/v1/duplicates/{id}"), "403");
        yield return new("POST /api/v1/duplicates/{id:guid}/merge", Persona.HiringManagerX, "merging candidates", pair,
            (id, _) => Post($"/api/v1/duplicates/{id}/merge", new { survivorId = id, version = 1 }), "403");
        yield return new("POST /api/v1/duplicates/{id:guid}/dismiss", Persona.CandidateB, "dismissing a pair of likely duplicates", pair, (id, _) => Post($"/api/v1/duplicates/{id}/dismiss"), "403");
        yield return new("GET /Workspace/Duplicates/{id:guid}", Persona.HiringManagerY, "the review page of a pair", pair, (id, _) => Get($"/Workspace/Duplicates/{id}"), "denied");
        yield return new("POST /api/v1/admin/mail/{id:guid}/retry", Persona.Recruiter, "retrying mail (administrators only)", (_, _) => Guid.Empty,
            (_, _) => Post($"/api/v1/admin/mail/{Guid.NewGuid()}/retry"), "403");
    }

    /// <summary>The Monday of last week (the seeded engagement runs around today).</summary>
    private static string Monday() => Domain.Engagements.TimesheetWeek.MondayOf(EngagementSeed.Today.AddDays(-7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void EveryEndpointThatTakesAnId_HasARecordLevelCase()
    {
        var covered = Cases().Select(c => c.Endpoint).ToHashSet();
        var withIds = AuthorizationMatrixTests.Endpoints(app.Services).Where(e => e.Contains("{id", StringComparison.Ordinal)).ToList();
        var missing = withIds.Where(e => !covered.Contains(e)).ToList();
        Assert.True(missing.Count == 0, "Endpoints and pages that take an ID without a record-level authorization case: " + string.Join(", ", missing));
        var stale = covered.Where(c => !AuthorizationMatrixTests.Endpoints(app.Services).Contains(c)).ToList();
        Assert.True(stale.Count == 0, "Record-level cases for endpoints the app does not serve: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task EveryRecordLevelAttempt_IsRefusedLikeAnUnknownId_AndChangesNothing()
    {
        var others = await WithFeatureRecordsAsync(await OthersAsync());
        var clients = new Dictionary<(Persona, bool), HttpClient>();
        var failures = new List<string>();
        var before = await DatabaseState.CaptureAsync(app);
        var count = 0;
        foreach (var c in Cases())
        {
            var page = !c.Build(Guid.Empty, others).RequestUri!.OriginalString.StartsWith("/api/", StringComparison.Ordinal);
            if (!clients.TryGetValue((c.Persona, page), out var client))
                clients[(c.Persona, page)] = client = page ? await app.PagesAsync(c.Persona) : await app.ApiAsync(c.Persona);
            var target = c.Target(app.World, others);
            using var real = await client.SendAsync(c.Build(target, others));
            using var unknown = await client.SendAsync(c.Build(Guid.NewGuid(), others));
            count += 2;
            var (actual, forUnknown) = (Classify(real), Classify(unknown));
            if (actual != c.Expected) failures.Add($"{c.Endpoint} as {c.Persona} ({c.Why}): expected {c.Expected}, got {actual}");
            if (target != Guid.Empty && actual != forUnknown) failures.Add($"{c.Endpoint} as {c.Persona} ({c.Why}): answers {actual} for the real record but {forUnknown} for an unknown ID");
            if (!page && (int)real.StatusCode >= 400 && real.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"{c.Endpoint} as {c.Persona}: {(int)real.StatusCode} without a ProblemDetails body");
        }
        var after = await DatabaseState.CaptureAsync(app);
        failures.AddRange(before.Differences(after).Select(d => "changed: " + d));
        foreach (var client in clients.Values) client.Dispose();
        output.WriteLine($"Record-level authorization on {app.Provider}: {Cases().Count()} cases over {Cases().Select(c => c.Endpoint).Distinct().Count()} endpoints, {count} requests.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task<Others> OthersAsync() => await app.WithDbAsync(async db =>
    {
        var w = app.World;
        var now = TimeProvider.System.GetUtcNow();
        var position = World.NewPosition(w.OrganizationX, "Record-level open position", now);
        var draft = new Domain.Positions.Position(w.OrganizationY, "Record-level draft", "Not published.", "healthcare", now);
        db.Positions.AddRange(position, draft);
        var application = new Domain.Pipeline.Application(position.Id, w.CandidateB, Domain.Pipeline.ApplicationOrigin.Applied, now);
        db.Applications.Add(application);
        var conversation = new Domain.Candidates.CareerConversation(w.CandidateB, ["Next role"], "Mornings", null, now);
        db.CareerConversations.Add(conversation);
        var request = new Domain.Organizations.SearchRequest(w.OrganizationY, null, "Record-level request", "healthcare", new(null, null, null, null, []), [], [], null,
            Domain.Common.WorkplaceMode.Remote, Domain.Common.EngagementTypes.Contract, null, null, null, now);
        request.Specify("it-project-manager", ["pmp"], ["hipaa"], null, null, false, now);
        request.MarkVerified(now);
        db.SearchRequests.Add(request);
        var tokenOfA = new Shortlist.Data.Identity.PersonalAccessToken
        {
            UserId = await UserIdAsync(db, Persona.CandidateA), Name = "record-level", Scopes = "read", TokenHash = Guid.NewGuid().ToString("N"), Prefix = "slp_r",
            CreatedAt = now, ExpiresAt = now.AddDays(1),
        };
        db.PersonalAccessTokens.Add(tokenOfA);
        var notification = new Domain.Notifications.Notification(await UserIdAsync(db, Persona.CandidateB), "record-level", "For candidate B only.", null, now);
        db.Notifications.Add(notification);
        var saved = new Domain.Talent.SavedSearch(await UserIdAsync(db, Persona.Recruiter), "Record-level " + Guid.NewGuid().ToString("N")[..6], "{\"q\":\"pmp\"}", false, 0, now);
        db.SavedSearches.Add(saved);
        var template = new Domain.Activities.MessageTemplate("Record-level " + Guid.NewGuid().ToString("N")[..6], "Hello", "Hello {{candidate.firstName}}", now);
        db.MessageTemplates.Add(template);
        var twinA = new Domain.Candidates.Candidate("Record", "Twin", "record.twin@world.test", now);
        var twinB = new Domain.Candidates.Candidate("Record", "Twin", "record.twin@world.test", now);
        db.Candidates.AddRange(twinA, twinB);
        var duplicates = new Domain.Duplicates.DuplicatePair(twinA.Id, twinB.Id, ["same e-mail"], now);
        db.DuplicatePairs.Add(duplicates);
        await db.SaveChangesAsync();
        return new Others(application.Id, conversation.Id, request.Id, draft.Id,
            await db.Candidates.Where(c => c.Id == w.CandidateB).Select(c => c.Version).SingleAsync(),
            await db.Organizations.Where(o => o.Id == w.OrganizationY).Select(o => o.Version).SingleAsync(),
            await db.Positions.Where(p => p.Id == w.PositionY).Select(p => p.Version).SingleAsync())
        {
            TokenOfA = tokenOfA.Id, NotificationOfB = notification.Id, SavedSearchOfRecruiter = saved.Id, Template = template.Id, DuplicatePair = duplicates.Id,
        };
    });

    private Task<Guid> UserIdAsync(Shortlist.Data.ShortlistDbContext db, Persona persona)
    {
        var email = app.World.EmailOf(persona);
        return db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Records made through the test helpers of their features: a submission to X, and A's engagement at X with a submitted week.</summary>
    private async Task<Others> WithFeatureRecordsAsync(Others others)
    {
        var submission = await Features.ClientWorld.NewSubmissionAsync(app, app.World.OrganizationX, slots: true);
        var engagement = await EngagementSeed.CreateAsync(app, app.World.OrganizationX, app.World.CandidateA);
        var week = await app.WithDbAsync(async db =>
        {
            var e = await db.Engagements.SingleAsync(x => x.Id == engagement.EngagementId);
            var now = TimeProvider.System.GetUtcNow();
            var monday = Domain.Engagements.TimesheetWeek.MondayOf(EngagementSeed.Today.AddDays(-7));
            var w = e.OpenWeek(monday, now);
            w.Enter(e, [new Domain.Engagements.TimesheetDay(monday, 8)], now);
            w.Submit(now);
            db.Timesheets.Add(w);
            await db.SaveChangesAsync();
            return w.Id;
        });
        return others with { SubmissionToX = submission, EngagementOfA = engagement.EngagementId, WeekOfA = week };
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

public sealed class RecordLevelAuthorizationTestsOnSqlite(SqliteApp app, ITestOutputHelper output) : RecordLevelAuthorizationTests(app, output), IClassFixture<SqliteApp>;

public sealed class RecordLevelAuthorizationTestsOnPostgres(PostgresApp app, ITestOutputHelper output) : RecordLevelAuthorizationTests(app, output), IClassFixture<PostgresApp>;
