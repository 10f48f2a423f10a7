using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Web.Features.Matching;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Features;

/// <summary>Saved searches: saved, listed, run and deleted per recruiter; a candidate who comes to match is announced once, in the list and by e-mail.</summary>
public abstract class SavedSearchTests(AppFixture app)
{
    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    private static async Task<(Guid Id, JsonElement Body)> CandidateAsync(HttpClient client, string headline)
    {
        var response = await client.PostAsJsonAsync("/api/v1/candidates", new
        {
            firstName = "Alert", lastName = "Match", email = Unique("alert") + "@world.test", headline,
            location = new { city = "Boston", region = "MA", country = "US", latitude = 42.36, longitude = -71.06 },
            skills = new[] { new { taxonomyCode = "epic", name = "Epic", years = 4, lastUsedYear = 2026 } },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body);
    }

    private async Task<List<JsonElement>> AlertsForAsync(HttpClient client, Guid search, int atLeast)
    {
        var until = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var alerts = (await client.GetFromJsonAsync<JsonElement>("/api/v1/talent/alerts")).EnumerateArray()
                .Where(a => a.GetProperty("savedSearchId").GetGuid() == search).ToList();
            if (alerts.Count >= atLeast || until.Elapsed > TimeSpan.FromSeconds(20)) return alerts;
            await Task.Delay(100);
        }
    }

    // Waits until the alerter has checked the search through everything the index has applied.
    private async Task CheckedAsync(Guid search)
    {
        var matching = app.Services.GetRequiredService<MatchingService>();
        await matching.CatchUpAsync(CancellationToken.None);
        var target = matching.AppliedSequence;
        var until = System.Diagnostics.Stopwatch.StartNew();
        while (await app.WithDbAsync(db => db.SavedSearches.Where(s => s.Id == search).Select(s => s.CheckedThrough).SingleAsync()) < target)
        {
            Assert.True(until.Elapsed < TimeSpan.FromSeconds(20), "The saved search was not checked in time.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_new_or_changed_candidate_is_announced_once_in_the_list_and_by_email()
    {
        using var recruiter = await app.ApiAsync(Persona.Recruiter);
        var marker = Unique("zs");
        var before = await CandidateAsync(recruiter, $"Lead {marker}");  // matches already: not announced
        await app.Services.GetRequiredService<MatchingService>().CatchUpAsync(CancellationToken.None);
        var name = $"Epic leads {marker}";
        var created = await recruiter.PostAsJsonAsync("/api/v1/talent/saved", new { name, search = new { q = $"{marker} Epic", skills = "epic:2" }, alerts = true });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var search = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var (fresh, body) = await CandidateAsync(recruiter, $"Program lead {marker}");
        await CandidateAsync(recruiter, "Unrelated lead");
        var alerts = await AlertsForAsync(recruiter, search, 1);
        Assert.Equal([fresh], alerts.Select(a => a.GetProperty("candidateId").GetGuid()));

        // Changed again (still matching) and the one who matched before changes too: each announced once at most.
        var update = await recruiter.PutAsJsonAsync($"/api/v1/candidates/{fresh}", new
        {
            firstName = "Alert", lastName = "Match", email = body.GetProperty("email").GetString(), headline = $"Senior program lead {marker}",
            skills = new[] { new { taxonomyCode = "epic", name = "Epic", years = 5, lastUsedYear = 2026 } }, version = body.GetProperty("version").GetInt64(),
        });
        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
        // Once the alerter has checked the search through both changes, every alert it will ever make for them is stored
        // (alerts and the checked position are saved together): a second one would be in this list now.
        await CheckedAsync(search);
        alerts = await AlertsForAsync(recruiter, search, 1);
        Assert.Equal([fresh], alerts.Select(a => a.GetProperty("candidateId").GetGuid()));
        Assert.DoesNotContain(alerts, a => a.GetProperty("candidateId").GetGuid() == before.Id);
        Assert.Equal(1, await app.WithDbAsync(db => db.SavedSearchAlerts.CountAsync(a => a.SavedSearchId == search)));

        var mails = Mail.ReadAll(app.MailFolder).Where(m => m.Headers.GetValueOrDefault("Subject", "").Contains(marker, StringComparison.Ordinal)).ToList();
        var mail = Assert.Single(mails);
        Assert.Equal(app.World.EmailOf(Persona.Recruiter), mail.To);
        Assert.Contains($"/Candidates/{fresh}", mail.Parts[0].Text, StringComparison.Ordinal);

        // The list page shows them and marks them seen; another recruiter sees neither the search nor its alerts.
        using var pages = await app.PagesAsync(Persona.Recruiter);
        var html = await pages.GetStringAsync("/Workspace/SavedSearches");
        Assert.Contains(name, html);
        Assert.Contains($"/Candidates/{fresh}", html);
        Assert.True(await app.WithDbAsync(db => db.SavedSearchAlerts.Where(a => a.SavedSearchId == search).AllAsync(a => a.SeenAt != null && a.EmailedAt != null)));
        using var admin = await app.ApiAsync(Persona.Administrator);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>("/api/v1/talent/saved")).EnumerateArray(), s => s.GetProperty("id").GetGuid() == search);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/talent/saved/{search}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/talent/saved/{search}")).StatusCode);

        // Run and delete.
        var run = await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/talent/saved/{search}/results");
        Assert.Equal(new[] { before.Id, fresh }.Order(), run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("candidateId").GetGuid()).Order());
        Assert.Equal(HttpStatusCode.NoContent, (await recruiter.DeleteAsync($"/api/v1/talent/saved/{search}")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.SavedSearchAlerts.CountAsync(a => a.SavedSearchId == search)));
    }

    [Fact]
    public async Task The_search_page_saves_a_search_and_refuses_a_bad_one()
    {
        using var pages = await app.PagesAsync(Persona.Recruiter);
        var marker = Unique("zp");
        var html = await pages.GetStringAsync($"/Workspace/Talent?q={marker}+OR+Epic&certifications=PMP");
        var form = Forms.Fields(html, "save-search");
        form["SaveName"] = $"Saved from the page {marker}";
        var saved = await pages.PostAsync($"/Workspace/Talent?handler=Save&q={marker}+OR+Epic&certifications=PMP", new FormUrlEncodedContent(form));
        // Post, redirect, get: the list of saved searches with the one just saved.
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.StartsWith("/Workspace/SavedSearches?saved=", saved.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var list = await pages.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains($"Saved &quot;Saved from the page {marker}&quot;.", list);
        var row = await app.WithDbAsync(db => db.SavedSearches.SingleAsync(s => s.Name == $"Saved from the page {marker}"));
        Assert.Equal($"q={marker}%20OR%20Epic&certifications=PMP", row.Parameters);

        form["SaveName"] = "";
        var refused = await pages.PostAsync($"/Workspace/Talent?handler=Save&q={marker}", new FormUrlEncodedContent(form));
        Assert.Contains("Give the search a name.", await refused.Content.ReadAsStringAsync());

        var delete = Forms.Fields(list, $"delete-{row.Id}");
        var gone = await pages.PostAsync($"/Workspace/SavedSearches?handler=Delete&id={row.Id}", new FormUrlEncodedContent(delete));
        Assert.Equal(HttpStatusCode.Found, gone.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.SavedSearches.AnyAsync(s => s.Id == row.Id)));
    }
}

public sealed class SavedSearchTestsOnSqlite(SqliteApp app) : SavedSearchTests(app), IClassFixture<SqliteApp>;

public sealed class SavedSearchTestsOnPostgres(PostgresApp app) : SavedSearchTests(app), IClassFixture<PostgresApp>;
