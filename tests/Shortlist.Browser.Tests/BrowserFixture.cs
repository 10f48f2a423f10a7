using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Browser.Tests;

/// <summary>The app on a real loopback socket, and Debian's Chromium driven by Playwright (never downloaded).</summary>
public sealed class BrowserFixture() : AppFixture(Provider.Sqlite), IAsyncLifetime
{
    // The browser flows upload real résumés while Chromium and the product share two cores; the first upload of a
    // process also pays for loading the PDF reader and the parser. The 10-second defence against hostile files is
    // tested by the parsing and bad-input tests; here a slow machine must not turn a flow into an upload refusal.
    static BrowserFixture() => Environment.SetEnvironmentVariable("Parsing__TimeBudgetSeconds", "30");

    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    protected override void StartHost()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        UseKestrel(port);
        StartServer();
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SHORTLIST_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>
    /// A browser context whose actions and navigations wait up to a minute: these tests check behaviour, not speed, and
    /// run on two cores beside the other test projects. Assertions keep Playwright's own expect timeout; waits for an
    /// address go through <see cref="PageAddress.WaitForAddressAsync"/>.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    /// <summary>A page in a context of its own, with the timeouts of <see cref="NewContextAsync"/>.</summary>
    public async Task<IPage> NewPageAsync() => await (await NewContextAsync()).NewPageAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
