using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Shortlist.Benchmarks.Matching;
using Shortlist.Domain.Candidates;
using Shortlist.Matching.Index;
using Shortlist.Matching.Talent;

namespace Shortlist.Benchmarks.Talent;

/// <summary>
/// One typical recruiter search of the mix: the boolean query and the fields, as the page and <c>GET /api/v1/talent</c>
/// take them (names of skills, certifications and industries; a metro area for <c>near</c>; days from today for dates).
/// </summary>
public sealed record TalentCase(
    string Class, string Label, string? Q = null, string? Skills = null, string? Certifications = null, string? Industries = null, string? Title = null,
    string? Near = null, double? RadiusKm = null, int? AvailableInDays = null, double? MaxRate = null, int? ActiveWithinDays = null);

/// <summary>
/// The talent-search macro-benchmark: <c>talent --candidates N</c> generates a pool of full profiles
/// (<see cref="TalentData"/>), builds the <see cref="CandidateIndex"/> as the matching service does (profile →
/// <see cref="CandidateDocument.From"/> → <see cref="CandidateIndex.AddRange(IEnumerable{CandidateDocument}, bool)"/> in batches of 2,000, trimmed once), runs a fixed mix of
/// typical recruiter searches for the first page of 20 with evidence, single-threaded and on every core, runs the same
/// searches on Lucene.NET, checks the engines agree, and prints one JSON object as its last line.
/// </summary>
public static class TalentBench
{
    /// <summary>The mix: every class of query the language and the fields offer, with realistic terms.</summary>
    public static readonly TalentCase[] Mix =
    [
        new("single", "one skill", "Epic"),
        new("single", "one skill", "Jira"),
        new("single", "one skill", "Salesforce"),
        new("single", "one skill (broad: Agile and narrower)", "Agile"),
        new("single", "one word", "migration"),
        new("and", "two terms", "Epic PMP"),
        new("and", "three terms", "Jira AND Confluence AND Scrum"),
        new("and", "skill and industry word", "Salesforce AND banking"),
        new("and", "skill and work", "SAP migration"),
        new("or", "OR group", "PMP OR PgMP"),
        new("or", "OR group and term", "(CSM OR PSM) AND Agile"),
        new("or", "three-way OR", "Epic OR Cerner OR MEDITECH"),
        new("not", "NOT", "Scrum NOT contractor"),
        new("not", "minus", "\"project manager\" -contractor"),
        new("not", "NOT a skill", "Agile NOT Waterfall"),
        new("phrase", "phrase", "\"project manager\""),
        new("phrase", "phrase", "\"business analyst\""),
        new("phrase", "phrase", "\"scrum master\""),
        new("phrase", "phrase and term", "\"go-live\" Epic"),
        new("example", "the documented example", "Epic AND (PMP OR PgMP) NOT contractor"),
        new("fields", "skill with years", Skills: "epic:3"),
        new("fields", "two skills with years", Skills: "jira:5, scrum"),
        new("fields", "certification", Certifications: "PMP"),
        new("fields", "two certifications", Certifications: "PMP, CSM"),
        new("fields", "industries", Industries: "Healthcare, Banking"),
        new("fields", "title", Title: "project manager"),
        new("fields", "near + radius", Near: "Boston", RadiusKm: 50),
        new("fields", "near + radius", Near: "Chicago", RadiusKm: 25),
        new("fields", "availableBy", AvailableInDays: 30),
        new("fields", "maxRate", MaxRate: 90),
        new("fields", "activeWithinDays", ActiveWithinDays: 90),
        new("combined", "example + near + rate", "Epic AND (PMP OR PgMP) NOT contractor", Near: "Boston", RadiusKm: 80, MaxRate: 120),
        new("combined", "phrase + skill years + dates", "\"project manager\" Agile", Skills: "jira:3", AvailableInDays: 60, ActiveWithinDays: 365),
        new("combined", "OR + industry + title", "Salesforce OR ServiceNow", Industries: "Financial services", Title: "business analyst"),
        new("combined", "term + cert + near + rate", "Scrum", Certifications: "CSM", Near: "Dallas", RadiusKm: 50, MaxRate: 100),
        new("combined", "term + title + industry + active", "Epic", Title: "analyst", Industries: "Healthcare", ActiveWithinDays: 180),
    ];

