using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Shortlist.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Shortlist.Web.Tests.Reliability;

/// <summary>
/// PostgreSQL stopped under a running product (a server of its own, so no other test notices): API requests answer 503 with
/// a ProblemDetails, pages a readable 503 page, /health/ready reports it; when the server is back the product recovers by
/// itself, without a restart, and nothing written during the outage appears.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task PostgresStoppedMidRun_Answers503ThenRecoversWithoutRestart()
    {
        await using var server = await DedicatedPostgres.StartAsync();
        var database = new ProcessDatabase(Provider.Postgres, await server.CreateDatabaseAsync());
        Assert.Equal(0, (await ProductProcess.RunAsync(["admin", "create", "--email", "admin@outage.test", "--password", World.Password, .. database.Arguments])).Code);
        await using var product = await ProductProcess.ServeAsync(database, Directory.CreateTempSubdirectory("shortlist-outage-mail-").FullName);
        using var admin = product.Client(await product.TokenAsync("admin@outage.test", World.Password));
        using var anonymous = product.Client();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/organizations", new { name = "Before the outage", industry = "retail" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/organizations")).StatusCode);

        await server.StopAsync();

        var list = await admin.GetAsync("/api/v1/organizations");
        await AssertUnavailableProblemAsync(list);
        var write = await admin.PostAsJsonAsync("/api/v1/organizations", new { name = "During the outage", industry = "retail" });
        await AssertUnavailableProblemAsync(write);
        var page = await anonymous.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("cannot reach its database", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var ready = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode); // the process itself is fine
        Assert.False(product.HasExited);

        await server.StartAgainAsync();

        var elapsed = Stopwatch.StartNew();
        var polls = 0;
        while ((await anonymous.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(90), "/health/ready did not recover within 90 seconds of the database's return.");
            polls++;
            await Task.Delay(250);
        }
        // Once ready, every request succeeds: no stale pooled connection is left to fail a user's request.
        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/organizations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/organizations", new { name = "After the outage", industry = "retail" })).StatusCode);
        var names = await database.ColumnAsync("SELECT \"Name\" FROM \"Organizations\" ORDER BY \"Name\"");
        Assert.Equal(["After the outage", "Before the outage"], names);
        output.WriteLine($"Outage: 503 for API and pages while down; ready again after {polls} polls; no restart (process {(product.HasExited ? "exited" : "still running")}).");
    }

    private static async Task AssertUnavailableProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("database cannot be reached", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}

/// <summary>A PostgreSQL server of this test's own (initdb + pg_ctl on a free port), which it may stop and start at will.</summary>
public sealed class DedicatedPostgres : IAsyncDisposable
{
    private readonly string _bin, _root;
    private readonly int _port;
    private readonly bool _asRoot = Environment.UserName == "root";

    private DedicatedPostgres(string bin, string root, int port) => (_bin, _root, _port) = (bin, root, port);

    private string Admin => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Pooling=false";

    public static async Task<DedicatedPostgres> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => d, StringComparer.Ordinal).First();
        var server = new DedicatedPostgres(bin, Directory.CreateTempSubdirectory("shortlist-outage-pg-").FullName, ProductProcess.FreePort());
        if (server._asRoot) await RunAsync(false, "chown", "-R", "postgres:postgres", server._root);
        await RunAsync(server._asRoot, Path.Combine(bin, "initdb"), "-D", Path.Combine(server._root, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await server.StartAgainAsync();
        return server;
    }

    public async Task<string> CreateDatabaseAsync()
    {
        await using (var connection = new NpgsqlConnection(Admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("CREATE DATABASE outage", connection);
            await command.ExecuteNonQueryAsync();
        }
        return $"Host=127.0.0.1;Port={_port};Username=postgres;Database=outage;Timeout=5";
    }

    // Commits are synchronous here (unlike the shared test server): the outage is an immediate stop, and an asynchronous
    // commit acknowledged just before it could be lost, which is the server's setting, not the product's doing.
    public Task StartAgainAsync() => RunAsync(_asRoot, Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_root, "data"), "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
        "-o", $"-c listen_addresses=127.0.0.1 -p {_port} -k {_root} -c fsync=off -c full_page_writes=off", "start");

    /// <summary>Stops the server the way an outage looks to clients: connections cut, new ones refused.</summary>
    public Task StopAsync() => RunAsync(_asRoot, Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "-t", "60", "stop");

    public async ValueTask DisposeAsync()
    {
        try { await StopAsync(); } catch (InvalidOperationException) { }
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static async Task RunAsync(bool asPostgres, string file, params string[] args)
    {
        var info = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres) foreach (var a in new[] { "-u", "postgres", "--", file }) info.ArgumentList.Add(a);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {await stdout}\n{await stderr}");
    }
}
