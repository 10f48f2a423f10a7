using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Shortlist.Web.Infrastructure;

/// <summary>
/// Tells a database that cannot be reached (503, try again) from a value the database refuses (400) and from a bug (500).
/// </summary>
public static class DatabaseFailure
{
    /// <summary>The database is down, restarting, unreachable, or too busy: nothing was committed and a retry may succeed.</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // 08: connection exceptions; 57P01-57P03: shutting down, crashed, starting up; 53300: too many connections.
                case PostgresException p when p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState is "57P01" or "57P02" or "57P03" or "53300":
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException n when n.IsTransient:
                    return true;
                case NpgsqlException { InnerException: SocketException or IOException or TimeoutException }:
                    return true;
                // Busy or locked beyond the busy timeout, or the file cannot be opened.
                case SqliteException s when s.SqliteErrorCode is 5 or 6 or 14:
                    return true;
                case Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException:
                    return true;
            }
        }
        return false;
    }

    /// <summary>A value the database refuses although the model allowed it: a NUL byte in text (PostgreSQL), a number out of range.</summary>
    public static bool IsBadValue(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // 22: data exceptions (22021 invalid byte sequence, 22P05 untranslatable character, 22003 numeric out of range, 22001 too long).
            if (e is PostgresException p) return p.SqlState.StartsWith("22", StringComparison.Ordinal);
            if (e is ArgumentException { Message: var m } && m.Contains("0x00", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>After a lost connection the pool may hold others that died with it: drop them so the next request connects afresh.</summary>
    public static void ForgetBrokenConnections(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is NpgsqlException) { NpgsqlConnection.ClearAllPools(); return; }
    }
}
