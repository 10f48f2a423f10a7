using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Shortlist.Data.Sqlite;

/// <summary>Configures the embedded SQLite database; its migrations live in this assembly.</summary>
public static class SqliteProvider
{
    public static DbContextOptionsBuilder UseShortlistSqlite(this DbContextOptionsBuilder options, string connectionString)
        => options.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name));

    /// <summary>Creates the folder of the database file, so a fresh checkout needs nothing but the SDK.</summary>
    public static void EnsureDirectory(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:") Directory.CreateDirectory(folder);
    }
}

/// <summary>Used by <c>dotnet ef migrations add</c> only.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ShortlistDbContext>
{
    public ShortlistDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ShortlistDbContext>();
        options.UseShortlistSqlite("Data Source=design.db");
        return new ShortlistDbContext(options.Options);
    }
}
