using Microsoft.Playwright;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Browser.Tests;

public sealed class HomeAndSignInTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Home_InChromium_ShowsTheProductAndTheWayIn()
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync(app.BaseUrl + "/");
        Assert.Equal(200, response!.Status);
        Assert.Equal("Home · Shortlist", await page.TitleAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).First.IsVisibleAsync());
        await page.CloseAsync();
    }

    [Theory]
    [InlineData(Persona.Administrator, "Users")]
    [InlineData(Persona.Recruiter, "Workspace")]
    [InlineData(Persona.HiringManagerX, "Our searches")]
    [InlineData(Persona.CandidateA, "My profile")]
    public async Task SignIn_InChromium_ShowsTheRolesNavigationAndSignsOut(Persona persona, string navLink)
    {
        var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).First.ClickAsync();
        await page.GetByLabel("E-mail").FillAsync(app.World.EmailOf(persona));
        await page.GetByLabel("Password").FillAsync(World.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await nav.GetByRole(AriaRole.Link, new() { Name = navLink }).WaitForAsync();
        Assert.Contains(persona.ToString(), await page.Locator(".who").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).First.WaitForAsync();
        Assert.Equal(0, await nav.GetByRole(AriaRole.Link, new() { Name = navLink }).CountAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysSoAndStaysSignedOut()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, app.World.EmailOf(Persona.CandidateB), "Not-The-Password-1");
        await page.GetByRole(AriaRole.Alert).GetByText("Wrong e-mail or password.").WaitForAsync();
        Assert.EndsWith("/Account/Login", page.Url, StringComparison.Ordinal);
        await page.CloseAsync();
    }
}
