using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Shortlist.Domain.Candidates;
using Shortlist.Matching.Index;
using Shortlist.Matching.Talent;

namespace Shortlist.Benchmarks.Talent;

/// <summary>
/// The Lucene.NET 4.8 peer of talent search, on the same profiles: the profile text as one multi-valued field (each profile
/// field a value, words as <see cref="ProfileWords"/> makes them, a position gap between values so a phrase never spans two
/// fields), the titles likewise, the taxonomy entries the index holds as keyword terms, skill years as "code:years" keywords
/// for range queries, and numeric fields for rate, availability and last change. The query language maps to a
/// BooleanQuery (AND → MUST, OR → SHOULD, NOT → MUST_NOT, a phrase → PhraseQuery, a taxonomy term → SHOULD over its entry
/// and the narrower ones and its words); the radius is a bounding box in the query and the engine's exact distance test in
/// a collector. Hits are ranked by Lucene's own similarity (only the counts and membership are compared with the engine).
/// </summary>
public sealed class TalentLucenePeer : IDisposable
{
    private readonly string _folder;
    private readonly MMapDirectory _directory;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;
    private NumericDocValues? _docNumbers;

    /// <summary>An empty index in a new temporary folder.</summary>
    public TalentLucenePeer()
    {
        _folder = System.IO.Directory.CreateTempSubdirectory("shortlist-bench-talent-lucene-").FullName;
        _directory = new MMapDirectory(_folder);
    }