    private sealed class Options
    {
        public int Candidates = 100_000, Queries = -1, Seed = 42, Threads = Environment.ProcessorCount, Top = 20, LuceneRepeat = -1;
        public bool SkipLucene;
    }

    /// <summary>A case compiled as <c>TalentSearchService.CompileAsync</c> compiles the input (names through the vocabulary).</summary>
    public static TalentQuery Compile(TalentCase c, TalentVocabulary vocabulary, int top)
    {
        string Code(string name) => vocabulary.Resolve(name) ?? throw new InvalidOperationException($"'{name}' is not in the taxonomy.");
        static IEnumerable<string> Items(string? list) => (list ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var skills = new List<SkillFilter>();
        foreach (var item in Items(c.Skills))
        {
            var colon = item.LastIndexOf(':');
            var name = colon > 0 ? item[..colon].Trim() : item;
            var years = colon > 0 ? double.Parse(item[(colon + 1)..], CultureInfo.InvariantCulture) : 0;
            skills.Add(new SkillFilter(Code(name), years));
        }
        double? lat = null, lon = null;
        if (c.Near is { } near)
        {
            var m = MatchData.Metros.First(x => x.Name == near);
            (lat, lon) = (m.Lat, m.Lon);
        }
        var filters = new TalentFilters
        {
            Skills = skills, Certifications = [.. Items(c.Certifications).Select(Code)], Industries = [.. Items(c.Industries).Select(Code)],
            Title = c.Title, Latitude = lat, Longitude = lon, RadiusKm = lat is null ? null : c.RadiusKm ?? 50,
            AvailableBy = c.AvailableInDays is int d ? TalentData.Today.AddDays(d) : null, MaxHourlyRate = c.MaxRate, ActiveWithinDays = c.ActiveWithinDays,
        };
        return new TalentQuery(TalentQueryParser.Parse(c.Q), filters, TalentData.Today, 0, top);
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
                case "--queries": o.Queries = Next(); break;
                case "--seed": o.Seed = Next(); break;
                case "--threads": o.Threads = Next(); break;
                case "--top": o.Top = Next(); break;
                case "--lucene-repeat": o.LuceneRepeat = Next(); break;
                case "--skip-lucene": o.SkipLucene = true; break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}. Options: --candidates N --queries Q --seed 42 --threads 2 --top 20 --lucene-repeat R --skip-lucene");
                    return 2;
            }
        }
        var large = o.Candidates > 200_000;
        if (o.Queries < 0) o.Queries = Mix.Length * (large ? 10 : 40);
        if (o.LuceneRepeat < 0) o.LuceneRepeat = large ? 3 : 10;
        var json = new Dictionary<string, object?>
        {
            ["candidates"] = o.Candidates, ["queries"] = o.Queries, ["mix"] = Mix.Length, ["top"] = o.Top, ["seed"] = o.Seed,
            ["cores"] = Environment.ProcessorCount, ["runtime"] = Environment.Version.ToString(), ["load_start"] = Load(),
        };
        Log($"talent-search benchmark: {o.Candidates:N0} candidates, {o.Queries} timed searches over a mix of {Mix.Length}, page of {o.Top}, seed {o.Seed}, " +
            $"{Environment.ProcessorCount} cores, load {Load()}");

        var data = new TalentData(o.Candidates, o.Seed);
        var vocabulary = new TalentVocabulary(data.Taxonomy);

        // Build as MatchingService.BuildAsync does: profile → CandidateDocument.From → AddRange per batch of 2,000.
        var before = GC.GetTotalMemory(true);
        var index = new CandidateIndex(MatchData.Dimensions);
        var batch = new List<CandidateDocument>(2_000);
        double make = 0, documents = 0, add = 0;
        var total = Stopwatch.StartNew();
        for (var d = 0; d < o.Candidates; d++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var c = data.Make(d);
            var t1 = Stopwatch.GetTimestamp();
            batch.Add(CandidateDocument.From(c, TalentData.Today));
            var t2 = Stopwatch.GetTimestamp();
            make += Stopwatch.GetElapsedTime(t0, t1).TotalSeconds; documents += Stopwatch.GetElapsedTime(t1, t2).TotalSeconds;
            if (batch.Count < batch.Capacity) continue;
            index.AddRange(batch, trim: false);
            batch.Clear();
            add += Stopwatch.GetElapsedTime(t2).TotalSeconds;
        }
        var tail = Stopwatch.GetTimestamp();
        index.AddRange(batch);
        add += Stopwatch.GetElapsedTime(tail).TotalSeconds;
        batch = null!;
        total.Stop();
        var after = GC.GetTotalMemory(true);
        var build = documents + add;
        json["generate_s"] = R(make, 2);
        json["build_s"] = R(build, 2);
        json["build_documents_s"] = R(documents, 2);
        json["build_index_s"] = R(add, 2);
        json["index_bytes_per_candidate"] = R((after - before) / (double)o.Candidates, 0);
        json["index_mb"] = R((after - before) / 1048576.0, 0);
        json["approx_bytes_per_candidate"] = R(index.ApproximateBytes() / (double)o.Candidates, 0);
        json["posting_lists"] = index.TermCount;
        json["working_set_mb"] = R(Environment.WorkingSet / 1048576.0, 0);
        Log($"generated profiles in {make:0.0} s (not counted); index built in {build:0.00} s ({documents:0.00} s documents and words, {add:0.00} s postings); " +
            $"{(after - before) / 1048576.0:0} MB managed ({(after - before) / (double)o.Candidates:0} bytes a candidate, embeddings column included), {index.TermCount:N0} posting lists, working set {Environment.WorkingSet / 1048576.0:0} MB");

        var searcher = new TalentSearcher(index, vocabulary);
        // The page's candidates, as the service reads them back by id through the caller's scope (made again here; not timed).
        var profiles = new Dictionary<Guid, Candidate>();
        var engineTotals = new int[Mix.Length];
        var engineTop = new int[Mix.Length][];
        for (var i = 0; i < Mix.Length; i++)
        {
            var r = searcher.Search(Compile(Mix[i], vocabulary, o.Top));
            engineTotals[i] = r.Total;
            engineTop[i] = [.. r.Hits.Select(h => index.DocOf(h.CandidateId))];
            foreach (var h in r.Hits) profiles.TryAdd(h.CandidateId, data.Make(index.DocOf(h.CandidateId)));
        }
        int Page(TalentCase c)
        {
            var result = searcher.Search(Compile(c, vocabulary, o.Top));
            var shown = 0;
            foreach (var h in result.Hits)
                if (profiles.TryGetValue(h.CandidateId, out var p)) shown += TalentEvidenceFinder.Find(p, h.Matched, vocabulary).Count;
            return shown;
        }
        // Warm up.
        for (var rep = 0; rep < 3; rep++) foreach (var c in Mix) Page(c);

        var times = new double[o.Queries];
        var searchOnly = new double[o.Queries];
        var classOf = new string[o.Queries];
        for (var k = 0; k < o.Queries; k++)
        {
            var c = Mix[k % Mix.Length];
            classOf[k] = c.Class;
            var t0 = Stopwatch.GetTimestamp();
            Page(c);
            times[k] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }
        for (var k = 0; k < o.Queries; k++)
        {
            var c = Mix[k % Mix.Length];
            var t0 = Stopwatch.GetTimestamp();
            searcher.Search(Compile(c, vocabulary, o.Top));
            searchOnly[k] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }
        Put(json, "", times);
        Put(json, "search_only_", searchOnly);
        Log($"engine, first page of {o.Top} with evidence, 1 thread, {o.Queries} searches: {Describe(times)}");
        Log($"engine, index query and ranking only (no evidence): {Describe(searchOnly)}");
        var classes = new Dictionary<string, object?>();
        foreach (var g in Enumerable.Range(0, o.Queries).GroupBy(k => classOf[k]))
        {
            var t = g.Select(k => times[k]).ToArray();
            classes[g.Key] = new Dictionary<string, object?> { ["n"] = t.Length, ["p50_ms"] = R(Percentile(t, 50), 3), ["p95_ms"] = R(Percentile(t, 95), 3), ["p99_ms"] = R(Percentile(t, 99), 3) };
            Log($"  {g.Key,-9} {Describe(t)}");
        }
        json["classes"] = classes;
        var perCase = new double[Mix.Length];
        for (var i = 0; i < Mix.Length; i++)
            perCase[i] = Percentile([.. Enumerable.Range(0, o.Queries).Where(k => k % Mix.Length == i).Select(k => times[k])], 50);
        var slowest = Enumerable.Range(0, Mix.Length).OrderByDescending(i => perCase[i]).Take(5).ToArray();
        json["slowest"] = slowest.Select(i => $"{Describe(Mix[i])}: p50 {perCase[i]:0.000} ms, {engineTotals[i]} found").ToArray();
        foreach (var i in slowest) Log($"  slow: {Describe(Mix[i])}: p50 {perCase[i]:0.000} ms, {engineTotals[i]:N0} found");

        var qps = Throughput(Page, o.Threads, Math.Max(1, o.Queries / Mix.Length / 2));
        var qps1 = Throughput(Page, 1, Math.Max(1, o.Queries / Mix.Length / 4));
        json["qps"] = R(qps, 1);
        json["threads"] = o.Threads;
        json["qps_1_thread"] = R(qps1, 1);
        Log($"engine throughput, page with evidence: {qps:0} searches/s on {o.Threads} threads, {qps1:0} on 1");

        if (!o.SkipLucene)
        {
            using var lucene = new TalentLucenePeer();
            var lb = lucene.Build(o.Candidates, data.Make, TalentData.Today);
            json["lucene_build_s"] = R(lb, 2);
            json["lucene_segments"] = lucene.Segments;
            json["lucene_bytes_per_candidate"] = R(lucene.Bytes / (double)o.Candidates, 0);
            Log($"lucene build: {lb:0.0} s inside Lucene (profiles made again, not counted), {lucene.Segments} segments, {lucene.Bytes / (double)o.Candidates:0} bytes a candidate on disk");
            // Agreement: the same number found, and every candidate on the engine's page matched by Lucene too.
            var agreeCount = 0; var agreeTop = 0;
            var mismatches = new List<string>();
            for (var i = 0; i < Mix.Length; i++)
            {
                var (q, geo) = TalentLucenePeer.QueryOf(Compile(Mix[i], vocabulary, o.Top), vocabulary);
                var all = lucene.All(q, geo);
                var countOk = all.Count == engineTotals[i];
                var topOk = engineTop[i].All(all.Contains);
                if (countOk) agreeCount++;
                if (topOk) agreeTop++;
                if (!countOk || !topOk) mismatches.Add($"{Describe(Mix[i])}: engine {engineTotals[i]}, lucene {all.Count}, page contained {topOk}");
            }
            json["agree"] = agreeCount == Mix.Length && agreeTop == Mix.Length;
            json["agree_counts"] = $"{agreeCount}/{Mix.Length}";
            json["agree_page_in_lucene"] = $"{agreeTop}/{Mix.Length}";
            Log($"agreement: same count on {agreeCount} of {Mix.Length} searches; the engine's page matched by Lucene on {agreeTop} of {Mix.Length}");
            foreach (var m in mismatches.Take(10)) Log("  disagreement: " + m);
            json["found"] = Enumerable.Range(0, Mix.Length).ToDictionary(i => Describe(Mix[i]), i => engineTotals[i]);

            // Timed: map the parsed query to Lucene's and collect the top 20 and the count.
            for (var rep = 0; rep < 3; rep++) foreach (var c in Mix) LuceneSearch(lucene, c, vocabulary, o.Top);
            var lt = new double[Mix.Length * o.LuceneRepeat];
            var ltClass = new string[lt.Length];
            for (var k = 0; k < lt.Length; k++)
            {
                var c = Mix[k % Mix.Length];
                ltClass[k] = c.Class;
                var t0 = Stopwatch.GetTimestamp();
                LuceneSearch(lucene, c, vocabulary, o.Top);
                lt[k] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            }
            Put(json, "lucene_", lt);
            json["lucene_over_engine_p50"] = R(Percentile(lt, 50) / Percentile(times, 50), 2);
            json["lucene_over_engine_p95"] = R(Percentile(lt, 95) / Percentile(times, 95), 2);
            json["lucene_over_engine_search_only_p50"] = R(Percentile(lt, 50) / Percentile(searchOnly, 50), 2);
            Log($"lucene, top {o.Top} and count, {lt.Length} searches: {Describe(lt)}");
            var lc = new Dictionary<string, object?>();
            foreach (var g in Enumerable.Range(0, lt.Length).GroupBy(k => ltClass[k]))
            {
                var t = g.Select(k => lt[k]).ToArray();
                lc[g.Key] = new Dictionary<string, object?> { ["p50_ms"] = R(Percentile(t, 50), 3), ["p95_ms"] = R(Percentile(t, 95), 3) };
                Log($"  {g.Key,-9} {Describe(t)}");
            }
            json["lucene_classes"] = lc;
            Log($"lucene / engine: p50 {Percentile(lt, 50) / Percentile(times, 50):0.00}x, p95 {Percentile(lt, 95) / Percentile(times, 95):0.00}x " +
                $"(engine with evidence); p50 {Percentile(lt, 50) / Percentile(searchOnly, 50):0.00}x against the engine's index query and ranking alone");
        }
        json["load_end"] = Load();
        GC.KeepAlive(index);
        Console.WriteLine(JsonSerializer.Serialize(json));
        return 0;
    }

    private static int LuceneSearch(TalentLucenePeer lucene, TalentCase c, TalentVocabulary vocabulary, int top)
    {
        var (q, geo) = TalentLucenePeer.QueryOf(Compile(c, vocabulary, top), vocabulary);
        return lucene.Search(q, geo, top).Total;
    }

    private static double Throughput(Func<TalentCase, int> page, int threads, int repeat)
    {
        var start = new Barrier(threads + 1);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var rep = 0; rep < repeat; rep++)
                for (var i = 0; i < Mix.Length; i++) page(Mix[(i + t * Mix.Length / threads) % Mix.Length]);
        })).ToArray();
        foreach (var w in workers) w.Start();
        start.SignalAndWait();
        var sw = Stopwatch.StartNew();
        foreach (var w in workers) w.Join();
        return threads * repeat * Mix.Length / sw.Elapsed.TotalSeconds;
    }

    private static string Describe(TalentCase c)
    {
        var parts = new List<string>();
        if (c.Q is not null) parts.Add($"q={c.Q}");
        if (c.Skills is not null) parts.Add($"skills={c.Skills}");
        if (c.Certifications is not null) parts.Add($"certifications={c.Certifications}");
        if (c.Industries is not null) parts.Add($"industries={c.Industries}");
        if (c.Title is not null) parts.Add($"title={c.Title}");
        if (c.Near is not null) parts.Add($"near={c.Near}&radiusKm={c.RadiusKm}");
        if (c.AvailableInDays is not null) parts.Add($"availableBy=today+{c.AvailableInDays}");
        if (c.MaxRate is not null) parts.Add($"maxRate={c.MaxRate}");
        if (c.ActiveWithinDays is not null) parts.Add($"activeWithinDays={c.ActiveWithinDays}");
        return string.Join("&", parts);
    }

    private static string Load()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }

    private static void Put(Dictionary<string, object?> json, string prefix, double[] times)
    {
        json[prefix + "p50_ms"] = R(Percentile(times, 50), 3);
        json[prefix + "p95_ms"] = R(Percentile(times, 95), 3);
        json[prefix + "p99_ms"] = R(Percentile(times, 99), 3);
        json[prefix + "max_ms"] = R(times.Max(), 3);
    }

    private static string Describe(double[] t) =>
        $"p50 {Percentile(t, 50):0.000} ms, p95 {Percentile(t, 95):0.000} ms, p99 {Percentile(t, 99):0.000} ms, max {t.Max():0.000} ms (n {t.Length})";

    private static double Percentile(double[] values, double p)
    {
        if (values.Length == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var rank = p / 100 * (sorted.Length - 1);
        var lo = (int)Math.Floor(rank); var hi = (int)Math.Ceiling(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    private static double R(double x, int digits) => Math.Round(x, digits);

    private static void Log(string message) => Console.WriteLine($"[{TimeProvider.System.GetUtcNow():HH:mm:ss}] {message}");
}
