using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Pipeline;
using Requirement = Shortlist.Domain.Positions.Requirement;
using Shortlist.Web.Features.Matching;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Browser.Tests;

public sealed class PipelineBoardTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Add_three_from_matching_move_by_keyboard_and_drag_interview_offer_place_and_the_search_shows_the_hours()
    {
        var marker = $"board-{Guid.NewGuid():N}"[..18];
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var (positionId, candidateIds) = await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var people = new[] { "Ann", "Ben", "Cai" }.Select((name, i) =>
            {
                var c = new Candidate(name, "Boardtest", $"{marker}-{i}@world.test", now);
                c.SetProfile("Project manager", null, [], [new ProfileSkill(marker, "Marker", 5, 2026)], [], [], [], now);
                return c;
            }).ToList();
            var position = new Shortlist.Domain.Positions.Position(app.World.OrganizationX, "Board flow position", "Run the board.", "healthcare", now);
            position.SetTerms(null, null, WorkplaceMode.Remote, EngagementTypes.Contract, null, false, null, now);
            position.SetRequirements([new Requirement(marker, "Marker", Importance.Must, 1)], now);
            position.SetPlan(today.AddDays(30), today.AddDays(60), 20_000, 10, now);
            position.Publish(now);
            db.AddRange(people);
            db.Add(position);
            await db.SaveChangesAsync();
            return (position.Id, people.Select(p => p.Id).ToList());
        });
        await app.Services.GetRequiredService<MatchingService>().CatchUpAsync(CancellationToken.None);

        var context = await app.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(app.World.EmailOf(Persona.Recruiter));
        await page.GetByLabel("Password").FillAsync(World.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Workspace" }).WaitForAsync();

        // Three candidates from the match page into the pipeline.
        await page.GotoAsync($"{app.BaseUrl}/Positions/Match/{positionId}");
        for (var i = 0; i < 3; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Add to pipeline" }).First.ClickAsync();
            await Assertions.Expect(page.Locator("#ranking .tag", new() { HasText = "in pipeline" })).ToHaveCountAsync(i + 1);
        }
        var apps = await app.WithDbAsync(db => db.Applications.Where(a => a.PositionId == positionId).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        Assert.Equal(3, apps.Count);

        await page.GotoAsync($"{app.BaseUrl}/Workspace/Positions/{positionId}/pipeline");
        await Assertions.Expect(page.Locator("section.board-column[data-stage=Sourced] .count")).ToHaveTextAsync("3");
        var status = page.Locator("#board-status");

        // Keyboard: the right arrow on a focused card moves it to its next stage.
        await page.Locator($"#card-{apps[0]}").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(status).ToContainTextAsync("Moved to Screening");
        await Assertions.Expect(page.Locator($"section.board-column[data-stage=Screening] #card-{apps[0]}")).ToHaveCountAsync(1);

        // Drag and drop onto the Submitted column.
        await page.Locator($"#card-{apps[1]}").DragToAsync(page.Locator("section.board-column[data-stage=Submitted]"));
        await Assertions.Expect(status).ToContainTextAsync("Moved to Submitted");
        await Assertions.Expect(page.Locator($"section.board-column[data-stage=Submitted] #card-{apps[1]}")).ToHaveCountAsync(1);

        // The card's own form (no script needed): on to client review.
        var card = page.Locator($"#card-{apps[1]}");
        await card.Locator("select.move-stage").SelectOptionAsync("ClientReview");
        await card.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("Moved to Client review");

        card = page.Locator($"#card-{apps[1]}");
        await card.Locator("summary", new() { HasText = "Schedule an interview" }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Schedule and invite" }).ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("Interview scheduled");

        card = page.Locator($"#card-{apps[1]}");
        await card.Locator("summary", new() { HasText = "Make an offer" }).ClickAsync();
        await card.Locator("input[name=amount]").FillAsync("115");
        await card.GetByRole(AriaRole.Button, new() { Name = "Record offer" }).ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("Offer recorded");

        card = page.Locator($"#card-{apps[1]}");
        await card.Locator("summary", new() { HasText = "Place" }).ClickAsync();
        await card.Locator("input[name=startDate]").FillAsync(today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await card.Locator("input[name=endDate]").FillAsync(today.AddDays(200).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await card.Locator("input[name=billRate]").FillAsync("115");
        await card.Locator("input[name=hoursBudget]").FillAsync("960");
        await card.GetByRole(AriaRole.Button, new() { Name = "Place", Exact = true }).ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("contract engagement has started");
        Assert.Equal(Stage.Placed, await app.WithDbAsync(db => db.Applications.Where(a => a.Id == apps[1]).Select(a => a.Stage).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Interviews.CountAsync(i => i.ApplicationId == apps[1])));
        Assert.Equal(960, await app.WithDbAsync(db => db.Engagements.Join(db.Placements, e => e.PlacementId, p => p.Id, (e, p) => new { e, p })
            .Where(x => x.p.ApplicationId == apps[1]).Select(x => x.e.HoursBudget).SingleAsync()));

        // The search: hours logged beyond the 10-hour budget turn it over budget, and the burn chart shows them.
        await page.GotoAsync($"{app.BaseUrl}/Workspace/Searches/{positionId}");
        await page.Locator("#Hours").FillAsync("11");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log hours" }).ClickAsync();
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("Over budget");
        await Assertions.Expect(page.Locator("#hours-logged")).ToContainTextAsync("11 of 10 budgeted");
        await Assertions.Expect(page.Locator("svg.search-chart .chart-point")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("svg.search-chart desc")).ToContainTextAsync("11 hours logged of a 10-hour budget");
        await context.CloseAsync();
    }
}
