using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shortlist.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Shortlist.Web.Tests.Reliability;

/// <summary>
/// The real executable killed with SIGKILL in the middle of work, then started again: everything it acknowledged is there,
/// nothing half-written is visible, and an interrupted import resumes where it stopped and ends with exactly the expected count.
/// One kill per scenario per provider.
/// </summary>
public abstract partial class CrashSafetyTests(Provider provider, ITestOutputHelper output)
{
    private const int Resumes = 200;
    private const int BatchSize = 20;

    [Fact]
    public async Task Import_KilledMidway_ResumesAndEndsWithExactlyOneCandidatePerResume()
    {
        var database = await ProcessDatabase.CreateAsync(provider);
        var inbox = Directory.CreateTempSubdirectory("shortlist-crash-inbox-").FullName;
        // Two hundred different people: a name, an e-mail address and a telephone number of their own. (One shared number
        // would make every pair a likely duplicate, and recording those pairs, not the import, would fill the run.)
        for (var i = 0; i < Resumes; i++)
            await File.WriteAllTextAsync(Path.Combine(inbox, $"resume-{i:D4}.txt"), Features.ResumeUploadTests.Resume
                .Replace("Grace Hopkins", $"Grace Hopkins{Letters(i)}", StringComparison.Ordinal)
                .Replace("grace.hopkins@", $"grace.hopkins.{i}@", StringComparison.Ordinal)
                .Replace("+1 617 555 0142", $"+1 617 555 {i:D4}", StringComparison.Ordinal));
        // Migrate first, so the kill lands in the import and not in the schema.
        Assert.Equal(0, (await ProductProcess.RunAsync(["migrate", .. database.Arguments])).Code);

        string[] args = ["import", inbox, .. database.Arguments, $"--Import:BatchSize={BatchSize}"];
        var acknowledged = 0;
        await using (var first = ProductProcess.Start(args))
        {
            var elapsed = System.Diagnostics.Stopwatch.StartNew();
            while (elapsed.Elapsed < TimeSpan.FromMinutes(4) && !first.HasExited && acknowledged < Resumes / 3)
            {
                acknowledged = first.Output.Select(Added).DefaultIfEmpty(0).Max();
                await Task.Delay(20);
            }
            Assert.False(first.HasExited, $"The import ended before it could be interrupted: {string.Join('\n', first.Output)} {first.Error}");
            first.Kill();
            acknowledged = first.Output.Select(Added).DefaultIfEmpty(0).Max();
        }

        var committed = await database.ScalarAsync("SELECT COUNT(*) FROM \"Candidates\" WHERE \"Source\" = 'import'");
        Assert.True(committed >= acknowledged, $"{acknowledged} acknowledged, {committed} stored");
        Assert.True(committed < Resumes, "The kill came after the import had finished.");
        Assert.Equal(0, committed % BatchSize); // whole batches or nothing
        await AssertNothingHalfWrittenAsync(database);

        var (code, text, error) = await ProductProcess.RunAsync(args);
        Assert.True(code == 0, error);
        var last = text.Split('\n').Last(l => l.Contains(" files: ", StringComparison.Ordinal)).Trim();
        Assert.Equal($"{Resumes}/{Resumes} files: {Resumes - committed} added, {committed} already imported, 0 failed", last);
        Assert.Equal(Resumes, await database.ScalarAsync("SELECT COUNT(*) FROM \"Candidates\" WHERE \"Source\" = 'import'"));
        Assert.Equal(Resumes, await database.ScalarAsync("SELECT COUNT(DISTINCT \"Email\") FROM \"Candidates\" WHERE \"Source\" = 'import'"));
        await AssertNothingHalfWrittenAsync(database);
        output.WriteLine($"Import on {provider}: killed after {acknowledged} acknowledged ({committed} committed); the re-run added {Resumes - committed}, total {Resumes}.");
    }

