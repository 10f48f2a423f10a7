using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Shortlist.Web.Tests.Infrastructure;

namespace Shortlist.Web.Tests.Reliability;

/// <summary>
/// The row count of every table of the model (and the sum of its row versions where it has them), read from the database
/// itself: a new table is covered without touching the tests. The audit log is left out on purpose: reading personal data
/// is audited, so a refused write may still leave an entry of who tried.
/// </summary>
public sealed class DatabaseState
{
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "AuditEntries" };

    private DatabaseState(Dictionary<string, (long Rows, long Versions)> tables) => Tables = tables;

    public IReadOnlyDictionary<string, (long Rows, long Versions)> Tables { get; }

    public static Task<DatabaseState> CaptureAsync(AppFixture app) => app.WithDbAsync(async db =>
    {
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.GetViewName() is null)
            .GroupBy(t => t.GetTableName()!)
            .Where(g => !Ignored.Contains(g.Key))
            .Select(g => (Table: g.Key, HasVersion: g.Any(t => t.FindProperty("Version") is { } p && p.GetColumnName() == "Version" && !t.IsOwned())))
            .OrderBy(t => t.Table, StringComparer.Ordinal)
            .ToList();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync();
        var result = new Dictionary<string, (long, long)>();
        foreach (var (table, hasVersion) in tables)
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*), {(hasVersion ? "COALESCE(SUM(\"Version\"), 0)" : "0")} FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            result[table] = (Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
        }
        return new DatabaseState(result);
    });

    /// <summary>Each table whose row count or version sum differs, as "table: rows a → b, versions c → d".</summary>
    public IEnumerable<string> Differences(DatabaseState later)
    {
        foreach (var (table, (rows, versions)) in Tables)
        {
            var (laterRows, laterVersions) = later.Tables.GetValueOrDefault(table);
            if (rows != laterRows || versions != laterVersions) yield return $"{table}: rows {rows} → {laterRows}, versions {versions} → {laterVersions}";
        }
    }

    public override string ToString() => string.Join(", ", Tables.Select(t => $"{t.Key}={t.Value.Rows}/{t.Value.Versions}"));
}
