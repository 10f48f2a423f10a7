using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Data.ChangeFeed;
using Shortlist.Data.Embeddings;
using Shortlist.Data.Identity;
using Shortlist.Domain.Activities;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Duplicates;
using Shortlist.Domain.Organizations;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Talent;
using Shortlist.Web.Features.Duplicates;
using Shortlist.Web.Features.JobBoard;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>
/// Duplicate candidates: detected on apply and on résumé import or upload (the new record is kept), reviewed side by side,
/// dismissed for good, and merged in one transaction that moves every record pointing at the other candidate.
/// </summary>
public abstract class DuplicateTests(AppFixture app)
{
    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    /// <summary>A name of letters only, unique to the test, that the résumé parser reads as a name.</summary>
    private static string Name(string prefix) => prefix + new string(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());

    private static string Digits() => Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<Guid> CreateAsync(HttpClient recruiter, string first, string last, string email, string? phone = null, object[]? roles = null)
    {
        var response = await recruiter.PostAsJsonAsync("/api/v1/candidates", new { firstName = first, lastName = last, email, phone, roles = roles ?? [] });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<DuplicatePair?> PairAsync(Guid a, Guid b)
    {
        var (first, second) = DuplicatePair.Order(a, b);
        return app.WithDbAsync(db => db.DuplicatePairs.AsNoTracking().SingleOrDefaultAsync(p => p.FirstCandidateId == first && p.SecondCandidateId == second));
    }

    [Fact]
    public async Task An_anonymous_application_with_a_known_email_is_kept_and_recorded_as_a_pending_pair()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var email = Unique("noor.") + "@dup.test";
        var known = await CreateAsync(recruiter, "Noor", Unique("Haddad"), email.ToUpperInvariant());
        var position = await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var p = World.NewPosition(app.World.OrganizationX, Unique("Epic analyst "), now);
            if (p.Status != Shortlist.Domain.Positions.PositionStatus.Open) p.Publish(now);
            db.Positions.Add(p);
            await db.SaveChangesAsync();
            return p;
        });
        var applyUrl = $"/jobs/{position.Id}/{JobSearch.Slug(position.Title)}/apply";
        using var client = await app.PagesAsync(Persona.Anonymous);
        var token = Forms.Fields(await client.GetStringAsync(applyUrl), "upload-form")["__RequestVerificationToken"];
        var resume = $"Noor Haddad\n{email} | +1 401 555 0199 | Providence, RI\n\nEXPERIENCE\nBusiness Analyst, Harbor Bank, Providence, RI\nJan 2020 - Present\nRequirements for the core banking upgrade.\n";
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(resume));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        var upload = await client.PostAsync(applyUrl + "?handler=Upload", new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "file", "noor.txt" } });
        var fields = Forms.Fields(await upload.Content.ReadAsStringAsync(), "confirm-form");
        fields["Profile.Email"] = email;
        fields["Consent"] = "true";
        fields["Password"] = World.Password;
        var submitted = await client.PostAsync(applyUrl + "?handler=Submit", new FormUrlEncodedContent(fields));
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync());

        var applicant = await app.WithDbAsync(db => db.Applications.AsNoTracking().Where(a => a.PositionId == position.Id).Select(a => a.CandidateId).SingleAsync());
        Assert.NotEqual(known, applicant);
        var pair = await PairAsync(known, applicant);
        Assert.NotNull(pair);
        Assert.Equal(DuplicateStatus.Pending, pair.Status);
        Assert.Contains("same e-mail", pair.Reasons);

        // The pair is listed for recruiters, and its page shows both records side by side.
        var list = await recruiter.GetFromJsonAsync<JsonElement>("/api/v1/duplicates?pageSize=200");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == pair.Id);
        using var pages = await app.PagesAsync(Persona.Recruiter);
        var html = await pages.GetStringAsync($"/Workspace/Duplicates/{pair.Id}");
        Assert.Contains("same e-mail", html, StringComparison.Ordinal);
        Assert.Contains(position.Title, html, StringComparison.Ordinal);
        Assert.Contains(pair.Id.ToString(), await pages.GetStringAsync("/Workspace/Duplicates"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_or_uploading_a_resume_of_a_known_person_records_a_pair_by_phone_or_by_name_and_shared_history()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var digits = Digits();
        var last = Name("Hopkins");
        var byPhone = await CreateAsync(recruiter, "Grace", Name("Other"), Unique("g") + "@dup.test", $"(612) {digits[..3]}-{digits[3..]}");
        var byName = await CreateAsync(recruiter, "G.", last, Unique("gh") + "@dup.test", null,
            [new { title = "IT Project Manager", employer = "Mercy Health Partners Inc.", industry = "healthcare", start = "2018-03-01", end = "2022-06-30" }]);
        var resume = ResumeUploadTests.Resume.Replace("grace.hopkins@example.com", Unique("grace") + "@dup.test", StringComparison.Ordinal)
            .Replace("+1 617 555 0142", $"+1 612 {digits[..3]} {digits[3..]}", StringComparison.Ordinal).Replace("Grace Hopkins", $"Grace {last}", StringComparison.Ordinal);
        var imported = await recruiter.PostAsync("/api/v1/candidates/import", ResumeUploadTests.Form(Encoding.UTF8.GetBytes(resume), "grace.txt", "text/plain"));
        Assert.True(imported.StatusCode == HttpStatusCode.Created, await imported.Content.ReadAsStringAsync());
        var id = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(new[] { "same phone" }, (await PairAsync(id, byPhone))!.Reasons);
        Assert.Equal(new[] { "same name; both at Mercy Health Partners 2019–2022" }, (await PairAsync(id, byName))!.Reasons);

        // Uploading a résumé onto an existing record checks it again.
        var plain = await CreateAsync(recruiter, "Zed", Unique("Plain"), Unique("z") + "@dup.test");
        var uploaded = await recruiter.PostAsync($"/api/v1/candidates/{plain}/resume", ResumeUploadTests.Form(Encoding.UTF8.GetBytes(resume), "grace.txt", "text/plain"));
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Contains("same e-mail", (await PairAsync(plain, id))!.Reasons);
    }

    [Fact]
    public async Task Dismissed_pairs_are_not_proposed_again_and_a_stale_version_is_a_conflict_that_changes_nothing()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var email = Unique("twin") + "@dup.test";
        var a = await CreateAsync(recruiter, "Sam", Unique("Twin"), email);
        var b = await CreateAsync(recruiter, "Sam", Unique("Other"), email);
        var pair = (await PairAsync(a, b))!;
        var detail = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/duplicates/{pair.Id}");
        Assert.Equal(a, detail.GetProperty(a == pair.FirstCandidateId ? "first" : "second").GetProperty("id").GetGuid());
        Assert.Contains("name", detail.GetProperty("conflictingFields").EnumerateArray().Select(f => f.GetString()));

        var stale = await recruiter.PostAsJsonAsync($"/api/v1/duplicates/{pair.Id}/merge", new { survivorId = a, version = pair.Version + 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Candidates.CountAsync(c => c.Id == a || c.Id == b)));
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PostAsJsonAsync($"/api/v1/duplicates/{pair.Id}/merge",
            new { survivorId = Guid.NewGuid(), version = pair.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PostAsJsonAsync($"/api/v1/duplicates/{pair.Id}/merge",
            new { survivorId = a, version = pair.Version, fields = new Dictionary<string, Guid> { ["salary"] = b } })).StatusCode);

        // Dismissed on the page, without JavaScript.
        using var pages = await app.PagesAsync(Persona.Recruiter);
        var form = Forms.Fields(await pages.GetStringAsync($"/Workspace/Duplicates/{pair.Id}"), "dismiss-form");
        var dismissed = await pages.PostAsync($"/Workspace/Duplicates/{pair.Id}?handler=Dismiss", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.Equal(DuplicateStatus.Dismissed, (await PairAsync(a, b))!.Status);
        Assert.Equal(HttpStatusCode.Conflict, (await recruiter.PostAsync($"/api/v1/duplicates/{pair.Id}/dismiss", null)).StatusCode);

        // A scan of the pool, run twice, leaves it dismissed and adds it nowhere.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var detector = scope.ServiceProvider.GetRequiredService<DuplicateDetector>();
            await detector.ScanAsync(CancellationToken.None);
            await detector.ScanAsync(CancellationToken.None);
        }
        Assert.Equal(DuplicateStatus.Dismissed, (await PairAsync(a, b))!.Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.DuplicatePairs.CountAsync(p => p.FirstCandidateId == pair.FirstCandidateId && p.SecondCandidateId == pair.SecondCandidateId)));
        var pending = await recruiter.GetFromJsonAsync<JsonElement>("/api/v1/duplicates?pageSize=200");
        Assert.DoesNotContain(pending.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == pair.Id);
    }

    [Fact]
    public async Task Merging_moves_every_record_of_the_other_candidate_to_the_survivor_in_one_transaction()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var email = Unique("dana") + "@dup.test";
        var family = Name("Moved");
        var survivor = await CreateAsync(recruiter, "Dana", family, Unique("keep") + "@dup.test", null,
            [new { title = "Program Manager", employer = "Harbor Bank", industry = "banking", start = "2015-01-01", end = "2019-12-31" }]);
        // The other record: a sign-in account, an application of its own, one for the same position, a placement with its engagement, and the rest.
        var now = TimeProvider.System.GetUtcNow();
        var seed = await app.WithDbAsync(async db =>
        {
            var other = new Candidate("Dana", family, email, now, "+1 617 555 0100");
            other.SetProfile("Epic program manager", null, [new ProfileRole("Program Manager", "Harbor Bank", "banking", new DateOnly(2015, 1, 1), new DateOnly(2019, 12, 31)),
                new ProfileRole("Director", "Mercy Health", "healthcare", new DateOnly(2020, 1, 1), null)], [new ProfileSkill("epic", "Epic", 5, 2026)], [], [], [], now);
            db.Candidates.Add(other);
            var user = new ShortlistUser { Id = Guid.NewGuid(), UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
                CandidateId = other.Id, SecurityStamp = Guid.NewGuid().ToString() };
            db.Users.Add(user);
            other.UserId = user.Id;
            var own = World.NewPosition(app.World.OrganizationX, Unique("Own position "), now);
            var shared = World.NewPosition(app.World.OrganizationX, Unique("Shared position "), now);
            db.Positions.AddRange(own, shared);
            var ownApplication = new Application(own.Id, other.Id, ApplicationOrigin.Applied, now, "My own application.");
            var theirsShared = new Application(shared.Id, other.Id, ApplicationOrigin.Applied, now, "Applied twice.");
            var mineShared = new Application(shared.Id, survivor, ApplicationOrigin.Sourced, now);
            db.Applications.AddRange(ownApplication, theirsShared, mineShared);
            var submission = new Submission(theirsShared, app.World.OrganizationX, null, SharedExplanation.Requirements, null, null, null, "Strong fit.", now);
            theirsShared.MoveTo(Stage.ClientReview, now);
            db.Submissions.Add(submission);
            var interview = theirsShared.ScheduleInterview(now.AddDays(3), 45, "Video", now);
            db.Interviews.Add(interview);
            db.Activities.Add(new Activity(ActivityKind.Call, ActivitySubject.Candidate, other.Id, "Called about the role.", Guid.NewGuid(), now, now));
            db.Consents.Add(new ConsentRecord(other.Id, "2026-01-01", ConsentPurpose.Application, now, ownApplication.Id));
            db.CareerConversations.Add(new CareerConversation(other.Id, ["Next role"], "Mornings", null, now));
            db.CandidateReveals.Add(new CandidateReveal(app.World.OrganizationY, other.Id, null, now));
            var search = new SavedSearch(Guid.NewGuid(), Unique("search"), "{\"q\":\"pmp\"}", false, 0, now);
            db.SavedSearches.Add(search);
            db.SavedSearchAlerts.Add(new SavedSearchAlert(search.Id, search.OwnerUserId, other.Id, now));
            db.RetentionNotices.Add(new RetentionNotice { CandidateId = other.Id, SentAt = now, LastActivityAt = now });
            db.TextEmbeddings.Add(new TextEmbedding { OwnerKind = OwnerKind.Candidate, OwnerId = other.Id, Model = "m", ContentHash = "h", Vector = new byte[TextEmbedding.Dimensions], UpdatedAt = now });
            await db.SaveChangesAsync();
            return (Other: other.Id, User: user.Id, Own: ownApplication.Id, TheirsShared: theirsShared.Id, MineShared: mineShared.Id, Submission: submission.Id,
                Interview: interview.Id, Search: search.Id);
        });
        var engagement = await EngagementSeed.CreateAsync(app, app.World.OrganizationX, seed.Other);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DuplicateDetector>().CheckAsync([seed.Other], CancellationToken.None);
        var pair = (await PairAsync(survivor, seed.Other))!;
        Assert.Equal(new[] { "same name; both at Harbor Bank 2015–2019" }, pair.Reasons);
        var feedBefore = await app.WithDbAsync(db => db.ChangeFeed.MaxAsync(f => f.Sequence));

        // Merged from the page without JavaScript: the survivor takes the other's e-mail and phone.
        using var pages = await app.PagesAsync(Persona.Recruiter);
        var fields = Forms.Fields(await pages.GetStringAsync($"/Workspace/Duplicates/{pair.Id}"), "merge-form");
        fields["survivor"] = survivor.ToString();
        fields["fields[name]"] = survivor.ToString();
        fields["fields[email]"] = seed.Other.ToString();
        fields["fields[phone]"] = seed.Other.ToString();
        fields["fields[headline]"] = seed.Other.ToString();
        var merged = await pages.PostAsync($"/Workspace/Duplicates/{pair.Id}?handler=Merge", new FormUrlEncodedContent(fields));
        Assert.True(merged.StatusCode == HttpStatusCode.Redirect, await merged.Content.ReadAsStringAsync());
        Assert.Equal($"/Candidates/{survivor}", merged.Headers.Location!.OriginalString);

        await app.WithDbAsync(async db =>
        {
            Assert.False(await db.Candidates.AnyAsync(c => c.Id == seed.Other));
            var kept = await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == survivor);
            Assert.Equal((email, "+1 617 555 0100", "Dana", family, "Epic program manager"), (kept.Email, kept.Phone, kept.FirstName, kept.LastName, kept.Headline));
            Assert.Equal(2, kept.Roles.Count); // the shared Harbor Bank role once, Mercy Health added
            Assert.Contains(kept.Skills, s => s.TaxonomyCode == "epic");
            Assert.Equal(seed.User, kept.UserId);
            Assert.Equal(survivor, (await db.Users.AsNoTracking().SingleAsync(u => u.Id == seed.User)).CandidateId);

            // Applications: its own moved; for the shared position the more advanced (theirs, in interview) kept, the other folded into a note.
            var applications = await db.Applications.AsNoTracking().Where(a => a.CandidateId == survivor).ToListAsync();
            Assert.Equal(3, applications.Count);
            Assert.Contains(applications, a => a.Id == seed.Own);
            Assert.Contains(applications, a => a.Id == seed.TheirsShared && a.Stage == Stage.Interview);
            Assert.Contains(applications, a => a.PositionId == engagement.PositionId);
            Assert.False(await db.Applications.AnyAsync(a => a.Id == seed.MineShared));
            Assert.False(await db.Applications.AnyAsync(a => a.CandidateId == seed.Other));
            Assert.Equal(seed.TheirsShared, (await db.Interviews.AsNoTracking().SingleAsync(i => i.Id == seed.Interview)).ApplicationId);
            Assert.Equal(survivor, (await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == seed.Submission)).CandidateId);
            Assert.Equal(survivor, (await db.Placements.AsNoTracking().SingleAsync(p => p.Id == engagement.PlacementId)).CandidateId);
            Assert.True(await db.Engagements.AnyAsync(e => e.Id == engagement.EngagementId));
            var notes = await db.Activities.AsNoTracking().Where(a => a.Subject == ActivitySubject.Candidate && a.SubjectId == survivor).Select(a => a.Text).ToListAsync();
            Assert.Contains("Called about the role.", notes);
            Assert.Contains(notes, n => n.Contains("folded into it the one at Sourced", StringComparison.Ordinal));
            Assert.False(await db.Activities.AnyAsync(a => a.SubjectId == seed.Other));
            Assert.Equal(1, await db.Consents.CountAsync(c => c.CandidateId == survivor));
            Assert.Equal(1, await db.CareerConversations.CountAsync(c => c.CandidateId == survivor));
            Assert.Equal(1, await db.CandidateReveals.CountAsync(r => r.CandidateId == survivor));
            Assert.Equal(1, await db.SavedSearchAlerts.CountAsync(a => a.CandidateId == survivor && a.SavedSearchId == seed.Search));
            Assert.False(await db.RetentionNotices.AnyAsync(n => n.CandidateId == seed.Other));
            Assert.False(await db.TextEmbeddings.AnyAsync(e => e.OwnerId == seed.Other));

            var done = await db.DuplicatePairs.AsNoTracking().SingleAsync(p => p.Id == pair.Id);
            Assert.Equal((DuplicateStatus.Merged, survivor, seed.Other), (done.Status, done.SurvivorId, done.MergedId));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "candidate.merge" && e.EntityId == survivor));
            // The matching index follows: the survivor changed, the other is gone.
            var feed = await db.ChangeFeed.AsNoTracking().Where(f => f.Sequence > feedBefore).ToListAsync();
            Assert.Contains(feed, f => f.EntityId == seed.Other && f.Kind == ChangeKind.Deleted);
            Assert.Contains(feed, f => f.EntityId == survivor && f.Kind == ChangeKind.Upserted);
            return true;
        });

        // A stale link to the record merged away leads to the survivor; the pair cannot be merged twice.
        var stale = await pages.GetAsync($"/Candidates/{seed.Other}");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Equal($"/Candidates/{survivor}", stale.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, (await recruiter.PostAsJsonAsync($"/api/v1/duplicates/{pair.Id}/merge", new { survivorId = survivor, version = pair.Version })).StatusCode);
    }

    [Fact]
    public async Task Two_records_with_their_own_accounts_are_not_merged_and_nothing_changes()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var (a, b) = (app.World.CandidateA, app.World.CandidateB);
        var pair = await app.WithDbAsync(async db =>
        {
            var p = new DuplicatePair(a, b, ["same phone"], TimeProvider.System.GetUtcNow());
            db.DuplicatePairs.Add(p);
            await db.SaveChangesAsync();
            return p;
        });
        try
        {
            var response = await recruiter.PostAsJsonAsync($"/api/v1/duplicates/{pair.Id}/merge", new { survivorId = a, version = pair.Version });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("sign-in account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(2, await app.WithDbAsync(db => db.Candidates.CountAsync(c => c.Id == a || c.Id == b)));
            Assert.Equal(DuplicateStatus.Pending, (await PairAsync(a, b))!.Status);
        }
        finally
        {
            await app.WithDbAsync(db => db.DuplicatePairs.Where(p => p.Id == pair.Id).ExecuteDeleteAsync());
        }
    }
}

public sealed class DuplicateTestsOnSqlite(SqliteApp app) : DuplicateTests(app), IClassFixture<SqliteApp>;

public sealed class DuplicateTestsOnPostgres(PostgresApp app) : DuplicateTests(app), IClassFixture<PostgresApp>;