    [Fact]
    public async Task ApplicationBurst_KilledMidway_KeepsEveryAcknowledgedApplicationWithItsConsent()
    {
        const int Candidates = 24, Positions = 5;
        var database = await ProcessDatabase.CreateAsync(provider);
        var mail = Directory.CreateTempSubdirectory("shortlist-crash-mail-").FullName;
        Assert.Equal(0, (await ProductProcess.RunAsync(["admin", "create", "--email", "admin@crash.test", "--password", World.Password, .. database.Arguments])).Code);

        var acknowledged = new ConcurrentDictionary<Guid, (int Candidate, Guid Position)>();
        var positions = new List<Guid>();
        var tokens = new List<string>();
        await using (var product = await ProductProcess.ServeAsync(database, mail))
        {
            using var admin = product.Client(await product.TokenAsync("admin@crash.test", World.Password));
            var organization = await IdOfAsync(await admin.PostAsJsonAsync("/api/v1/organizations", new { name = "Crash Test Clinic", industry = "healthcare" }));
            for (var p = 0; p < Positions; p++)
            {
                var position = await IdOfAsync(await admin.PostAsJsonAsync("/api/v1/positions", new
                {
                    organizationId = organization, title = $"Project manager {p}", description = "Lead the rollout.", industry = "healthcare", workplace = "Remote", engagement = "Contract",
                }));
                (await admin.PostAsync($"/api/v1/positions/{position}/publish", null)).EnsureSuccessStatusCode();
                positions.Add(position);
            }
            using var anonymous = product.Client();
            for (var c = 0; c < Candidates; c++)
            {
                var email = $"applicant{c}@crash.test";
                var registered = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new
                {
                    email, password = World.Password, firstName = "Applicant", lastName = $"Number{Letters(c)}", noticeVersion = Web.Features.Legal.PrivacyNotice.Version,
                });
                Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
                tokens.Add(await product.TokenAsync(email, World.Password));
            }

            // Every candidate applies for every position, all at once; the process is killed once a third are acknowledged.
            using var stop = new CancellationTokenSource();
            var burst = Enumerable.Range(0, Candidates).Select(c => Task.Run(async () =>
            {
                using var client = product.Client(tokens[c]);
                foreach (var position in positions)
                {
                    if (stop.IsCancellationRequested) return;
                    try
                    {
                        var response = await client.PostAsJsonAsync($"/api/v1/jobs/{position}/applications", new { noticeVersion = Web.Features.Legal.PrivacyNotice.Version, coverNote = $"From {c}" });
                        if (response.StatusCode == HttpStatusCode.Created)
                            acknowledged[(await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()] = (c, position);
                    }
                    catch (HttpRequestException) { return; }
                    catch (TaskCanceledException) { return; }
                }
            })).ToList();
            while (acknowledged.Count < Candidates * Positions / 3 && burst.Any(t => !t.IsCompleted)) await Task.Delay(10);
            product.Kill();
            stop.Cancel();
            await Task.WhenAll(burst);
        }
        var before = acknowledged.Count;
        Assert.True(before < Candidates * Positions, "The kill came after the burst had finished.");

        await using (var restarted = await ProductProcess.ServeAsync(database, mail))
        {
            var stored = (await database.ColumnAsync("SELECT \"Id\" FROM \"Applications\"")).Select(Guid.Parse).ToHashSet();
            var lost = acknowledged.Keys.Where(id => !stored.Contains(id)).ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} acknowledged applications are missing after the restart.");
            await AssertNothingHalfWrittenAsync(database);
            Assert.Equal(0, await database.ScalarAsync(
                "SELECT COUNT(*) FROM (SELECT \"CandidateId\", \"PositionId\" FROM \"Applications\" GROUP BY \"CandidateId\", \"PositionId\" HAVING COUNT(*) > 1) d"));

            // The restarted product serves them: each candidate sees exactly the applications acknowledged (or committed) for them.
            for (var c = 0; c < Candidates; c++)
            {
                using var client = restarted.Client(await restarted.TokenAsync($"applicant{c}@crash.test", World.Password));
                var mine = (await client.GetFromJsonAsync<JsonElement>("/api/v1/me/applications")).EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToHashSet();
                Assert.Superset(acknowledged.Where(a => a.Value.Candidate == c).Select(a => a.Key).ToHashSet(), mine);
            }
            output.WriteLine($"Application burst on {provider}: killed after {before} acknowledged; {stored.Count} stored, none lost, none half-written.");
        }
    }

    /// <summary>No candidate without its résumé file, no application without its candidate, position and consent, no user without a candidate.</summary>
    private static async Task AssertNothingHalfWrittenAsync(ProcessDatabase database)
    {
        Assert.Equal(0, await database.ScalarAsync(
            "SELECT COUNT(*) FROM \"Candidates\" c WHERE c.\"Source\" = 'import' AND (c.\"ResumeFileId\" IS NULL OR NOT EXISTS (SELECT 1 FROM \"Files\" f WHERE f.\"Id\" = c.\"ResumeFileId\"))"));
        Assert.Equal(0, await database.ScalarAsync("SELECT COUNT(*) FROM \"Files\" f WHERE NOT EXISTS (SELECT 1 FROM \"Candidates\" c WHERE c.\"ResumeFileId\" = f.\"Id\")"));
        Assert.Equal(0, await database.ScalarAsync(
            "SELECT COUNT(*) FROM \"Applications\" a WHERE NOT EXISTS (SELECT 1 FROM \"Consents\" k WHERE k.\"ApplicationId\" = a.\"Id\") " +
            "OR NOT EXISTS (SELECT 1 FROM \"Candidates\" c WHERE c.\"Id\" = a.\"CandidateId\") OR NOT EXISTS (SELECT 1 FROM \"Positions\" p WHERE p.\"Id\" = a.\"PositionId\")"));
        Assert.Equal(0, await database.ScalarAsync(
            "SELECT COUNT(*) FROM \"Consents\" k WHERE k.\"ApplicationId\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"Applications\" a WHERE a.\"Id\" = k.\"ApplicationId\")"));
    }

    private static int Added(string line)
    {
        var match = ProgressLine().Match(line);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static async Task<Guid> IdOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>A distinct surname suffix made of letters (the parser reads digits in a name as something else).</summary>
    private static string Letters(int n)
    {
        var s = "";
        do { s = (char)('a' + n % 26) + s; n /= 26; } while (n > 0);
        return s;
    }

    [GeneratedRegex(@"files: (\d+) added")]
    private static partial Regex ProgressLine();
}

public sealed class CrashSafetyTestsOnSqlite(ITestOutputHelper output) : CrashSafetyTests(Provider.Sqlite, output);

public sealed class CrashSafetyTestsOnPostgres(ITestOutputHelper output) : CrashSafetyTests(Provider.Postgres, output);
