using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Positions;
using Shortlist.Web.Features.Matching;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Browser.Tests;

public sealed class MatchPageTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Changing_a_weight_re_ranks_at_once_and_saving_keeps_it()
    {
        var marker = $"marker-{Guid.NewGuid():N}"[..20];
        var (positionId, epicId, pmpId) = await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var epic = new Candidate("Erin", "Epicfirst", $"{marker}-e@world.test", now);
            epic.SetProfile("Epic PM", null, [], [new ProfileSkill(marker, "Marker", 5, 2026), new ProfileSkill("epic", "Epic", 9, 2026)], [], [], [], now);
            var pmp = new Candidate("Pat", "Pmpfirst", $"{marker}-p@world.test", now);
            pmp.SetProfile("PMP PM", null, [], [new ProfileSkill(marker, "Marker", 5, 2026)], [new ProfileCertification("pmp", "PMP", 2015)], [], [], now);
            var position = new Shortlist.Domain.Positions.Position(app.World.OrganizationX, "Browser-ranked position", "Rank me.", "healthcare", now);
            position.SetTerms(null, null, WorkplaceMode.Remote, EngagementTypes.Contract, null, false, null, now);
            position.SetRequirements([new Requirement(marker, "Marker", Importance.Must, 1), new Requirement("epic", "Epic", Importance.Strong, 3), new Requirement("pmp", "PMP", Importance.Strong, 1)], now);
            db.AddRange(epic, pmp, position);
            await db.SaveChangesAsync();
            return (position.Id, epic.Id, pmp.Id);
        });
        await app.Services.GetRequiredService<MatchingService>().CatchUpAsync(CancellationToken.None);

        var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, app.World.EmailOf(Persona.Recruiter), World.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Workspace" }).WaitForAsync();

        await page.GotoAsync($"{app.BaseUrl}/Positions/Match/{positionId}");
        var first = page.Locator("#ranking ol.matches > li").First.Locator(".match-head a");
        Assert.Equal($"/Candidates/{epicId}", await first.GetAttributeAsync("href"));

        // Turn Epic down and PMP up: the ranking updates without a page load.
        await page.GetByLabel("Weight of Epic").FillAsync("0.5");
        await page.GetByLabel("Weight of PMP").FillAsync("5");
        await Assertions.Expect(page.Locator("#ranking ol.matches > li").First.Locator(".match-head a")).ToHaveAttributeAsync("href", $"/Candidates/{pmpId}");
        Assert.EndsWith($"/Positions/Match/{positionId}", page.Url, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save weights" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).GetByText("Saved.").WaitForAsync();
        Assert.Equal(5, await app.WithDbAsync(async db => (await db.Positions.FindAsync(positionId))!.Requirements[2].Weight));

        // Explanations open without script.
        await page.Locator("#ranking details.explanation").First.Locator("summary").ClickAsync();
        Assert.True(await page.Locator("#ranking details.explanation").First.GetByText("Requirements").IsVisibleAsync());
        await context.CloseAsync();
    }
}