    private sealed class WordsAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => new(new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader));
        public override int GetPositionIncrementGap(string fieldName) => 100;
    }

    private static string Words(string? text) => string.Join(' ', ProfileWords.Tokenize(text));

    /// <summary>Indexes candidates 0..count-1 of <paramref name="make"/> in order; returns the seconds spent inside Lucene (not making profiles).</summary>
    public double Build(int count, Func<int, Candidate> make, DateOnly today)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WordsAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 256,
            MergePolicy = new LogByteSizeMergePolicy(),
        };
        var lucene = System.Diagnostics.Stopwatch.StartNew();
        using (var writer = new IndexWriter(_directory, config))
        {
            lucene.Stop();
            for (var d = 0; d < count; d++)
            {
                var c = make(d);
                var cd = CandidateDocument.From(c, today);
                lucene.Start();
                var doc = new Document();
                foreach (var f in ProfileWords.Fields(c)) if (Words(f) is { Length: > 0 } w) doc.Add(new TextField("x", w, Field.Store.NO));
                foreach (var f in new[] { c.Headline }.Concat(c.Roles.Select(r => r.Title))) if (Words(f) is { Length: > 0 } w) doc.Add(new TextField("ti", w, Field.Store.NO));
                foreach (var t in cd.Terms)
                {
                    doc.Add(new StringField("t", t.Code, Field.Store.NO));
                    doc.Add(new StringField("sy", YearsKey(t.Code, PostingList.EncodeYears(t.Years)), Field.Store.NO));
                }
                if (cd.HourlyRate is double rate) doc.Add(new SingleField("rt", (float)rate, Field.Store.NO));
                else doc.Add(new StringField("nort", "1", Field.Store.NO));
                doc.Add(new Int32Field("av", cd.AvailableFrom?.DayNumber ?? 0, Field.Store.NO));
                doc.Add(new Int32Field("act", cd.LastActivity?.DayNumber ?? 0, Field.Store.NO));
                var lat = cd.Latitude is double la ? (float)la : float.NaN;
                var lon = cd.Longitude is double lo ? (float)lo : float.NaN;
                if (!float.IsNaN(lat)) { doc.Add(new SingleField("la", lat, Field.Store.NO)); doc.Add(new SingleField("lo", lon, Field.Store.NO)); }
                doc.Add(new NumericDocValuesField("lab", BitConverter.SingleToInt32Bits(lat)));
                doc.Add(new NumericDocValuesField("lob", BitConverter.SingleToInt32Bits(lon)));
                doc.Add(new NumericDocValuesField("d", d));
                writer.AddDocument(doc);
                lucene.Stop();
            }
            lucene.Start();
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _docNumbers = MultiDocValues.GetNumericValues(_reader, "d");
        lucene.Stop();
        return lucene.Elapsed.TotalSeconds;
    }

    private static string YearsKey(string code, int quarters) => code + ":" + quarters.ToString("000", CultureInfo.InvariantCulture);

    /// <summary>Bytes of the index on disk.</summary>
    public long Bytes => new DirectoryInfo(_folder).EnumerateFiles().Sum(f => f.Length);

    /// <summary>Segments in the index.</summary>
    public int Segments => _reader?.Leaves.Count ?? 0;

    /// <summary>The Lucene query of a talent query, with the exact distance test to apply to what it finds (or null).</summary>
    public static (Query Query, GeoTest? Geo) QueryOf(TalentQuery query, TalentVocabulary vocabulary)
    {
        var q = new BooleanQuery();
        q.Add(query.Query is null ? new MatchAllDocsQuery() : Map(query.Query, vocabulary), Occur.MUST);
        var f = query.Filters;
        foreach (var skill in f.Skills)
        {
            var min = PostingList.EncodeYears(skill.MinimumYears);
            var any = new BooleanQuery();
            foreach (var code in vocabulary.Expand(skill.Code.Trim().ToLowerInvariant()))
                any.Add(new TermRangeQuery("sy", new BytesRef(YearsKey(code, min)), new BytesRef(YearsKey(code, 255)), true, true), Occur.SHOULD);
            q.Add(any, Occur.MUST);
        }
        foreach (var cert in f.Certifications) q.Add(new TermQuery(new Term("t", cert.Trim().ToLowerInvariant())), Occur.MUST);
        if (f.Industries.Count > 0)
        {
            var any = new BooleanQuery();
            foreach (var i in f.Industries) any.Add(new TermQuery(new Term("t", i.Trim().ToLowerInvariant())), Occur.SHOULD);
            q.Add(any, Occur.MUST);
        }
        if (!string.IsNullOrWhiteSpace(f.Title)) q.Add(Phrase("ti", Words(f.Title)), Occur.MUST);
        if (f.MaxHourlyRate is double max)
        {
            var rate = new BooleanQuery
            {
                { NumericRangeQuery.NewSingleRange("rt", null, (float)max + 0.005f, true, true), Occur.SHOULD },
                { new TermQuery(new Term("nort", "1")), Occur.SHOULD },
            };
            q.Add(rate, Occur.MUST);
        }
        if (f.AvailableBy is DateOnly by) q.Add(NumericRangeQuery.NewInt32Range("av", null, by.DayNumber, true, true), Occur.MUST);
        if (f.ActiveWithinDays is int days) q.Add(NumericRangeQuery.NewInt32Range("act", query.Today.DayNumber - Math.Max(0, days), null, true, true), Occur.MUST);
        GeoTest? geo = null;
        if (f.RadiusKm is > 0 && f.Latitude is double lat && f.Longitude is double lon)
        {
            var radius = f.RadiusKm.Value;
            var dLat = radius / 110.0 + 0.05;
            var farthest = Math.Min(89.9, Math.Abs(lat) + dLat);
            var dLon = Math.Min(180, radius / (110.0 * Math.Cos(farthest * Math.PI / 180)) + 0.05);
            q.Add(NumericRangeQuery.NewSingleRange("la", (float)(lat - dLat), (float)(lat + dLat), true, true), Occur.MUST);
            q.Add(NumericRangeQuery.NewSingleRange("lo", (float)(lon - dLon), (float)(lon + dLon), true, true), Occur.MUST);
            geo = new GeoTest((float)lat, (float)lon, (float)radius);
        }
        return (q, geo);
    }

    private static Query Map(QueryNode node, TalentVocabulary vocabulary)
    {
        switch (node)
        {
            case TermNode t:
            {
                var resolved = vocabulary.ResolveTerm(t);
                var text = Phrase("x", t.Text);
                if (resolved.Codes.Count == 0) return text;
                var any = new BooleanQuery { { text, Occur.SHOULD } };
                foreach (var code in resolved.Codes) any.Add(new TermQuery(new Term("t", code)), Occur.SHOULD);
                return any;
            }
            case AndNode a:
            {
                var q = new BooleanQuery();
                var positive = false;
                foreach (var o in a.Operands)
                {
                    if (o is NotNode n) q.Add(Map(n.Operand, vocabulary), Occur.MUST_NOT);
                    else { q.Add(Map(o, vocabulary), Occur.MUST); positive = true; }
                }
                if (!positive) q.Add(new MatchAllDocsQuery(), Occur.MUST);
                return q;
            }
            case OrNode o:
            {
                var q = new BooleanQuery();
                foreach (var x in o.Operands) q.Add(Map(x, vocabulary), Occur.SHOULD);
                return q;
            }
            case NotNode n:
                return new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { Map(n.Operand, vocabulary), Occur.MUST_NOT } };
            default: throw new InvalidOperationException($"Unknown query node {node.GetType().Name}.");
        }
    }

    private static Query Phrase(string field, string words)
    {
        var list = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (list.Length == 1) return new TermQuery(new Term(field, list[0]));
        var p = new PhraseQuery();
        foreach (var w in list) p.Add(new Term(field, w));
        return p;
    }

    /// <summary>Runs a search: how many match, and the first <paramref name="top"/> document numbers by Lucene's ranking.</summary>
    public (int Total, int[] Top) Search(Query query, GeoTest? geo, int top)
    {
        var inner = TopScoreDocCollector.Create(top, docsScoredInOrder: true);
        _searcher!.Search(query, geo is null ? inner : new LocationCollector(inner, geo));
        var hits = inner.GetTopDocs().ScoreDocs;
        var docs = new int[hits.Length];
        for (var i = 0; i < hits.Length; i++) docs[i] = (int)_docNumbers!.Get(hits[i].Doc);
        return (inner.TotalHits, docs);
    }

    /// <summary>Every document number the query matches (for the agreement check; not timed).</summary>
    public HashSet<int> All(Query query, GeoTest? geo)
    {
        var all = new AllCollector(_docNumbers!);
        _searcher!.Search(query, geo is null ? all : new LocationCollector(all, geo));
        return all.Docs;
    }

    /// <summary>Closes the reader and removes the folder.</summary>
    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        try { System.IO.Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>The engine's location test (haversine in the same float and double steps); an unknown location fails.</summary>
    public sealed record GeoTest(float Lat, float Lon, float RadiusKm) : ILocationTest
    {
        /// <summary>True when (lat, lon) is within the radius.</summary>
        public bool Passes(float lat, float lon)
        {
            if (float.IsNaN(lat) || float.IsNaN(lon)) return false;
            return DistanceKm(lat, lon, Lat, Lon) <= RadiusKm;
        }

        private static float DistanceKm(float lat1, float lon1, float lat2, float lon2)
        {
            const double R = 6371.0;
            var dLat = (lat2 - lat1) * Math.PI / 180;
            var dLon = (lon2 - lon1) * Math.PI / 180;
            var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
            return (float)(2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a))));
        }
    }

    private sealed class AllCollector(NumericDocValues numbers) : ICollector
    {
        private int _base;
        public HashSet<int> Docs { get; } = [];
        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) { }
        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;
        public void Collect(int doc) => Docs.Add((int)numbers.Get(_base + doc));
    }
}
