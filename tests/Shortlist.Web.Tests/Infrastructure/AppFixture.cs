using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shortlist.Data;

namespace Shortlist.Web.Tests.Infrastructure;

public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The real application over real HTTP (in-process test server), on a database of its own, with a small world:
/// two organizations (X and Y), a hiring manager of each, two candidates (A and B), a recruiter and an administrator.
/// </summary>
public abstract class AppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<Persona, string> _tokens = [];
    private readonly SemaphoreSlim _tokenLock = new(1, 1);

    protected AppFixture(Provider provider) => Provider = provider;

    public Provider Provider { get; }
    public string ConnectionString { get; private set; } = "";
    private readonly string _mailFolder = Directory.CreateTempSubdirectory("shortlist-mail-").FullName;

    /// <summary>
    /// The pickup folder the delivery worker writes .eml files into. Mail is queued in the outbox and delivered in the
    /// background, so reading this property first waits (<see cref="MailDeliveredAsync"/>) until every queued message has
    /// had its delivery attempt: a test reads it right after the request that sent mail.
    /// </summary>
    public string MailFolder
    {
        get
        {
            Task.Run(() => MailDeliveredAsync()).GetAwaiter().GetResult();
            return _mailFolder;
        }
    }

    /// <summary>
    /// Waits until no queued message is still waiting for its first delivery attempt (each is delivered, or failed once
    /// and waits for its retry). Polls with a generous timeout for a loaded machine; it is not a timing assertion.
    /// </summary>
    public async Task MailDeliveredAsync(TimeSpan? timeout = null)
    {
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime + (timeout ?? TimeSpan.FromSeconds(90));
        while (await WithDbAsync(db => db.Outbox.AnyAsync(m => m.Status == Shortlist.Data.Mail.OutboxStatus.Pending && m.Attempts == 0)))
        {
            if (TimeProvider.System.GetUtcNow().UtcDateTime > deadline) throw new TimeoutException("Queued e-mail had no delivery attempt within the timeout.");
            await Task.Delay(50);
        }
    }
    public World World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = Provider == Provider.Postgres
            ? await PostgresServer.CreateDatabaseAsync()
            : $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("shortlist-db-").FullName, "test.db")}";
        StartHost(); // migrations run at start-up
        World = await World.CreateAsync(Services);
    }

    /// <summary>Starts the in-process test server; browser fixtures start a real socket instead.</summary>
    protected virtual void StartHost() => _ = Server;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider == Provider.Postgres ? "postgres" : "sqlite");
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Demo:SeedOnEmpty", "false");
        builder.UseSetting("Email:PickupDirectory", _mailFolder);
        builder.UseSetting("Email:PollInterval", "00:00:00.500");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The embedding worker runs the text model (seconds to load, ~0.1 s a profile): only fixtures that test it turn it on.
        builder.UseSetting("Embeddings:Enabled", EmbeddingsEnabled ? "true" : "false");
        builder.UseSetting("RateLimits:AccountPerMinute", "100000");
        builder.UseSetting("RateLimits:ApplyPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicFormPerMinute", "100000");
        builder.UseSetting("RateLimits:ApiPerMinute", "100000");
        // The retention policy runs when a test says so, with a clock of its own.
        builder.UseSetting("Retention:Enabled", "false");
        builder.UseSetting("Notifications:ScheduledChecks", "false"); // tests run ScheduledNotices by hand
        builder.UseSetting("Security:RequireTwoFactorForStaff", "false");
        builder.UseSetting("Embeddings:PollInterval", "00:00:00.200");
        builder.UseSetting("SavedSearches:PollMilliseconds", "200");
    }

    /// <summary>Whether the host keeps text embeddings current in the background (off unless a fixture says so).</summary>
    protected virtual bool EmbeddingsEnabled => false;

    /// <summary>A client for the API, carrying the persona's bearer token.</summary>
    public async Task<HttpClient> ApiAsync(Persona persona)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (persona != Persona.Anonymous)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(persona));
        return client;
    }

    public async Task<string> TokenAsync(Persona persona)
    {
        await _tokenLock.WaitAsync();
        try
        {
            if (_tokens.TryGetValue(persona, out var cached)) return cached;
            using var anonymous = CreateClient();
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = World.EmailOf(persona), password = World.Password });
            response.EnsureSuccessStatusCode();
            var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
            _tokens[persona] = token;
            return token;
        }
        finally { _tokenLock.Release(); }
    }

    /// <summary>Drops the cached persona tokens (after a test signed the personas out); the next call signs in again.</summary>
    public void ForgetTokens()
    {
        _tokenLock.Wait();
        try { _tokens.Clear(); }
        finally { _tokenLock.Release(); }
    }

    /// <summary>A browser-like client (cookies, no redirects followed) signed in through the sign-in page.</summary>
    public async Task<HttpClient> PagesAsync(Persona persona)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (persona == Persona.Anonymous) return client;
        var response = await Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = World.EmailOf(persona), ["Password"] = World.Password });
        if ((int)response.StatusCode != 302) throw new InvalidOperationException($"Sign-in as {persona} answered {(int)response.StatusCode}.");
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<ShortlistDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ShortlistDbContext>());
    }

    public Task<int> CountAsync<T>() where T : class => WithDbAsync(db => db.Set<T>().CountAsync());

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private sealed record TokenResponse(string AccessToken, string RefreshToken);
}

public sealed class SqliteApp() : AppFixture(Provider.Sqlite);

public sealed class PostgresApp() : AppFixture(Provider.Postgres);

/// <summary>An application whose embedding worker runs.</summary>
public sealed class SqliteAppWithEmbeddings() : AppFixture(Provider.Sqlite)
{
    protected override bool EmbeddingsEnabled => true;
}

/// <summary>An application on PostgreSQL whose embedding worker runs.</summary>
public sealed class PostgresAppWithEmbeddings() : AppFixture(Provider.Postgres)
{
    protected override bool EmbeddingsEnabled => true;
}
