using System.Text.Json;
using Microsoft.Playwright;
using Shortlist.Web.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Shortlist.Browser.Tests;

public sealed class PrivacyPageTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_candidate_downloads_their_data_then_deletes_the_account_and_can_no_longer_sign_in()
    {
        var email = $"browser-{Guid.NewGuid():N}"[..20] + "@privacy.test";
        const string password = "Browser-Erase-Pass-1";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AccountService>().RegisterCandidateAsync(email, password, "Brenda", "Browserly", Shortlist.Web.Features.Legal.PrivacyNotice.Version, CancellationToken.None);
            Assert.True(result.Succeeded);
        }

        var context = await app.NewContextAsync(new() { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, email, password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Privacy", Exact = true }).ClickAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download all my data" }).ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(path)))
        {
            var basics = json.RootElement.GetProperty("resume").GetProperty("basics");
            Assert.Equal("Brenda Browserly", basics.GetProperty("name").GetString());
            Assert.Equal(email, basics.GetProperty("email").GetString());
        }

        await page.GetByLabel("Your password").FillAsync(password);
        await page.GetByLabel("I understand").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and data" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your account and data are erased" }).WaitForAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).CountAsync());

        await page.SignInAsync(app.BaseUrl, email, password);
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "My profile" }).CountAsync());
        await context.CloseAsync();
    }
}
