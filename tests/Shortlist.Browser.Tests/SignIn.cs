using Microsoft.Playwright;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Browser.Tests;

/// <summary>Signing in through the product's sign-in page, as a visitor does.</summary>
public static class SignIn
{
    /// <summary>
    /// Opens the sign-in page, fills in the e-mail and the password and presses "Sign in". It does not wait for the outcome:
    /// each caller waits for what it expects (its start page, the "Sign out" button, or the refusal).
    /// </summary>
    public static async Task SignInAsync(this IPage page, string baseUrl, string email, string password)
    {
        await page.GotoAsync(baseUrl + "/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>A new context signed in as <paramref name="persona"/> of the small world: the sign-in page has shown it signed in, and its page is closed.</summary>
    public static async Task<IBrowserContext> SignedInContextAsync(this BrowserFixture app, Persona persona, BrowserNewContextOptions? options = null)
    {
        var context = await app.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, app.World.EmailOf(persona), World.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();
        await page.CloseAsync();
        return context;
    }
}
