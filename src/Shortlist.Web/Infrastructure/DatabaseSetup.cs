using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Shortlist.Data;
using Shortlist.Data.Postgres;
using Shortlist.Data.Sqlite;

namespace Shortlist.Web.Infrastructure;

/// <summary>Which database to use: SQLite (the default, a file under ./data) or PostgreSQL.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"sqlite" or "postgres".</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Connection string; for SQLite it defaults to ./data/shortlist.db.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase) || Provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase);

    public string EffectiveConnectionString => ConnectionString is { Length: > 0 } cs
        ? cs
        : IsPostgres ? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is postgres.")
        : "Data Source=data/shortlist.db";

    public void Validate()
    {
        if (!IsPostgres && !Provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Unknown Database:Provider '{Provider}'; use sqlite or postgres.");
        _ = EffectiveConnectionString;
    }
}

public static class DatabaseSetup
{
    public static IServiceCollection AddShortlistDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton<LocalChangeSignal>();
        services.TryAddSingleton<Email.MailSignal>();
        services.AddSingleton<Auditing.ChangeAuditor>();
        services.AddDbContext<ShortlistDbContext>((sp, b) =>
        {
            b.AddInterceptors(sp.GetRequiredService<LocalChangeSignal>(), sp.GetRequiredService<Email.MailSignal>(), sp.GetRequiredService<Auditing.ChangeAuditor>());
            // A place whose every column is empty is no place: exactly what the optional-dependent warning is about.
            b.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning));
            if (options.IsPostgres) b.UseShortlistPostgres(options.EffectiveConnectionString);
            else b.UseShortlistSqlite(options.EffectiveConnectionString);
        });
        services.AddHealthChecks().AddDbContextCheck<ShortlistDbContext>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>Applies pending migrations; on SQLite also turns on write-ahead logging.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        if (!options.IsPostgres) SqliteProvider.EnsureDirectory(options.EffectiveConnectionString);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortlistDbContext>();
        if (!options.IsPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await db.Database.MigrateAsync(ct);
        await Auditing.AuditGuard.InstallAsync(db, ct);
    }
}
