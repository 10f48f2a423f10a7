using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Engagements;
using Shortlist.Web.Features.Matching;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Browser.Tests;

/// <summary>
/// The recruiter's whole search, each person signed in as themselves in Chromium and every step done on the product's pages:
/// the hiring manager asks, the recruiter qualifies, ranks, adds three, submits two; the client answers with feedback and
/// slots; the recruiter confirms a slot from the card, offers and places (a contract, so an engagement starts), logs hours;
/// the professional enters a week, the client approves it; the search's status and both charts show the figures.
/// </summary>
public sealed class RecruiterFlowTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Request_to_position_ranking_pipeline_client_feedback_interview_offer_placement_timesheet_and_the_search_figures()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var title = $"Flow PM {Guid.NewGuid():N}"[..20];
        // The talent pool: Ada (who has an account) and two others hold the PMP the client asks for.
        await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var ada = await db.Candidates.SingleAsync(c => c.Id == app.World.CandidateA);
            ada.SetProfile("Healthcare IT project manager", null, [], [new ProfileSkill("epic", "Epic", 7, 2026)], [new ProfileCertification("pmp", "PMP", 2016)], [], [], now);
            foreach (var (first, last) in new[] { ("Flora", "Flowtest"), ("Gus", "Flowtest") })
            {
                var c = new Candidate(first, last, $"{first.ToLowerInvariant()}.{Guid.NewGuid():N}"[..20] + "@world.test", now);
                c.SetProfile("Project manager", null, [], [], [new ProfileCertification("pmp", "PMP", 2019)], [], [], now);
                db.Candidates.Add(c);
            }
            return await db.SaveChangesAsync();
        });
        await app.Services.GetRequiredService<MatchingService>().CatchUpAsync(CancellationToken.None);

        // 1. The hiring manager asks for a search in the client portal.
        var manager = await app.SignedInContextAsync(Persona.HiringManagerX);
        var client = await manager.NewPageAsync();
        await client.GotoAsync(app.BaseUrl + "/Client/Requests/New");
        await client.Locator("[name='Form.Title']").FillAsync(title);
        await client.Locator("[name='Form.Industry']").SelectOptionAsync("healthcare");
        await Assertions.Expect(client.Locator("#suggestion-list")).ToContainTextAsync("HIPAA");
        foreach (var box in await client.Locator("#suggestion-list input[type=checkbox]").AllAsync()) await box.UncheckAsync();
        await client.Locator("[name='Form.MustHaves']").FillAsync("PMP");
        await client.Locator("[name='Form.Workplace']").SelectOptionAsync("Remote");
        await client.Locator("[name='Form.Engagement'][value='Contract']").CheckAsync();
        await client.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(client.GetByRole(AriaRole.Status)).ToContainTextAsync("Your request was sent to our recruiters.");

        // 2. The recruiter qualifies it: requirements as proposed, target dates and budgets.
        var recruiter = await app.SignedInContextAsync(Persona.Recruiter);
        var desk = await recruiter.NewPageAsync();
        await desk.GotoAsync(app.BaseUrl + "/Workspace/Requests");
        await desk.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await desk.Locator("[name='Qualify.TargetShortlistDate']").FillAsync(Day(today.AddDays(5)));
        await desk.Locator("[name='Qualify.TargetFillDate']").FillAsync(Day(today.AddDays(30)));
        await desk.Locator("[name='Qualify.FeeBudget']").FillAsync("25000");
        await desk.Locator("[name='Qualify.EffortHoursBudget']").FillAsync("12");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Create the position" }).ClickAsync();
        await desk.WaitForAddressAsync(new Regex("/Positions/[0-9a-f-]{36}$"));
        var positionId = Guid.Parse(desk.Url[^36..]);

        // The new search is on "My searches", at risk with its reason.
        await desk.GotoAsync(app.BaseUrl + "/Workspace/Searches");
        var row = desk.Locator($"#search-{positionId}");
        await Assertions.Expect(row).ToContainTextAsync("At risk");
        await Assertions.Expect(row).ToContainTextAsync("The shortlist is due in 5 days and none of 3 submitted.");

        // 3. The match page ranks the pool; three go into the pipeline.
        await desk.GotoAsync($"{app.BaseUrl}/Positions/Match/{positionId}");
        var ranking = desk.Locator("#ranking ol.matches > li");
        await Assertions.Expect(ranking.Filter(new() { HasText = "Ada Archer" })).ToHaveCountAsync(1);
        for (var i = 0; i < 3; i++)
        {
            await desk.GetByRole(AriaRole.Button, new() { Name = "Add to pipeline" }).First.ClickAsync();
            await Assertions.Expect(desk.Locator("#ranking .tag", new() { HasText = "in pipeline" })).ToHaveCountAsync(i + 1);
        }
        await Assertions.Expect(ranking.Filter(new() { HasText = "Ada Archer" }).Locator(".tag")).ToHaveTextAsync("in pipeline");

        // 4. The board: Ada moves on with the keyboard; Ada and Flora are submitted to the client with the explanation.
        var board = $"{app.BaseUrl}/Workspace/Positions/{positionId}/pipeline";
        await desk.GotoAsync(board);
        await Assertions.Expect(desk.Locator("section.board-column[data-stage=Sourced] .count")).ToHaveTextAsync("3");
        var ada = desk.Locator(".pipeline-card", new() { HasText = "Ada Archer" });
        await ada.FocusAsync();
        await desk.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(desk.Locator("#board-status")).ToContainTextAsync("Moved to Screening");
        foreach (var name in new[] { "Ada Archer", "Flora Flowtest" })
        {
            await desk.GotoAsync(board);
            await desk.Locator(".pipeline-card", new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = "Submit to client" }).ClickAsync();
            await desk.GetByLabel("Note to the client").FillAsync($"{name} has run PMP-certified programmes.");
            await desk.GetByRole(AriaRole.Button, new() { Name = "Submit to the client" }).ClickAsync();
            await Assertions.Expect(desk.Locator("[role=status]")).ToContainTextAsync($"{name} was submitted to the client");
        }

        // 5. The hiring manager reviews the shortlist, advances Ada with a comment and proposes a slot.
        await client.GotoAsync(app.BaseUrl + "/Client");
        await client.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        await Assertions.Expect(client.Locator("table")).ToContainTextAsync("Flora Flowtest");
        await client.GetByRole(AriaRole.Link, new() { Name = "Ada Archer" }).ClickAsync();
        await client.GetByLabel("Advance").CheckAsync();
        await client.GetByLabel("Comment").FillAsync("Strong on Epic; let us meet her.");
        await client.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Assertions.Expect(client.Locator("[role=status]")).ToContainTextAsync("your feedback went to the recruiter");
        var slot = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(3).AddHours(15);
        await client.Locator("#Slots_0__Start").FillAsync(slot.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await client.Locator("#Slots_0__Location").FillAsync("https://meet.example.com/flow");
        await client.GetByRole(AriaRole.Button, new() { Name = "Propose these slots" }).ClickAsync();
        await Assertions.Expect(client.Locator("#proposed-slots")).ToContainTextAsync("meet.example.com/flow");

        // 6. The recruiter is notified, sees the feedback and the slot on Ada's card, and confirms it: an invitation with an .ics.
        await desk.GotoAsync(app.BaseUrl + "/Notifications");
        await Assertions.Expect(desk.Locator("main")).ToContainTextAsync("gave feedback on Ada Archer");
        await Assertions.Expect(desk.Locator("main")).ToContainTextAsync("asks for an interview with Ada Archer");
        await desk.GotoAsync(board);
        ada = desk.Locator(".pipeline-card", new() { HasText = "Ada Archer" });
        await Assertions.Expect(ada.Locator(".client-feedback")).ToContainTextAsync("Advance");
        await Assertions.Expect(ada.Locator(".client-feedback")).ToContainTextAsync("Strong on Epic; let us meet her.");
        var mailsBefore = Directory.GetFiles(app.MailFolder, "*.eml").Length;
        await ada.GetByRole(AriaRole.Button, new() { Name = "Confirm this slot" }).ClickAsync();
        await Assertions.Expect(desk.Locator("#board-status")).ToContainTextAsync($"Interview scheduled for {slot:yyyy-MM-dd} 15:00 UTC");
        var invitation = Assert.Single(Mail.ReadAll(app.MailFolder).Skip(mailsBefore), m => m.To.Contains(app.World.EmailOf(Persona.CandidateA), StringComparison.OrdinalIgnoreCase));
        Assert.Contains(invitation.Parts, p => p.ContentType.StartsWith("text/calendar", StringComparison.Ordinal));
        ada = desk.Locator("section.board-column[data-stage=Interview] .pipeline-card", new() { HasText = "Ada Archer" });
        await Assertions.Expect(ada.Locator(".interview")).ToContainTextAsync("meet.example.com/flow");

        // 7. Offer, then place: a contract placement starts an engagement with its dates, rate and hours budget.
        await ada.Locator("summary", new() { HasText = "Make an offer" }).ClickAsync();
        await ada.Locator("input[name=amount]").FillAsync("110");
        await ada.GetByRole(AriaRole.Button, new() { Name = "Record offer" }).ClickAsync();
        await Assertions.Expect(desk.Locator("#board-status")).ToContainTextAsync("Offer recorded");
        ada = desk.Locator("section.board-column[data-stage=Offer] .pipeline-card", new() { HasText = "Ada Archer" });
        var monday = TimesheetWeek.MondayOf(today);
        await ada.Locator("summary", new() { HasText = "Place" }).ClickAsync();
        await ada.Locator("input[name=startDate]").FillAsync(Day(monday));
        await ada.Locator("select[name=engagement]").SelectOptionAsync("Contract");
        await ada.Locator("input[name=endDate]").FillAsync(Day(today.AddDays(120)));
        await ada.Locator("input[name=billRate]").FillAsync("110");
        await ada.Locator("input[name=hoursBudget]").FillAsync("480");
        await ada.GetByRole(AriaRole.Button, new() { Name = "Place", Exact = true }).ClickAsync();
        await Assertions.Expect(desk.Locator("#board-status")).ToContainTextAsync("the contract engagement has started");
        await Assertions.Expect(desk.Locator("section.board-column[data-stage=Placed] .count")).ToHaveTextAsync("1");

        // 8. The recruiter logs hours on the search: thirteen against twelve budgeted.
        await desk.GotoAsync($"{app.BaseUrl}/Workspace/Searches/{positionId}");
        await desk.Locator("#Hours").FillAsync("13");
        await desk.Locator("#Note").FillAsync("Sourcing, screening and the client calls");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Log hours" }).ClickAsync();
        await Assertions.Expect(desk.Locator("#search-status")).ToHaveTextAsync("Over budget");
        await Assertions.Expect(desk.Locator("#hours-logged")).ToHaveTextAsync("13 of 12 budgeted");
        await Assertions.Expect(desk.Locator("svg.search-chart .chart-point")).ToHaveCountAsync(1);
        await Assertions.Expect(desk.Locator("svg.search-chart desc")).ToContainTextAsync("13 hours logged of a 12-hour budget");

        // 9. Ada enters her week in the candidate portal and submits it.
        var professional = await app.SignedInContextAsync(Persona.CandidateA);
        var portal = await professional.NewPageAsync();
        await portal.GotoAsync(app.BaseUrl + "/Portal/Timesheets");
        await Assertions.Expect(portal.Locator("#week-form")).ToBeVisibleAsync();
        for (var i = 0; i < 3; i++) await portal.Locator($"#hours-{i}").FillAsync("8");
        await portal.GetByRole(AriaRole.Button, new() { Name = "Save and submit for approval" }).ClickAsync();
        await Assertions.Expect(portal.GetByRole(AriaRole.Status)).ToContainTextAsync("Your week is submitted");

        // 10. The hiring manager approves it.
        await client.GotoAsync(app.BaseUrl + "/Client/Timesheets");
        var sheet = client.Locator("section.timesheet", new() { HasText = "Ada Archer" });
        await Assertions.Expect(sheet).ToContainTextAsync("24 h");
        await sheet.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(client.GetByRole(AriaRole.Status)).ToContainTextAsync($"Ada Archer, week of {Day(monday)}");

        // 11. The recruiter: the search is over budget with its reason on "My searches"; the engagement's burn shows the approved week.
        await desk.GotoAsync(app.BaseUrl + "/Workspace/Searches");
        row = desk.Locator($"#search-{positionId}");
        await Assertions.Expect(row).ToContainTextAsync("filled");
        await Assertions.Expect(row).ToContainTextAsync("Over budget");
        await Assertions.Expect(row).ToContainTextAsync("13 hours logged against a budget of 12.");
        await Assertions.Expect(row).ToContainTextAsync("13 / 12");
        await desk.GotoAsync(app.BaseUrl + "/Workspace/Engagements");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Ada Archer" }).First.ClickAsync();
        var burn = desk.Locator("section.burn");
        await Assertions.Expect(burn).ToContainTextAsync("Hours: 24 of 480 (5");
        await Assertions.Expect(burn.Locator("dd").First).ToHaveTextAsync("24 h");
        await Assertions.Expect(burn).ToContainTextAsync("2,640.00 of 52,800.00 at 110.00 an hour");

        await professional.CloseAsync();
        await manager.CloseAsync();
        await recruiter.CloseAsync();
    }
}
