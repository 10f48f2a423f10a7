using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Shortlist.Domain.Common;
using Shortlist.Domain.Organizations;
using Shortlist.Web.Tests.Features;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Browser.Tests;

public sealed class SearchRequestFlowTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Public_request_is_verified_by_the_mailed_link_and_a_recruiter_qualifies_it_into_a_position()
    {
        var title = $"Browser EHR PM {Guid.NewGuid():N}"[..28];
        var email = $"{Guid.NewGuid():N}@harbor.test";
        var visitor = await app.NewContextAsync();
        var page = await visitor.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hiring? Tell us about your project" }).ClickAsync();
        await page.Locator("[name='Form.Title']").FillAsync(title);
        await page.Locator("[name='Form.RoleFamily']").SelectOptionAsync("it-project-manager");
        await page.Locator("[name='Form.Industry']").SelectOptionAsync("healthcare");
        // The script fetches the healthcare playbook and lists it to keep or drop.
        await Assertions.Expect(page.Locator("#suggestion-list")).ToContainTextAsync("HIPAA");
        await page.Locator("#suggestion-list input[value='nice:fhir']").UncheckAsync();
        await page.Locator("[name='Form.MustHaves']").FillAsync("PMP");
        await page.Locator("[name='Form.Workplace']").SelectOptionAsync("Remote");
        await page.Locator("[name='Form.Engagement'][value='Contract']").CheckAsync();
        await page.Locator("[name='Form.RequesterName']").FillAsync("Rita Requester");
        await page.Locator("[name='Form.RequesterEmail']").FillAsync(email);
        await page.Locator("[name='Form.RequesterOrganization']").FillAsync("Harbor Clinics Browser");
        await page.WaitForTimeoutAsync(3_500); // a person takes longer than the minimum fill time
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Check your e-mail" }).WaitForAsync();

        var link = SearchRequestTests.VerificationLink(app, email);
        Assert.NotNull(link);
        await page.GotoAsync(app.BaseUrl + link);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Thank you: your request is confirmed" }).WaitForAsync();
        await visitor.CloseAsync();

        var recruiter = await app.NewContextAsync();
        var desk = await recruiter.NewPageAsync();
        await desk.SignInAsync(app.BaseUrl, app.World.EmailOf(Persona.Recruiter), World.Password);
        await desk.GetByRole(AriaRole.Link, new() { Name = "Requests", Exact = true }).ClickAsync();
        await desk.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(desk.Locator(".request-details")).ToContainTextAsync("Rita Requester");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Create the position" }).ClickAsync();
        await desk.WaitForAddressAsync(new Regex("/Positions/[0-9a-f-]{36}$"));

        var (status, organization, requirements) = await app.WithDbAsync(async db =>
        {
            var request = await db.SearchRequests.AsNoTracking().SingleAsync(r => r.Role == title);
            var position = await db.Positions.AsNoTracking().SingleAsync(p => p.Id == request.PositionId);
            var org = await db.Organizations.AsNoTracking().Where(o => o.Id == position.OrganizationId).Select(o => o.Name).SingleAsync();
            return (request.Status, org, position.Requirements.ToDictionary(r => r.TaxonomyCode, r => r.Importance));
        });
        Assert.Equal(SearchRequestStatus.Qualified, status);
        Assert.Equal("Harbor Clinics Browser", organization);
        Assert.Equal(Importance.Must, requirements["pmp"]);
        Assert.Equal(Importance.Must, requirements["hipaa"]);
        Assert.Equal(Importance.Nice, requirements["hl7"]);
        Assert.False(requirements.ContainsKey("fhir")); // dropped on the form
        await recruiter.CloseAsync();
    }
}
