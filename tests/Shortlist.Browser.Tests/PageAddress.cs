using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Shortlist.Browser.Tests;

/// <summary>Waiting for a page to reach an address.</summary>
public static class PageAddress
{
    /// <summary>
    /// Waits until the page's address matches <paramref name="address"/> (within a minute, like the contexts' other
    /// waits), then until the page has loaded. Playwright's own <c>WaitForURLAsync</c> compares the address it last
    /// heard of and only then listens for navigations, so a navigation reported between the two is lost and the wait
    /// times out on a page that is already there (microsoft/playwright-dotnet#3364; it failed a CI run on the job board's
    /// in-place search). The assertion asks the browser for the address until it matches, which loses nothing.
    /// </summary>
    public static async Task WaitForAddressAsync(this IPage page, Regex address)
    {
        await Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Waits until the page's address contains <paramref name="text"/>; see <see cref="WaitForAddressAsync(IPage, Regex)"/>.</summary>
    public static Task WaitForAddressContainingAsync(this IPage page, string text, RegexOptions options = RegexOptions.None)
        => page.WaitForAddressAsync(new Regex(Regex.Escape(text), options));

    /// <summary>Waits until the page's address is <paramref name="url"/>; see <see cref="WaitForAddressAsync(IPage, Regex)"/>.</summary>
    public static Task WaitForExactAddressAsync(this IPage page, string url)
        => page.WaitForAddressAsync(new Regex("^" + Regex.Escape(url) + "$"));

    /// <summary>Waits until the page's address ends with <paramref name="text"/>; see <see cref="WaitForAddressAsync(IPage, Regex)"/>.</summary>
    public static Task WaitForAddressEndingAsync(this IPage page, string text)
        => page.WaitForAddressAsync(new Regex(Regex.Escape(text) + "$"));
}
