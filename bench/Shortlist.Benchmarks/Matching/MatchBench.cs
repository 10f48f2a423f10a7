using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Shortlist.Matching.Index;
using Shortlist.Matching.Querying;

namespace Shortlist.Benchmarks.Matching;

/// <summary>
/// The matching macro-benchmark: <c>match --candidates N</c> generates a pool and 200 positions, builds the engine's index
/// (in memory and from PostgreSQL by binary COPY), times the engine single-threaded and on every core, runs the same
/// searches on Lucene.NET and PostgreSQL with the same (SkillsOnly) semantics, checks that the top 10 agree, and prints
/// one JSON object as its last line.
/// </summary>
public static class MatchBench
{
    private sealed class Options
    {
        public int Candidates = 100_000, Positions = 200, Top = 50, Seed = 42, Threads = Environment.ProcessorCount;
        public int Repeat = -1, PgQueries = -1, LuceneRepeat = -1;
        public bool SkipLucene, SkipPostgres;
    }

    /// <summary>Runs the benchmark; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            int Next() => int.Parse(args[++i], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--candidates": o.Candidates = Next(); break;
                case "--positions": o.Positions = Next(); break;
                case "--top": o.Top = Next(); break;
                case "--seed": o.Seed = Next(); break;
                case "--threads": o.Threads = Next(); break;
                case "--repeat": o.Repeat = Next(); break;
                case "--pg-queries": o.PgQueries = Next(); break;
                case "--lucene-repeat": o.LuceneRepeat = Next(); break;
                case "--skip-lucene": o.SkipLucene = true; break;
                case "--skip-postgres": o.SkipPostgres = true; break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}. Options: --candidates N --positions 200 --top 50 --seed 42 --threads 2 " +
                        "--repeat R --pg-queries K --lucene-repeat R --skip-lucene --skip-postgres");
                    return 2;
            }
        }
        var large = o.Candidates > 200_000;
        if (o.Repeat < 0) o.Repeat = large ? 5 : 10;
        if (o.LuceneRepeat < 0) o.LuceneRepeat = large ? 1 : 3;
        if (o.PgQueries < 0) o.PgQueries = o.Positions;
        o.PgQueries = Math.Min(o.PgQueries, o.Positions);

        var json = new Dictionary<string, object?>
        {
            ["candidates"] = o.Candidates, ["positions"] = o.Positions, ["top"] = o.Top, ["seed"] = o.Seed,
            ["cores"] = Environment.ProcessorCount, ["runtime"] = Environment.Version.ToString(),
        };
        Log($"matching benchmark: {o.Candidates:N0} candidates, {o.Positions} positions, top {o.Top}, seed {o.Seed}, {Environment.ProcessorCount} cores");

        var sw = Stopwatch.StartNew();
        var data = new MatchData(o.Candidates, o.Positions, o.Seed);
        var skillsPer = data.SkillStart[data.Count] / (double)data.Count;
        json["generate_s"] = R(sw.Elapsed.TotalSeconds, 2);
        json["skills_per_candidate"] = R(skillsPer, 2);
        Log($"generated in {sw.Elapsed.TotalSeconds:0.0} s: {skillsPer:0.0} skills a candidate");

        // In-memory build, with the memory it takes.
        var (memIndex, memBuild, memBytes) = Measure(() =>
        {
            var index = new CandidateIndex(MatchData.Dimensions);
            index.AddRange(data.Documents());
            return index;
        });
        var approx = memIndex.ApproximateBytes();
        json["build_memory_s"] = R(memBuild, 2);
        json["bytes_per_candidate"] = R(memBytes / (double)o.Candidates, 0);
        json["approx_bytes_per_candidate"] = R(approx / (double)o.Candidates, 0);
        Log($"engine build from memory: {memBuild:0.00} s; {memBytes / (double)o.Candidates:0} bytes a candidate (GC), {approx / (double)o.Candidates:0} (ApproximateBytes)");

        BenchPostgres? server = null;
        PostgresPeer? pg = null;
        CandidateIndex index = memIndex;
        json["build_source"] = "memory";
        json["build_s"] = R(memBuild, 2);
        if (!o.SkipPostgres)
        {
            sw.Restart();
            server = new BenchPostgres();
            pg = new PostgresPeer(server.ConnectionString);
            Log($"postgres started in {sw.Elapsed.TotalSeconds:0.0} s");
            var (load, pgIndex) = pg.Load(data);
            json["postgres_load_s"] = R(load, 2);
            json["postgres_index_s"] = R(pgIndex, 2);
            json["postgres_build_s"] = R(load + pgIndex, 2);
            Log($"postgres: binary COPY {load:0.0} s, primary keys + GIN + ANALYZE {pgIndex:0.0} s");

            memIndex = null!; index = null!;
            var (dbIndex, dbBuild, dbBytes) = Measure(() =>
            {
                var i = new CandidateIndex(MatchData.Dimensions);
                pg.BuildIndex(i, data);
                return i;
            });
            if (dbIndex.Count != o.Candidates) throw new InvalidOperationException($"Built {dbIndex.Count} candidates from the database, expected {o.Candidates}.");
            index = dbIndex;
            json["build_source"] = "postgres";
            json["build_s"] = R(dbBuild, 2);
            json["bytes_per_candidate_db_build"] = R(dbBytes / (double)o.Candidates, 0);
            Log($"engine build from PostgreSQL (binary COPY, streamed): {dbBuild:0.00} s; {dbBytes / (double)o.Candidates:0} bytes a candidate");
        }

        var matcher = new Matcher(index);
        var skillsOnly = data.Positions.Select(p => p.ToQuery(data, ScoringProfile.SkillsOnly, top: o.Top)).ToArray();
        var skillsOnlyLean = data.Positions.Select(p => p.ToQuery(data, ScoringProfile.SkillsOnly, explain: false, top: o.Top)).ToArray();
        var defaults = data.Positions.Select(p => p.ToQuery(data, ScoringProfile.Default, top: o.Top)).ToArray();
        var full = data.Positions.Select(p => p.ToQuery(data, ScoringProfile.Default, whatIf: true, top: o.Top)).ToArray();

        // Warm up, and keep the SkillsOnly results for the agreement check.
        var engineTop = new int[o.Positions][];
        var qualified = new int[o.Positions];
        for (var i = 0; i < o.Positions; i++)
        {
            var r = matcher.Search(skillsOnly[i]);
            engineTop[i] = [.. r.Hits.Select(h => MatchData.DocOf(h.CandidateId))];
            qualified[i] = r.Qualified;
            matcher.Search(defaults[i]); matcher.Search(skillsOnlyLean[i]);
        }
        foreach (var q in full.Take(20)) matcher.Search(q);

        var perQuery = new double[o.Positions];
        var times = TimeEngine(matcher, skillsOnly, o.Repeat, perQuery);
        Put(json, "", times);
        Log($"engine, SkillsOnly, top {o.Top} with explanations, 1 thread, {times.Length} searches: {Describe(times)}");
        var lean = TimeEngine(matcher, skillsOnlyLean, Math.Max(1, o.Repeat / 2), null);
        Put(json, "lean_", lean);
        Log($"engine, SkillsOnly, no explanations: {Describe(lean)}");
        var defaultTimes = TimeEngine(matcher, defaults, Math.Max(1, o.Repeat / 2), null);
        Put(json, "default_", defaultTimes);
        Log($"engine, Default scoring (all parts, text refinement of the top 200), with explanations: {Describe(defaultTimes)}");
        var fullTimes = TimeEngine(matcher, full, 1, null);
        Put(json, "full_", fullTimes);
        Log($"engine, Default scoring with explanations and what-if: {Describe(fullTimes)}");

        var qps = Throughput(matcher, skillsOnly, o.Threads, Math.Max(2, o.Repeat / 2));
        json["qps"] = R(qps, 1);
        json["threads"] = o.Threads;
        var qps1 = Throughput(matcher, skillsOnly, 1, Math.Max(1, o.Repeat / 4));
        json["qps_1_thread"] = R(qps1, 1);
        Log($"engine throughput, SkillsOnly with explanations: {qps:0} queries/s on {o.Threads} threads, {qps1:0} on 1");

        // Where the time goes, by shape of query.
        Profile(data, perQuery, qualified, json);

        // Peers.
        int[][]? luceneTop = null, pgTop = null;
        if (!o.SkipLucene)
        {
            using var lucene = new LucenePeer();
            sw.Restart();
            lucene.Build(data);
            var build = sw.Elapsed.TotalSeconds;
            json["lucene_build_s"] = R(build, 1);
            json["lucene_segments"] = lucene.Segments;
            json["lucene_bytes_per_candidate"] = R(lucene.Bytes / (double)o.Candidates, 0);
            Log($"lucene build: {build:0.0} s, {lucene.Segments} segments, {lucene.Bytes / (double)o.Candidates:0} bytes a candidate on disk");
            var queries = data.Positions.Select(p => LucenePeer.QueryOf(p, data)).ToArray();
            luceneTop = new int[o.Positions][];
            for (var i = 0; i < o.Positions; i++) luceneTop[i] = lucene.Search(queries[i].Query, queries[i].Geo, o.Top);
            // Side by side: each Lucene search is timed right after the engine's on the same position, so a change in the
            // machine's load during the run weighs on both alike; the ratio divides the two medians of these pairs.
            var lt = new List<double>(); var et = new List<double>();
            for (var rep = 0; rep < o.LuceneRepeat; rep++)
                for (var i = 0; i < o.Positions; i++)
                {
                    et.Add(TimeOne(matcher, skillsOnly[i]));
                    var t0 = Stopwatch.GetTimestamp();
                    lucene.Search(queries[i].Query, queries[i].Geo, o.Top);
                    lt.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                }
            var lucTimes = lt.ToArray(); var alongside = et.ToArray();
            Put(json, "lucene_", lucTimes);
            json["engine_p50_alongside_lucene_ms"] = R(Percentile(alongside, 50), 3);
            json["lucene_over_engine"] = R(Percentile(lucTimes, 50) / Percentile(alongside, 50), 1);
            json["lucene_over_engine_separate"] = R(Percentile(lucTimes, 50) / Percentile(times, 50), 1);
            Log($"lucene, {lucTimes.Length} searches: {Describe(lucTimes)}");
            Log($"engine, the same searches each timed just before Lucene's: {Describe(alongside)}");
        }
        if (pg is not null)
        {
            using var c = pg.Open();
            var sqls = data.Positions.Take(o.PgQueries).Select(p => PostgresPeer.Sql(p, o.Top)).ToArray();
            foreach (var s in sqls.Take(Math.Min(10, sqls.Length))) PostgresPeer.Search(c, s);
            pgTop = new int[o.PgQueries][];
            var pt = new double[sqls.Length];
            var et = new double[sqls.Length];
            for (var i = 0; i < sqls.Length; i++)
            {
                // Side by side, as for Lucene, and alike for both: the engine's search on the position three times in a
                // row, then PostgreSQL's query three times in a row, each side's median of its three (each side warms its
                // own caches; taken in turn, PostgreSQL's scans would evict the engine's data before every search).
                var e3 = new double[3]; var p3 = new double[3];
                for (var r = 0; r < 3; r++) e3[r] = TimeOne(matcher, skillsOnly[i]);
                for (var r = 0; r < 3; r++)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    pgTop[i] = PostgresPeer.Search(c, sqls[i]);
                    p3[r] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                }
                Array.Sort(e3); Array.Sort(p3);
                et[i] = e3[1]; pt[i] = p3[1];
            }
            Put(json, "postgres_", pt);
            json["postgres_queries"] = sqls.Length;
            var engineSubset = perQuery.Take(sqls.Length).ToArray();
            json["engine_p50_on_postgres_queries_ms"] = R(Percentile(engineSubset, 50), 3);
            json["engine_p50_alongside_postgres_ms"] = R(Percentile(et, 50), 3);
            json["postgres_over_engine"] = R(Percentile(pt, 50) / Percentile(et, 50), 1);
            json["postgres_over_engine_separate"] = R(Percentile(pt, 50) / Percentile(engineSubset, 50), 1);
            Log($"postgres, {sqls.Length} positions, median of three each: {Describe(pt)} (engine on the same positions: p50 {Percentile(engineSubset, 50):0.000} ms when timed alone, {Percentile(et, 50):0.000} ms each just before PostgreSQL's)");
        }
        server?.Dispose();

        // Agreement of the top 10 (identical candidate lists, in order).
        int agreeAll = 0, agreeLucene = 0, agreePg = 0, compared = 0, agree50 = 0;
        var firstDisagreement = new List<string>();
        for (var i = 0; i < o.Positions; i++)
        {
            var e = engineTop[i].Take(10).ToArray();
            bool? l = luceneTop is null ? null : luceneTop[i].Take(10).SequenceEqual(e);
            bool? p = pgTop is null || i >= pgTop.Length ? null : pgTop[i].Take(10).SequenceEqual(e);
            if (l is null && p is null) continue;
            compared++;
            if (l == true) agreeLucene++;
            if (p == true) agreePg++;
            if (l != false && p != false) agreeAll++;
            if ((luceneTop is null || luceneTop[i].SequenceEqual(engineTop[i])) && (pgTop is null || i >= pgTop.Length || pgTop[i].SequenceEqual(engineTop[i]))) agree50++;
            if ((l == false || p == false) && firstDisagreement.Count < 3)
                firstDisagreement.Add($"position {i}: engine [{string.Join(',', e)}] lucene [{(luceneTop is null ? "" : string.Join(',', luceneTop[i].Take(10)))}] postgres [{(pgTop is null || i >= pgTop.Length ? "" : string.Join(',', pgTop[i].Take(10)))}]");
        }
        if (compared > 0)
        {
            json["agree_top10"] = R(agreeAll / (double)compared, 3);
            json["agree_top50"] = R(agree50 / (double)compared, 3);
            if (luceneTop is not null) json["agree_top10_lucene"] = R(agreeLucene / (double)o.Positions, 3);
            if (pgTop is not null) json["agree_top10_postgres"] = R(agreePg / (double)pgTop.Length, 3);
            Log($"top 10 identical on {agreeAll} of {compared} positions (lucene {agreeLucene}/{o.Positions}, postgres {agreePg}/{pgTop?.Length ?? 0}); top 50 on {agree50}");
            foreach (var d in firstDisagreement) Log("  disagreement: " + d);
        }
        Console.WriteLine(JsonSerializer.Serialize(json));
        return 0;
    }

    private static (CandidateIndex Index, double Seconds, long Bytes) Measure(Func<CandidateIndex> build)
    {
        var before = GC.GetTotalMemory(true);
        var sw = Stopwatch.StartNew();
        var index = build();
        var seconds = sw.Elapsed.TotalSeconds;
        var after = GC.GetTotalMemory(true);
        return (index, seconds, after - before);
    }

    private static double[] TimeEngine(Matcher matcher, MatchQuery[] queries, int repeat, double[]? perQuery)
    {
        var times = new double[queries.Length * repeat];
        var byQuery = new double[queries.Length][];
        for (var i = 0; i < queries.Length; i++) byQuery[i] = new double[repeat];
        for (var rep = 0; rep < repeat; rep++)
            for (var i = 0; i < queries.Length; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                matcher.Search(queries[i]);
                var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                times[rep * queries.Length + i] = ms;
                byQuery[i][rep] = ms;
            }
        if (perQuery is not null) for (var i = 0; i < queries.Length; i++) perQuery[i] = Percentile(byQuery[i], 50);
        return times;
    }

    private static double TimeOne(Matcher matcher, MatchQuery query)
    {
        var t0 = Stopwatch.GetTimestamp();
        matcher.Search(query);
        return Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
    }

    private static double Throughput(Matcher matcher, MatchQuery[] queries, int threads, int repeat)
    {
        var start = new Barrier(threads + 1);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var rep = 0; rep < repeat; rep++)
                for (var i = 0; i < queries.Length; i++) matcher.Search(queries[(i + t * queries.Length / threads) % queries.Length]);
        })).ToArray();
        foreach (var w in workers) w.Start();
        start.SignalAndWait();
        var sw = Stopwatch.StartNew();
        foreach (var w in workers) w.Join();
        return threads * repeat * queries.Length / sw.Elapsed.TotalSeconds;
    }

    private static void Profile(MatchData data, double[] perQuery, int[] qualified, Dictionary<string, object?> json)
    {
        var shapes = data.Positions.Select(p => p.Shape(data)).ToArray();
        var byShape = new Dictionary<string, object?>();
        foreach (var g in Enumerable.Range(0, perQuery.Length).GroupBy(i => shapes[i]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var t = g.Select(i => perQuery[i]).ToArray();
            byShape[g.Key] = new Dictionary<string, object> { ["n"] = t.Length, ["p50_ms"] = R(Percentile(t, 50), 3), ["max_ms"] = R(t.Max(), 3) };
            Log($"  {g.Key,-12} {t.Length,3} positions: p50 {Percentile(t, 50),8:0.000} ms, max {t.Max(),8:0.000} ms");
        }
        json["p50_by_shape"] = byShape;
        Log("  slowest positions (median of repeats):");
        foreach (var i in Enumerable.Range(0, perQuery.Length).OrderByDescending(i => perQuery[i]).Take(6))
        {
            var p = data.Positions[i];
            var musts = string.Join(' ', p.Musts.Select(m => $"{data.Frequency[m]:P1}"));
            Log($"    #{i} {perQuery[i]:0.000} ms {shapes[i]}: musts [{musts}], {p.Optional.Length} optional, {qualified[i]:N0} qualified, " +
                $"geo {(p.RadiusKm is null ? "no" : $"{p.RadiusKm} km")}, rate {(p.MaxRate is null ? "any" : p.MaxRate)}");
        }
        var q = Enumerable.Range(0, perQuery.Length).Select(i => (double)qualified[i]).ToArray();
        json["qualified_p50"] = R(Percentile(q, 50), 0);
        Log($"  qualified candidates per position: p50 {Percentile(q, 50):N0}, p95 {Percentile(q, 95):N0}");
    }

    private static void Put(Dictionary<string, object?> json, string prefix, double[] t)
    {
        json[prefix + "p50_ms"] = R(Percentile(t, 50), 3);
        json[prefix + "p95_ms"] = R(Percentile(t, 95), 3);
        json[prefix + "p99_ms"] = R(Percentile(t, 99), 3);
        json[prefix + "mean_ms"] = R(t.Average(), 3);
    }

    private static string Describe(double[] t) =>
        $"p50 {Percentile(t, 50):0.000} ms, p95 {Percentile(t, 95):0.000} ms, p99 {Percentile(t, 99):0.000} ms, mean {t.Average():0.000} ms";

    /// <summary>The nearest-rank percentile.</summary>
    public static double Percentile(double[] values, double p)
    {
        if (values.Length == 0) return double.NaN;
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static double R(double v, int digits) => Math.Round(v, digits);

    private static void Log(string line) => Console.WriteLine(line);
}
