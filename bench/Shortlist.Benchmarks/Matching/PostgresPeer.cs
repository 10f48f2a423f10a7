using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Shortlist.Domain.Common;
using Shortlist.Matching.Index;

namespace Shortlist.Benchmarks.Matching;

/// <summary>
/// A throwaway PostgreSQL server for the benchmark (the one named by SHORTLIST_BENCH_POSTGRES, or one started from Debian's
/// packages as the postgres user, as the web tests do) and stopped with <see cref="Dispose"/>.
/// </summary>
public sealed class BenchPostgres : IDisposable
{
    private readonly string? _bin, _root;
    private readonly bool _asRoot;

    /// <summary>The connection string of the server's postgres database.</summary>
    public string ConnectionString { get; }

    /// <summary>Starts (or attaches to) a server.</summary>
    public BenchPostgres()
    {
        if (Environment.GetEnvironmentVariable("SHORTLIST_BENCH_POSTGRES") is { Length: > 0 } given) { ConnectionString = given; return; }
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (_bin is null) throw new InvalidOperationException("PostgreSQL is not installed (apt-get install -y postgresql), or set SHORTLIST_BENCH_POSTGRES.");
        _root = Directory.CreateTempSubdirectory("shortlist-bench-pg-").FullName;
        var port = FreePort();
        _asRoot = Environment.UserName == "root";
        if (_asRoot) Run(false, "chown", "-R", "postgres:postgres", _root);
        Run(_asRoot, Path.Combine(_bin, "initdb"), "-D", Path.Combine(_root, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        // fsync off: benchmark loading speed only, never for the product. JIT off: it only adds compile time to these short queries.
        Run(_asRoot, Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_root, "data"), "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
            "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {_root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off " +
                  "-c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=1GB -c jit=off -c max_wal_size=4GB", "start");
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Command Timeout=600;Include Error Detail=true";
    }

    /// <summary>Stops the server and removes its files.</summary>
    public void Dispose()
    {
        if (_bin is null || _root is null) return;
        try { Run(_asRoot, Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"); }
        catch (InvalidOperationException) { }
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(bool asPostgres, string file, params string[] args)
    {
        var info = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres) foreach (var a in new[] { "-u", "postgres", "--", file }) info.ArgumentList.Add(a);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {output}\n{error}");
    }
}

/// <summary>
/// The PostgreSQL peer: a candidates table with the skills as int[] under a GIN index and a column per constraint (plus the
/// columns the engine's index is built from), loaded with binary COPY; a search is one SELECT with <c>@&gt;</c> for the
/// must-haves, the constraints as WHERE terms, and the score as a sum of the weights of the optional skills present.
/// </summary>
public sealed class PostgresPeer(string connectionString)
{
    /// <summary>Creates the tables and loads <paramref name="data"/> (COPY, then the indexes and ANALYZE); returns (load, index) seconds.</summary>
    public (double Load, double Index) Load(MatchData data)
    {
        using var c = Open();
        Exec(c, """
            DROP TABLE IF EXISTS candidate_embeddings; DROP TABLE IF EXISTS candidates;
            CREATE UNLOGGED TABLE candidates (
              doc int NOT NULL, tie int NOT NULL, id uuid NOT NULL, skills int[] NOT NULL, years smallint[] NOT NULL, last_used smallint[] NOT NULL,
              lat real, lon real, workplace smallint NOT NULL, engagement smallint NOT NULL, auth smallint NOT NULL, avail int, rate real,
              total_years real NOT NULL, budget real NOT NULL, team smallint NOT NULL, projects smallint NOT NULL, on_time smallint NOT NULL, on_budget smallint NOT NULL);
            CREATE UNLOGGED TABLE candidate_embeddings (doc int NOT NULL, embedding bytea NOT NULL);
            """);
        var sw = Stopwatch.StartNew();
        // Ties between equal scores break by the engine's index order (see MatchData.IndexOrder): its rank is a column.
        var tie = new int[data.Count];
        var order = data.IndexOrder();
        for (var i = 0; i < order.Length; i++) tie[order[i]] = i;
        using (var w = c.BeginBinaryImport("COPY candidates FROM STDIN (FORMAT BINARY)"))
        {
            for (var d = 0; d < data.Count; d++)
            {
                int s0 = data.SkillStart[d], n = data.SkillStart[d + 1] - s0;
                var skills = new int[n]; var years = new short[n]; var last = new short[n];
                for (var k = 0; k < n; k++) { skills[k] = data.SkillOf[s0 + k]; years[k] = data.Years[s0 + k]; last[k] = data.LastUsed[s0 + k]; }
                w.StartRow();
                w.Write(d, NpgsqlDbType.Integer);
                w.Write(tie[d], NpgsqlDbType.Integer);
                w.Write(MatchData.IdOf(d), NpgsqlDbType.Uuid);
                w.Write(skills, NpgsqlDbType.Array | NpgsqlDbType.Integer);
                w.Write(years, NpgsqlDbType.Array | NpgsqlDbType.Smallint);
                w.Write(last, NpgsqlDbType.Array | NpgsqlDbType.Smallint);
                if (float.IsNaN(data.Lat[d])) { w.WriteNull(); w.WriteNull(); }
                else { w.Write(data.Lat[d], NpgsqlDbType.Real); w.Write(data.Lon[d], NpgsqlDbType.Real); }
                w.Write((short)data.Workplace[d], NpgsqlDbType.Smallint);
                w.Write((short)data.Engagement[d], NpgsqlDbType.Smallint);
                w.Write((short)data.Authorization[d], NpgsqlDbType.Smallint);
                if (data.AvailableDay[d] == 0) w.WriteNull(); else w.Write(data.AvailableDay[d], NpgsqlDbType.Integer);
                if (float.IsNaN(data.Rate[d])) w.WriteNull(); else w.Write(data.Rate[d], NpgsqlDbType.Real);
                w.Write(data.TotalYears[d], NpgsqlDbType.Real);
                w.Write(data.Budget[d], NpgsqlDbType.Real);
                w.Write(data.Team[d], NpgsqlDbType.Smallint);
                w.Write((short)data.Projects[d], NpgsqlDbType.Smallint);
                w.Write((short)data.OnTime[d], NpgsqlDbType.Smallint);
                w.Write((short)data.OnBudget[d], NpgsqlDbType.Smallint);
            }
            w.Complete();
        }
        using (var w = c.BeginBinaryImport("COPY candidate_embeddings FROM STDIN (FORMAT BINARY)"))
        {
            var buffer = new byte[MatchData.Dimensions];
            for (var d = 0; d < data.Count; d++)
            {
                System.Runtime.InteropServices.MemoryMarshal.AsBytes(data.Embeddings.AsSpan(d * MatchData.Dimensions, MatchData.Dimensions)).CopyTo(buffer);
                w.StartRow();
                w.Write(d, NpgsqlDbType.Integer);
                w.Write(buffer, NpgsqlDbType.Bytea);
            }
            w.Complete();
        }
        var load = sw.Elapsed.TotalSeconds;
        sw.Restart();
        Exec(c, "ALTER TABLE candidates ADD PRIMARY KEY (doc)");
        Exec(c, "ALTER TABLE candidate_embeddings ADD PRIMARY KEY (doc)");
        Exec(c, "CREATE INDEX candidates_skills ON candidates USING gin (skills)");
        Exec(c, "VACUUM ANALYZE candidates");
        Exec(c, "VACUUM ANALYZE candidate_embeddings");
        return (load, sw.Elapsed.TotalSeconds);
    }

    /// <summary>Builds the engine's index from the tables, streaming the rows with binary COPY in document order.</summary>
    public void BuildIndex(CandidateIndex index, MatchData data)
    {
        using var c = Open();
        index.AddRange(ReadDocuments(c, data.Codes));
    }

    private static IEnumerable<CandidateDocument> ReadDocuments(NpgsqlConnection c, string[] codes)
    {
        using var r = c.BeginBinaryExport("""
            COPY (SELECT c.id, c.skills, c.years, c.last_used, c.lat, c.lon, c.workplace, c.engagement, c.auth, c.avail, c.rate,
                         c.total_years, c.budget, c.team, c.projects, c.on_time, c.on_budget, e.embedding
                  FROM candidates c LEFT JOIN candidate_embeddings e USING (doc) ORDER BY c.doc) TO STDOUT (FORMAT BINARY)
            """);
        while (r.StartRow() >= 0)
        {
            var id = r.Read<Guid>(NpgsqlDbType.Uuid);
            var skills = r.Read<int[]>(NpgsqlDbType.Array | NpgsqlDbType.Integer);
            var years = r.Read<short[]>(NpgsqlDbType.Array | NpgsqlDbType.Smallint);
            var last = r.Read<short[]>(NpgsqlDbType.Array | NpgsqlDbType.Smallint);
            double? lat = r.IsNull ? Skip(r) : r.Read<float>(NpgsqlDbType.Real);
            double? lon = r.IsNull ? Skip(r) : r.Read<float>(NpgsqlDbType.Real);
            var workplace = (WorkplaceMode)r.Read<short>(NpgsqlDbType.Smallint);
            var engagement = (EngagementTypes)r.Read<short>(NpgsqlDbType.Smallint);
            var auth = (WorkAuthorization)r.Read<short>(NpgsqlDbType.Smallint);
            DateOnly? avail = r.IsNull ? SkipDay(r) : DateOnly.FromDayNumber(r.Read<int>(NpgsqlDbType.Integer));
            double? rate = r.IsNull ? Skip(r) : r.Read<float>(NpgsqlDbType.Real);
            double total = r.Read<float>(NpgsqlDbType.Real);
            var track = new TrackSummary(r.Read<float>(NpgsqlDbType.Real), r.Read<short>(NpgsqlDbType.Smallint), r.Read<short>(NpgsqlDbType.Smallint),
                r.Read<short>(NpgsqlDbType.Smallint), r.Read<short>(NpgsqlDbType.Smallint));
            sbyte[]? embedding = null;
            if (r.IsNull) r.Skip();
            else
            {
                var bytes = r.Read<byte[]>(NpgsqlDbType.Bytea);
                embedding = new sbyte[bytes.Length];
                Buffer.BlockCopy(bytes, 0, embedding, 0, bytes.Length);
            }
            var terms = new TermYears[skills.Length];
            for (var k = 0; k < skills.Length; k++)
                terms[k] = new TermYears(codes[skills[k]], PostingList.DecodeYears((byte)years[k]), last[k] == 0 ? null : last[k]);
            yield return new CandidateDocument(id, terms, lat, lon, workplace, engagement, auth, avail, rate, total, track, embedding);
        }

        static double? Skip(NpgsqlBinaryExporter r) { r.Skip(); return null; }
        static DateOnly? SkipDay(NpgsqlBinaryExporter r) { r.Skip(); return null; }
    }

    /// <summary>The SQL of one search (SkillsOnly semantics), with the values inlined so the planner sees them.</summary>
    public static string Sql(GenPosition p, int top)
    {
        static string F(float v) => v.ToString("R", CultureInfo.InvariantCulture);
        static string D(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        var sb = new StringBuilder("SELECT doc, ");
        var optional = p.Optional;
        if (optional.Length == 0) sb.Append('0');
        else sb.AppendJoin(" + ", optional.Select(o => $"({o.Skill} = ANY(skills))::int * {o.PeerWeight}"));
        sb.Append(" AS score FROM candidates WHERE ");
        var musts = p.Musts;
        sb.Append(musts.Length > 0 ? $"skills @> ARRAY[{string.Join(',', musts)}]" : $"skills && ARRAY[{string.Join(',', optional.Select(o => o.Skill))}]");
        if (p.Workplace == WorkplaceMode.OnSite) sb.Append($" AND workplace <> {(int)WorkplaceMode.Remote}");
        if (p.Workplace != WorkplaceMode.Remote && p.Latitude is double lat && p.Longitude is double lon && p.RadiusKm is double radius)
        {
            // The engine's test, in its precision: a float latitude band, then the equirectangular distance in doubles.
            var qlat = F((float)lat); var qlon = F((float)lon);
            var dLat = $"((lat - {qlat}::real)::float8 * pi() / 180.0)";
            var dLon = $"((lon - {qlon}::real)::float8 * pi() / 180.0 * {D(Math.Cos(lat * Math.PI / 180))}::float8)";
            sb.Append($" AND (lat IS NULL OR (abs(lat - {qlat}::real) <= {F((float)(radius / 111.0))}::real AND 6371.0::float8 * sqrt({dLat} * {dLat} + {dLon} * {dLon}) <= {D(radius)}::float8))");
        }
        if (p.Engagement != EngagementTypes.None) sb.Append($" AND (engagement = 0 OR (engagement & {(int)p.Engagement}) <> 0)");
        if (p.MaxRate is double max) sb.Append($" AND (rate IS NULL OR rate <= {F((float)max + 0.005f)}::real)");
        if (p.AvailableBy is DateOnly by) sb.Append($" AND (avail IS NULL OR avail <= {Math.Max(by.DayNumber, MatchData.Today.DayNumber) + 30})");
        if (p.RequiresAuthorization) sb.Append($" AND auth <> {(int)WorkAuthorization.RequiresSponsorship}");
        sb.Append($" ORDER BY score DESC, tie ASC LIMIT {top}");
        return sb.ToString();
    }

    /// <summary>Runs one search; the document numbers, best first.</summary>
    public static int[] Search(NpgsqlConnection c, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, c);
        using var r = cmd.ExecuteReader();
        var docs = new List<int>(50);
        while (r.Read()) docs.Add(r.GetInt32(0));
        return [.. docs];
    }

    /// <summary>An open connection.</summary>
    public NpgsqlConnection Open()
    {
        var c = new NpgsqlConnection(connectionString);
        c.Open();
        return c;
    }

    private static void Exec(NpgsqlConnection c, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 0 };
        cmd.ExecuteNonQuery();
    }
}
