using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Reliability;

/// <summary>A database of its own for a product run as a separate process: a SQLite file or a PostgreSQL database.</summary>
public sealed record ProcessDatabase(Provider Provider, string ConnectionString)
{
    public static async Task<ProcessDatabase> CreateAsync(Provider provider) => new(provider, provider == Provider.Postgres
        ? await PostgresServer.CreateDatabaseAsync()
        : $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("shortlist-crash-").FullName, "crash.db")}");

    public string[] Arguments => ["--database", Provider == Provider.Postgres ? "postgres" : "sqlite", "--connection-string", ConnectionString];

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Provider == Provider.Postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<string>> ColumnAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return values;
    }
}

/// <summary>The built executable (shortlist.dll) run as a child process, as an operator runs it; killed with SIGKILL when asked.</summary>
public sealed class ProductProcess : IAsyncDisposable
{
    public static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "shortlist.dll");

    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<string> _error = [];

    private ProductProcess(Process process, string? url)
    {
        _process = process;
        Url = url;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_error) _error.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string? Url { get; }

    public IReadOnlyList<string> Output { get { lock (_output) return _output.ToList(); } }

    public string Error { get { lock (_error) return string.Join(Environment.NewLine, _error); } }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Runs a verb (import, admin create, …) in the background.</summary>
    public static ProductProcess Start(params string[] args) => new(Process.Start(Info(args))!, null);

    /// <summary>Serves on a free port and waits until /health/ready answers 200.</summary>
    public static async Task<ProductProcess> ServeAsync(ProcessDatabase database, string mailFolder, params string[] extra)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        string[] args = ["serve", "--urls", url, .. database.Arguments, "--Demo:SeedOnEmpty=false", "--Embeddings:Enabled=false",
            $"--Email:PickupDirectory={mailFolder}", "--RateLimits:AccountPerMinute=100000", "--RateLimits:ApplyPerMinute=100000",
            "--RateLimits:PublicFormPerMinute=100000", "--RateLimits:ApiPerMinute=100000",
            // The staff accounts these scenarios create sign in with a password only; two-factor has its own tests (Security/).
            "--Security:RequireTwoFactorForStaff=false", .. extra];
        var product = new ProductProcess(Process.Start(Info(args))!, url);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (product.HasExited) throw new InvalidOperationException($"The product exited ({product.ExitCode}): {product.Error}");
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return product;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        await product.DisposeAsync();
        throw new TimeoutException($"The product did not become ready: {product.Error}");
    }

    /// <summary>Runs a verb to the end and returns its exit code and output.</summary>
    public static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        await using var product = Start(args);
        await product.WaitForExitAsync(TimeSpan.FromMinutes(4));
        return (product.ExitCode, string.Join(Environment.NewLine, product.Output), product.Error);
    }

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit(); // drains the redirected output
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, open transactions simply stop.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public HttpClient Client(string? bearer = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(Url!), Timeout = TimeSpan.FromSeconds(60) };
        if (bearer is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return client;
    }

    public async Task<string> TokenAsync(string email, string password)
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Token for {email}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        await Task.CompletedTask;
    }

    private static ProcessStartInfo Info(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetTempPath() };
        info.ArgumentList.Add(Executable);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__Format"] = "text";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return info;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
