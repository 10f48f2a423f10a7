using Microsoft.EntityFrameworkCore;
using Shortlist.Data;
using Shortlist.Web.Features.Privacy;

namespace Shortlist.Web.Auditing;

/// <summary>
/// The database's own guard on the audit log, made at start-up (after migrations) on both providers: no entry can be
/// deleted, and an update may only redact what names an erased person (user name to <see cref="PrivacyService.ErasedName"/>,
/// address and detail to null) — the erasure of personal data the law asks for. The EF Core context refuses
/// changes and deletions of entries as well, before they reach the database.
/// </summary>
public static class AuditGuard
{
    private const string Redaction = """
        NEW."At" IS NOT DISTINCT FROM OLD."At" AND NEW."Action" IS NOT DISTINCT FROM OLD."Action"
        AND NEW."EntityType" IS NOT DISTINCT FROM OLD."EntityType" AND NEW."EntityId" IS NOT DISTINCT FROM OLD."EntityId"
        AND NEW."UserId" IS NOT DISTINCT FROM OLD."UserId"
        AND (NEW."UserName" IS NOT DISTINCT FROM OLD."UserName" OR NEW."UserName" = 'erased candidate')
        AND (NEW."IpAddress" IS NOT DISTINCT FROM OLD."IpAddress" OR NEW."IpAddress" IS NULL)
        AND (NEW."Details" IS NOT DISTINCT FROM OLD."Details" OR NEW."Details" IS NULL)
        """;

    private static readonly string Postgres = $$"""
        CREATE OR REPLACE FUNCTION shortlist_audit_append_only() RETURNS trigger AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'The audit log is append-only: entries cannot be deleted.'; END IF;
            IF NOT ({{Redaction}}) THEN RAISE EXCEPTION 'The audit log is append-only: entries cannot be changed.'; END IF;
            RETURN NEW;
        END $$ LANGUAGE plpgsql;
        CREATE OR REPLACE TRIGGER shortlist_audit_append_only BEFORE UPDATE OR DELETE ON "AuditEntries"
            FOR EACH ROW EXECUTE FUNCTION shortlist_audit_append_only();
        """;

    // SQLite has no IS DISTINCT FROM; IS NOT compares NULLs as values, which is what is wanted.
    private static readonly string SqliteUpdate = $$"""
        CREATE TRIGGER IF NOT EXISTS shortlist_audit_no_update BEFORE UPDATE ON "AuditEntries"
        WHEN NOT ({{Redaction.Replace("IS NOT DISTINCT FROM", "IS", StringComparison.Ordinal)}})
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be changed.'); END;
        """;

    private const string SqliteDelete = """
        CREATE TRIGGER IF NOT EXISTS shortlist_audit_no_delete BEFORE DELETE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be deleted.'); END;
        """;

    public static async Task InstallAsync(ShortlistDbContext db, CancellationToken ct)
    {
        if (db.IsPostgres) await db.Database.ExecuteSqlRawAsync(Postgres, ct);
        else
        {
            await db.Database.ExecuteSqlRawAsync(SqliteUpdate, ct);
            await db.Database.ExecuteSqlRawAsync(SqliteDelete, ct);
        }
    }
}
