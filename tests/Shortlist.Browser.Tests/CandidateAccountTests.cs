using Microsoft.Playwright;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Browser.Tests;

/// <summary>A professional creates an account (agreeing to the privacy notice), signs out and in again, and edits the profile.</summary>
public sealed class CandidateAccountTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private async Task<(IBrowserContext Context, IPage Page, string Email)> RegisterAsync()
    {
        var email = $"br{Guid.NewGuid():N}"[..14] + "@world.test";
        var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Account/Register");
        await page.GetByLabel("First name").FillAsync("Bria");
        await page.GetByLabel("Last name").FillAsync("Browser");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(World.Password);
        await page.GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForExactAddressAsync(app.BaseUrl + "/Portal");
        return (context, page, email);
    }

    [Fact]
    public async Task Register_WithConsent_ThenSignOutAndSignInAgain()
    {
        var (context, page, email) = await RegisterAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit my profile" }).First.WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).First.WaitForAsync();

        await page.SignInAsync(app.BaseUrl, email, World.Password);
        await page.WaitForExactAddressAsync(app.BaseUrl + "/Portal");
        Assert.Contains("Bria Browser", await page.Locator("h1").First.InnerTextAsync(), StringComparison.Ordinal);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Register_WithoutTickingConsent_IsNotSent()
    {
        var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Account/Register");
        await page.GetByLabel("First name").FillAsync("No");
        await page.GetByLabel("Last name").FillAsync("Tick");
        await page.GetByLabel("E-mail").FillAsync("notick@world.test");
        await page.GetByLabel("Password").FillAsync(World.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        Assert.EndsWith("/Account/Register", page.Url, StringComparison.Ordinal);
        Assert.False(await page.GetByRole(AriaRole.Checkbox).IsCheckedAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task EditProfile_AddASkillRow_SaveAndSeeIt()
    {
        var (context, page, _) = await RegisterAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit my profile" }).First.ClickAsync();
        await page.WaitForExactAddressAsync(app.BaseUrl + "/Portal/Profile");

        var skills = page.Locator("#skills");
        var before = await skills.Locator("fieldset.row").CountAsync();
        await skills.GetByRole(AriaRole.Button, new() { Name = "Add more rows" }).ClickAsync();
        await Assertions.Expect(skills.Locator("fieldset.row")).ToHaveCountAsync(before + 1); // added in place by profile.js
        var last = skills.Locator("fieldset.row").Last;
        await last.GetByLabel("Skill").FillAsync("Scrum");
        await last.GetByLabel("Years").FillAsync("6");
        await last.GetByLabel("Last used (year)").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).First.ClickAsync();

        await page.GetByRole(AriaRole.Status).GetByText("Your profile is saved").WaitForAsync();
        var names = await page.Locator("#skills input[name$='.Name']").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");
        Assert.Contains(names, n => n.Contains("Scrum", StringComparison.OrdinalIgnoreCase));

        await page.GotoAsync(app.BaseUrl + "/Portal");
        Assert.Contains("Scrum", await page.Locator("ul.tags").First.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await context.CloseAsync();
    }
}
