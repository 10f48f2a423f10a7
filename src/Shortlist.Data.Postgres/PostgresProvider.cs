using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Shortlist.Data.Postgres;

/// <summary>Configures PostgreSQL; its migrations live in this assembly.</summary>
public static class PostgresProvider
{
    public static DbContextOptionsBuilder UseShortlistPostgres(this DbContextOptionsBuilder options, string connectionString)
        => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresProvider).Assembly.GetName().Name));
}

/// <summary>Used by <c>dotnet ef migrations add</c> only.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ShortlistDbContext>
{
    public ShortlistDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ShortlistDbContext>();
        options.UseShortlistPostgres("Host=127.0.0.1;Database=design;Username=postgres");
        return new ShortlistDbContext(options.Options);
    }
}
