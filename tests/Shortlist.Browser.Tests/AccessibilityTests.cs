using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shortlist.Domain.Common;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Browser.Tests;

/// <summary>
/// Every public and candidate page passes axe-core (vendored in vendor/axe-core) with no violations, shows no
/// Content-Security-Policy violation (no inline script or style), and the job board works with the keyboard alone.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    /// <summary>The pages to check, one line each: the address ("{position}" is an open position's page; "{client-…}", "{submit}" and "{position-pipeline}" are made per run) and who is signed in.</summary>
    public static TheoryData<string, Persona> Pages => new()
    {
        { "/", Persona.Anonymous },
        { "/jobs", Persona.Anonymous },
        { "/jobs?q=master&workplace=Remote&sort=Newest", Persona.Anonymous },
        { "/jobs?industry=healthcare&posted=30&page=1", Persona.Anonymous },
        { "/jobs?workplace=Moon", Persona.Anonymous },
        { "{position}", Persona.Anonymous },
        { "/privacy", Persona.Anonymous },
        { "/Account/Login", Persona.Anonymous },
        { "/Account/Register", Persona.Anonymous },
        { "/", Persona.CandidateA },
        { "/jobs", Persona.CandidateA },
        { "/Portal", Persona.CandidateA },
        { "/Portal/Recommendations", Persona.CandidateA },
        { "{position}/apply", Persona.Anonymous },
        { "{position}/apply", Persona.CandidateA },
        { "/Account/ForgotPassword", Persona.Anonymous },
        { "/privacy/erased", Persona.Anonymous },
        { "/search-requests/new", Persona.Anonymous },
        { "/Portal/Profile", Persona.CandidateA },
        { "/Portal/Applications", Persona.CandidateA },
        { "/Portal/Conversations", Persona.CandidateA },
        { "/Portal/Privacy", Persona.CandidateA },
        { "/Client", Persona.HiringManagerX },
        { "/Client/Colleagues", Persona.HiringManagerX },
        { "{client-shortlist}", Persona.HiringManagerX },
        { "{client-candidate}", Persona.HiringManagerX },
        { "{submit}", Persona.Recruiter },
        { "{position-pipeline}", Persona.Recruiter },
        { "{board-with-feedback}", Persona.Recruiter },
        { "/Workspace/Positions/new", Persona.Recruiter },
        { "/Workspace/Positions/{positionId}/edit", Persona.Recruiter },
        { "/Workspace/Positions/{positionId}/pipeline", Persona.Recruiter },
        { "/Workspace/Searches?everyone=true", Persona.Recruiter },
        { "/Workspace/Searches/{positionId}", Persona.Recruiter },
        { "/Account/TwoFactor", Persona.CandidateA },
        { "/Account/Tokens", Persona.CandidateA },
        { "/Account/Consent", Persona.CandidateA },
        { "/Admin/Audit", Persona.Administrator },
        { "/Workspace/Talent?q=%22project+manager%22+OR+PMP&radiusKm=&page=1", Persona.Recruiter },
        { "/Workspace/Talent?q=(Epic+OR", Persona.Recruiter },
        { "/Candidates/{candidateId}", Persona.Recruiter },
        { "/Candidates/{candidateId}/Edit", Persona.Recruiter },
        { "/Organizations/{organizationId}", Persona.Recruiter },
        { "/Activities/Log?Subject=candidate&SubjectId={candidateId}", Persona.Recruiter },
        { "/Activities/Email?CandidateId={candidateId}&PositionId={positionId}&TemplateId={templateId}", Persona.Recruiter },
        { "/Admin/Templates", Persona.Administrator },
        { "/Admin/TemplateEdit/{templateId}", Persona.Administrator },
        { "/Workspace/Duplicates", Persona.Recruiter },
        { "{duplicate-pair}", Persona.Recruiter },
    };

    private static readonly Lazy<Task<string>> AxeSource = new(() => File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "vendor", "axe-core", "axe.min.js")));

    /// <summary>Each persona's cookies after signing in to the product at that address; the tests of one class run one at a time.</summary>
    private static readonly Dictionary<(string Site, Persona Persona), string> SignedIn = [];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations_and_no_csp_violations(string url, Persona persona)
    {
        url = url.Replace("{position}", $"/jobs/{app.World.PositionX}/position", StringComparison.Ordinal)
            .Replace("{positionId}", app.World.PositionX.ToString(), StringComparison.Ordinal)
            .Replace("{candidateId}", app.World.CandidateA.ToString(), StringComparison.Ordinal)
            .Replace("{organizationId}", app.World.OrganizationX.ToString(), StringComparison.Ordinal);
        if (url.Contains("{templateId}", StringComparison.Ordinal))
            url = url.Replace("{templateId}", (await Shortlist.Web.Tests.Auth.AuthorizationMatrixTests.NewTemplateAsync(app)).ToString(), StringComparison.Ordinal);
        if (url.StartsWith("{client-", StringComparison.Ordinal) || url is "{position-pipeline}" or "{board-with-feedback}")
        {
            // A shortlist with one submission that has feedback and proposed slots, so every part of these pages shows.
            var (position, application) = await Shortlist.Web.Tests.Features.ClientWorld.NewSubmissionAsync(app, app.World.OrganizationX, slots: true);
            url = url switch
            {
                "{client-shortlist}" => $"/Client/Positions/{position}",
                "{client-candidate}" => $"/Client/Positions/{position}/Candidates/{application}",
                "{board-with-feedback}" => $"/Workspace/Positions/{position}/pipeline",
                _ => $"/Positions/{position}",
            };
        }
        else if (url == "{duplicate-pair}")
        {
            // Two records of one person with differing contact details and histories, so every part of the comparison shows.
            url = await app.WithDbAsync(async db =>
            {
                var now = TimeProvider.System.GetUtcNow();
                var email = $"axe.{Guid.NewGuid():N}@world.test";
                var a = new Shortlist.Domain.Candidates.Candidate("Axel", "Doublet", email, now, "+1 617 555 0199", new Shortlist.Domain.Common.Place("Boston", "MA", "US"));
                a.SetProfile("Program manager", "Leads programs.", [new("Program Manager", "Mercy Health", "healthcare", new DateOnly(2019, 1, 1), null)],
                    [new("epic", "Epic", 4, 2026)], [], [], [], now);
                var b = new Shortlist.Domain.Candidates.Candidate("Axel", "Doublet", email, now, "617-555-0199");
                b.SetEducation([new("Boston University", "MBA", "Management", 2015)], now);
                db.Candidates.AddRange(a, b);
                var pair = new Shortlist.Domain.Duplicates.DuplicatePair(a.Id, b.Id, ["same e-mail", "same phone"], now);
                db.DuplicatePairs.Add(pair);
                await db.SaveChangesAsync();
                return $"/Workspace/Duplicates/{pair.Id}";
            });
        }
        else if (url == "{submit}")
        {
            var position = await Shortlist.Web.Tests.Features.ClientWorld.NewPositionAsync(app, app.World.OrganizationX);
            var candidate = await Shortlist.Web.Tests.Features.ClientWorld.NewCandidateAsync(app);
            url = $"/Workspace/Positions/{position}/Submit/{await Shortlist.Web.Tests.Features.ClientWorld.NewApplicationAsync(app, position, candidate)}";
        }

        // The page as the product serves it: the Content-Security-Policy must not have to block anything.
        var context = await NewContextAsync(persona, bypassCsp: false);
        var page = await context.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Add(m.Text); };
        var response = await page.GotoAsync(app.BaseUrl + url);
        Assert.Equal(200, response!.Status);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // The page as the persona sees it, not the sign-in page it would be sent to if the cookies no longer counted.
        if (persona != Persona.Anonymous) Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).CountAsync() > 0, $"{url} was not shown signed in.");
        Assert.True(refused.Count == 0, string.Join("\n", refused));

        // Then axe-core on that same page.
        var list = await AxeViolationsAsync(page);
        Assert.True(list.Count == 0, $"{url}:\n" + string.Join("\n", list));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Axe_reports_a_violation_on_a_page_served_with_its_policy()
    {
        // The check above passes only if axe runs; on the same kind of page, with an image that has no text, it must object.
        var context = await NewContextAsync(Persona.Anonymous, bypassCsp: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/privacy");
        await page.EvaluateAsync("() => { const i = document.createElement('img'); i.src = '/favicon.ico'; document.querySelector('main').append(i); }");
        var list = await AxeViolationsAsync(page);
        Assert.Contains(list, v => v!.StartsWith("image-alt ", StringComparison.Ordinal));
        await context.CloseAsync();
    }

    /// <summary>
    /// Runs axe-core on <paramref name="page"/> as it stands. The script goes in as a function handed to the browser by
    /// the test driver, which the page's Content-Security-Policy does not govern, so the page keeps its policy: an inline
    /// script tag would need a second load with the policy bypassed.
    /// </summary>
    private static async Task<List<string?>> AxeViolationsAsync(IPage page)
    {
        var violations = await page.EvaluateAsync<JsonElement>("async () => {\n" + await AxeSource.Value + """

            ;return (await axe.run(document, { resultTypes: ['violations'] })).violations
                .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        return violations.EnumerateArray().Select(v => v.GetString()).ToList();
    }

    [Fact]
    public async Task Job_board_works_with_the_keyboard_alone()
    {
        var marker = "k" + Guid.NewGuid().ToString("N")[..10];
        await app.WithDbAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            foreach (var (title, workplace) in new[] { ("Scrum master", WorkplaceMode.Remote), ("Business analyst", WorkplaceMode.Hybrid) })
            {
                var p = new Shortlist.Domain.Positions.Position(app.World.OrganizationX, $"{title} {marker}", "Keyboard-only test position.", "healthcare", now);
                p.SetTerms(new Place("Boston", "MA", "US"), 50, workplace, EngagementTypes.Contract, null, false, null, now);
                p.Publish(now);
                db.Positions.Add(p);
            }
            return await db.SaveChangesAsync();
        });
        var context = await NewContextAsync(Persona.Anonymous, bypassCsp: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/jobs");

        // Tab from the top of the page to the search box, type, and submit with Enter.
        var search = page.GetByLabel("Keywords");
        await TabUntilAsync(page, search);
        await page.Keyboard.InsertTextAsync(marker);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressContainingAsync($"q={marker}");

        // On to a facet link (workplace: Remote) and choose it with Enter: the filter is added, the search kept.
        var facet = page.Locator("nav.facets a[data-facet=workplace]", new() { HasText = "Remote" });
        await TabUntilAsync(page, facet);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(new Regex($"^(?=.*workplace=Remote)(?=.*q={marker})"));
        Assert.Equal(1, await page.Locator("ol.jobs h3 a").CountAsync());

        // On to the first result and open it with Enter.
        var result = page.Locator("ol.jobs h3 a").First;
        var href = await result.GetAttributeAsync("href");
        await TabUntilAsync(page, result);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressEndingAsync(href!);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).IsVisibleAsync());

        // The focused element always shows a visible outline.
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        await context.CloseAsync();
    }

    /// <summary>Presses Tab until the element has focus (at most 200 times), the way a keyboard user gets there.</summary>
    private static async Task TabUntilAsync(IPage page, ILocator target)
    {
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
        }
        Assert.Fail("The element was never reached with Tab.");
    }

    /// <summary>
    /// A context signed in as the persona. Each persona signs in through the sign-in page once per run (its own tests are
    /// in HomeAndSignInTests); later contexts start from the cookies that sign-in left, as a returning visitor's browser does.
    /// </summary>
    private async Task<IBrowserContext> NewContextAsync(Persona persona, bool bypassCsp)
    {
        if (persona == Persona.Anonymous) return await app.NewContextAsync(new() { BypassCSP = bypassCsp });
        if (SignedIn.TryGetValue((app.BaseUrl, persona), out var state)) return await app.NewContextAsync(new() { BypassCSP = bypassCsp, StorageState = state });
        var context = await app.SignedInContextAsync(persona, new() { BypassCSP = bypassCsp });
        SignedIn[(app.BaseUrl, persona)] = await context.StorageStateAsync();
        return context;
    }
}
