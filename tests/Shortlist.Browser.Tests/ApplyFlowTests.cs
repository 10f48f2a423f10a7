using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shortlist.Domain.Common;
using Shortlist.Web.Tests.Features;

namespace Shortlist.Browser.Tests;

public sealed class ApplyFlowTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Search_filter_open_apply_with_a_pdf_confirm_and_follow_the_application()
    {
        var marker = $"zq{Guid.NewGuid():N}"[..12];
        var title = $"Epic rollout lead {marker}";
        await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var position = new Shortlist.Domain.Positions.Position(app.World.OrganizationX, title, "Lead an Epic ambulatory rollout.", "healthcare", now);
            position.SetTerms(new Place("Boston", "MA", "US"), 50, WorkplaceMode.Remote, EngagementTypes.Contract, null, false, null, now);
            position.Publish(now);
            db.Positions.Add(position);
            await db.SaveChangesAsync();
            return position.Id;
        });

        var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/jobs");
        await page.GetByLabel("Keywords").FillAsync(marker);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        // With JavaScript the results update in place; the address says when the search has been applied.
        await page.WaitForAddressContainingAsync($"q={marker}");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Filter positions" }).GetByRole(AriaRole.Link, new() { Name = "Remote" }).ClickAsync();
        await page.WaitForAddressContainingAsync("workplace=Remote", RegexOptions.IgnoreCase);
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Apply", Exact = true }).ClickAsync();
        await page.Locator("#upload-form input[type=file]").SetInputFilesAsync(ApplyTests.MariaPdf);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and read my résumé" }).ClickAsync();

        // The parsed profile, for confirmation.
        await Assertions.Expect(page.GetByLabel("First name")).ToHaveValueAsync("Maria");
        await Assertions.Expect(page.GetByLabel("Last name")).ToHaveValueAsync("Delgado");
        var email = $"{marker}@apply.test";
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("I have read and agree").CheckAsync();
        await page.GetByLabel("Choose a password for your account").FillAsync("Browser-Apply-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my application" }).ClickAsync();

        await page.WaitForAddressEndingAsync("/Portal/Applications");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".my-applications .stage").First).ToHaveTextAsync("Received");

        await page.GetByRole(AriaRole.Link, new() { Name = "See the profile we read from your résumé" }).ClickAsync();
        await page.WaitForAddressEndingAsync("/Portal");
        await Assertions.Expect(page.GetByText("Bayview Health Partners").First).ToBeVisibleAsync();
        await context.CloseAsync();
    }
}
