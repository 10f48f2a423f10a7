using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shortlist.Domain.Common;
using Position = Shortlist.Domain.Positions.Position;

namespace Shortlist.Browser.Tests;

/// <summary>
/// With JavaScript, /jobs updates in place: typing searches as you type, a filter link or the sort changes the results
/// without loading a new page, the address stays shareable, and Back restores the earlier results.
/// </summary>
public sealed class JobBoardScriptTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Job_board_updates_in_place_and_keeps_the_address_shareable()
    {
        var marker = "j" + Guid.NewGuid().ToString("N")[..10];
        await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            foreach (var (title, workplace) in new[] { ("Scrum master", WorkplaceMode.Remote), ("Business analyst", WorkplaceMode.Hybrid) })
            {
                var p = new Position(app.World.OrganizationX, $"{title} {marker}", "Script test position.", "healthcare", now);
                p.SetTerms(new Place("Boston", "MA", "US"), 50, workplace, EngagementTypes.Contract, null, false, null, now);
                p.Publish(now);
                db.Positions.Add(p);
            }
            return await db.SaveChangesAsync();
        });
        var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(m.Text); };
        await page.GotoAsync(app.BaseUrl + "/jobs");
        // A value that survives only as long as the document does: a full page load would drop it.
        await page.EvaluateAsync("() => { window.sameDocument = true; }");

        // Typing alone (no Enter) searches, and the address follows.
        await page.GetByLabel("Keywords").FillAsync(marker);
        await page.WaitForAddressContainingAsync($"q={marker}");
        await Expect(page.Locator("ol.jobs h3 a")).ToHaveCountAsync(2);
        await Expect(page.Locator(".results-count")).ToHaveTextAsync("2 open positions");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "2 open positions" })).ToHaveCountAsync(1);

        // A filter link: the results narrow, the search is kept, the document is the same one.
        await page.Locator("nav.facets a[data-facet=workplace]", new() { HasText = "Remote" }).ClickAsync();
        await page.WaitForAddressAsync(new Regex($"^(?=.*workplace=Remote)(?=.*q={marker})"));
        await Expect(page.Locator("ol.jobs h3 a")).ToHaveCountAsync(1);
        await Expect(page.Locator("ol.jobs h3 a")).ToContainTextAsync("Scrum master");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));

        // The address is shareable: opened fresh, it shows the same results.
        var shared = page.Url;
        var other = await context.NewPageAsync();
        await other.GotoAsync(shared);
        await Expect(other.Locator("ol.jobs h3 a")).ToHaveCountAsync(1);

        // Back restores the unfiltered search.
        await page.GoBackAsync();
        await page.WaitForAddressAsync(new Regex("^(?!.*workplace=)"));
        await Expect(page.Locator("ol.jobs h3 a")).ToHaveCountAsync(2);
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
        Assert.Empty(violations);
        await context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
