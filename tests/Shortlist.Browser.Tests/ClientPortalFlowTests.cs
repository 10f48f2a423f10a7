using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Shortlist.Web.Tests.Features;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Browser.Tests;

public sealed class ClientPortalFlowTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Public_request_to_blind_shortlist_reveal_feedback_slots_and_a_confirmed_interview()
    {
        // A public search request, verified by the mailed link.
        var title = $"Browser portal PM {Guid.NewGuid():N}"[..30];
        var email = $"{Guid.NewGuid():N}@clinic.test";
        var visitor = await app.NewContextAsync();
        var page = await visitor.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/search-requests/new");
        await page.Locator("[name='Form.Title']").FillAsync(title);
        await page.Locator("[name='Form.Industry']").SelectOptionAsync("healthcare");
        await page.Locator("[name='Form.MustHaves']").FillAsync("PMP");
        await page.Locator("[name='Form.Workplace']").SelectOptionAsync("Remote");
        await page.Locator("[name='Form.Engagement'][value='Contract']").CheckAsync();
        await page.Locator("[name='Form.RequesterName']").FillAsync("Rita Requester");
        await page.Locator("[name='Form.RequesterEmail']").FillAsync(email);
        await page.Locator("[name='Form.RequesterOrganization']").FillAsync("Xenon Health");
        await page.WaitForTimeoutAsync(3_500); // a person takes longer than the minimum fill time
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Check your e-mail" }).WaitForAsync();
        var link = SearchRequestTests.VerificationLink(app, email);
        Assert.NotNull(link);
        await page.GotoAsync(app.BaseUrl + link);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Thank you: your request is confirmed" }).WaitForAsync();
        await visitor.CloseAsync();

        // The recruiter qualifies it for the existing client X, reviews blind on this position, and submits two candidates.
        var recruiter = await app.SignedInContextAsync(Persona.Recruiter);
        var desk = await recruiter.NewPageAsync();
        await desk.GotoAsync(app.BaseUrl + "/Workspace/Requests");
        await desk.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await desk.Locator("select[name='Qualify.Organization']").SelectOptionAsync(app.World.OrganizationX.ToString());
        await desk.GetByRole(AriaRole.Button, new() { Name = "Create the position" }).ClickAsync();
        await desk.WaitForAddressAsync(new Regex("/Positions/[0-9a-f-]{36}$"));
        var positionId = Guid.Parse(desk.Url[^36..]);
        await desk.GetByLabel("Blind for this position").CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(desk.Locator("[role=status]")).ToContainTextAsync("Blind review setting saved");
        // Candidates join the pipeline as the ranking page's "add" does (that page has its own browser test).
        var first = await ClientWorld.NewApplicationAsync(app, positionId, await ClientWorld.NewCandidateAsync(app));
        var second = await ClientWorld.NewApplicationAsync(app, positionId, await ClientWorld.NewCandidateAsync(app));
        foreach (var application in new[] { first, second })
        {
            await desk.GotoAsync(app.BaseUrl + $"/Positions/{positionId}");
            await desk.Locator($"tr[data-id='{application}']").GetByRole(AriaRole.Link, new() { Name = "Submit to the client" }).ClickAsync();
            await desk.GetByLabel("Note to the client").FillAsync("Led an Epic go-live.");
            await desk.GetByRole(AriaRole.Button, new() { Name = "Submit to the client" }).ClickAsync();
            await Assertions.Expect(desk.Locator("[role=status]")).ToContainTextAsync("was submitted to the client");
        }

        // The hiring manager reviews the blind shortlist, reveals one, gives feedback and proposes slots.
        var manager = await app.SignedInContextAsync(Persona.HiringManagerX);
        var review = await manager.NewPageAsync();
        await review.GotoAsync(app.BaseUrl + "/Client");
        await review.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        await Assertions.Expect(review.Locator("#shortlist")).ToContainTextAsync("Candidate 2");
        Assert.DoesNotContain("Quinton", await review.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        await review.GetByRole(AriaRole.Link, new() { Name = "Candidate 1" }).ClickAsync();
        Assert.DoesNotContain("Quinton", await review.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        await review.GetByRole(AriaRole.Button, new() { Name = "Reveal this candidate" }).ClickAsync();
        await Assertions.Expect(review.Locator("#candidate-name")).ToHaveTextAsync("Zelda Quinton");
        var candidateId = await app.WithDbAsync(db => db.Applications.Where(a => a.Id == first).Select(a => a.CandidateId).SingleAsync());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "candidate.reveal" && a.EntityId == candidateId)));
        await review.GetByLabel("Advance").CheckAsync();
        await review.GetByLabel("Comment").FillAsync("Strong Epic background; let us meet.");
        await review.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Assertions.Expect(review.Locator("[role=status]")).ToContainTextAsync("your feedback went to the recruiter");
        var start = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(6).AddHours(15);
        await review.Locator("#Slots_0__Start").FillAsync(start.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await review.Locator("#Slots_0__Location").FillAsync("https://meet.example.com/xenon");
        await review.GetByRole(AriaRole.Button, new() { Name = "Propose these slots" }).ClickAsync();
        await Assertions.Expect(review.Locator("#proposed-slots")).ToContainTextAsync("meet.example.com");

        // The recruiter confirms the slot: an invitation with an .ics goes out.
        var before = Directory.GetFiles(app.MailFolder, "*.eml").Length;
        await desk.GotoAsync(app.BaseUrl + $"/Positions/{positionId}");
        await Assertions.Expect(desk.Locator($"tr[data-id='{first}']")).ToContainTextAsync("Strong Epic background");
        await desk.Locator($"tr[data-id='{first}']").GetByRole(AriaRole.Button, new() { Name = "Confirm this slot" }).ClickAsync();
        await Assertions.Expect(desk.Locator("[role=status]")).ToContainTextAsync("The interview is scheduled");
        var mails = Mail.ReadAll(app.MailFolder).Skip(before).ToList();
        var invitation = Assert.Single(mails, m => m.To.Contains(app.World.EmailOf(Persona.HiringManagerX), StringComparison.OrdinalIgnoreCase));
        Assert.Contains(invitation.Parts, p => p.ContentType.StartsWith("text/calendar", StringComparison.Ordinal));
        await manager.CloseAsync();
        await recruiter.CloseAsync();
    }
}
