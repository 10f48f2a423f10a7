using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Shortlist.Domain.Common;

namespace Shortlist.Benchmarks.Matching;

/// <summary>
/// The Lucene.NET peer: one document per candidate with a keyword term per skill and a numeric field per constraint
/// (MMapDirectory in a temporary folder). A search is a BooleanQuery: must-haves as MUST clauses, optional skills as SHOULD
/// clauses scoring a constant equal to their weight, constraints as MUST numeric ranges and terms that score nothing, and the
/// engine's exact distance test as a post-filter on doc values. Coordination and query normalisation are off, so a
/// document's score is the plain sum of the weights, and hits sort by score then document number.
/// </summary>
public sealed class LucenePeer : IDisposable
{
    private readonly string _folder;
    private readonly MMapDirectory _directory;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;
    private NumericDocValues? _docNumbers;

    /// <summary>An empty index in a new temporary folder.</summary>
    public LucenePeer()
    {
        _folder = System.IO.Directory.CreateTempSubdirectory("shortlist-bench-lucene-").FullName;
        _directory = new MMapDirectory(_folder);
    }

    /// <summary>Indexes every candidate in order, commits, and opens a searcher.</summary>
    public void Build(MatchData data)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 256,
            // A log merge policy merges adjacent segments only, so document numbers keep the insertion order (ties break as in the engine).
            MergePolicy = new LogByteSizeMergePolicy(),
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            // Fields are reused from document to document, as Lucene recommends for bulk indexing.
            var skillFields = new List<StringField>();
            var wp = new StringField("wp", "", Field.Store.NO);
            var eg = new StringField("eg", "", Field.Store.NO);
            var au = new StringField("au", "", Field.Store.NO);
            var loc = new StringField("loc", "", Field.Store.NO);
            var av = new Int32Field("av", 0, Field.Store.NO);
            var rt = new SingleField("rt", 0, Field.Store.NO);
            var la = new SingleField("la", 0, Field.Store.NO);
            var lo = new SingleField("lo", 0, Field.Store.NO);
            var laBits = new NumericDocValuesField("lab", 0);
            var loBits = new NumericDocValuesField("lob", 0);
            var docNumber = new NumericDocValuesField("d", 0);
            // In the engine's index order, so that ties between equal scores (Lucene.NET's document order) break alike.
            foreach (var d in data.IndexOrder())
            {
                var doc = new Document();
                int s0 = data.SkillStart[d], n = data.SkillStart[d + 1] - s0;
                while (skillFields.Count < n) skillFields.Add(new StringField("s", "", Field.Store.NO));
                for (var k = 0; k < n; k++) { skillFields[k].SetStringValue(data.Codes[data.SkillOf[s0 + k]]); doc.Add(skillFields[k]); }
                wp.SetStringValue(Small(data.Workplace[d])); doc.Add(wp);
                eg.SetStringValue(Small(data.Engagement[d])); doc.Add(eg);
                au.SetStringValue(Small(data.Authorization[d])); doc.Add(au);
                var known = !float.IsNaN(data.Lat[d]);
                loc.SetStringValue(known ? "1" : "0"); doc.Add(loc);
                av.SetInt32Value(data.AvailableDay[d]); doc.Add(av);
                rt.SetSingleValue(float.IsNaN(data.Rate[d]) ? -1f : data.Rate[d]); doc.Add(rt);
                if (known)
                {
                    la.SetSingleValue(data.Lat[d]); doc.Add(la);
                    lo.SetSingleValue(data.Lon[d]); doc.Add(lo);
                }
                laBits.SetInt64Value(BitConverter.SingleToInt32Bits(known ? data.Lat[d] : float.NaN)); doc.Add(laBits);
                loBits.SetInt64Value(BitConverter.SingleToInt32Bits(known ? data.Lon[d] : float.NaN)); doc.Add(loBits);
                docNumber.SetInt64Value(d); doc.Add(docNumber);
                writer.AddDocument(doc);
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new SumSimilarity() };
        _docNumbers = MultiDocValues.GetNumericValues(_reader, "d");
    }

    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 256).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    private static string Small(int i) => SmallNumbers[i];

    /// <summary>Bytes of the index on disk.</summary>
    public long Bytes => new DirectoryInfo(_folder).EnumerateFiles().Sum(f => f.Length);

    /// <summary>Segments in the index.</summary>
    public int Segments => _reader?.Leaves.Count ?? 0;

    /// <summary>The query of a position (SkillsOnly semantics; weights ×5 so they are integers).</summary>
    public static (Query Query, GeoFilter? Geo) QueryOf(GenPosition p, MatchData data)
    {
        var q = new BooleanQuery(disableCoord: true);
        static Query Filter(Query inner) => new ConstantScoreQuery(inner) { Boost = 0 };
        var musts = p.Musts;
        foreach (var m in musts) q.Add(Filter(new TermQuery(new Term("s", data.Codes[m]))), Occur.MUST);
        var optional = p.Optional;
        foreach (var o in optional) q.Add(new ConstantScoreQuery(new TermQuery(new Term("s", data.Codes[o.Skill]))) { Boost = o.PeerWeight }, Occur.SHOULD);
        if (musts.Length == 0 && optional.Length > 0)
        {
            // The engine visits only candidates holding at least one requirement.
            var any = new BooleanQuery(disableCoord: true);
            foreach (var o in optional) any.Add(new TermQuery(new Term("s", data.Codes[o.Skill])), Occur.SHOULD);
            q.Add(Filter(any), Occur.MUST);
        }
        if (p.Workplace == WorkplaceMode.OnSite) q.Add(new TermQuery(new Term("wp", Small((int)WorkplaceMode.Remote))), Occur.MUST_NOT);
        GeoFilter? geo = null;
        if (p.Workplace != WorkplaceMode.Remote && p.Latitude is double lat && p.Longitude is double lon && p.RadiusKm is double radius)
        {
            // A box a little larger than the circle (unknown locations pass), then the engine's exact test on the survivors.
            var dLat = (float)(radius / 111.0) + 0.01f;
            var dLon = (float)(radius / (111.0 * Math.Cos(lat * Math.PI / 180))) + 0.01f;
            var box = new BooleanQuery(disableCoord: true)
            {
                { NumericRangeQuery.NewSingleRange("la", (float)lat - dLat, (float)lat + dLat, true, true), Occur.MUST },
                { NumericRangeQuery.NewSingleRange("lo", (float)lon - dLon, (float)lon + dLon, true, true), Occur.MUST },
            };
            var place = new BooleanQuery(disableCoord: true) { { box, Occur.SHOULD }, { new TermQuery(new Term("loc", "0")), Occur.SHOULD } };
            q.Add(Filter(place), Occur.MUST);
            geo = new GeoFilter((float)lat, (float)lon, (float)(radius / 111.0), radius, Math.Cos(lat * Math.PI / 180));
        }
        if (p.Engagement != EngagementTypes.None)
        {
            var any = new BooleanQuery(disableCoord: true);
            for (var e = 0; e < 8; e++) if (e == 0 || (e & (int)p.Engagement) != 0) any.Add(new TermQuery(new Term("eg", Small(e))), Occur.SHOULD);
            q.Add(Filter(any), Occur.MUST);
        }
        if (p.MaxRate is double max) q.Add(Filter(NumericRangeQuery.NewSingleRange("rt", null, (float)max + 0.005f, true, true)), Occur.MUST);
        if (p.AvailableBy is DateOnly by)
            q.Add(Filter(NumericRangeQuery.NewInt32Range("av", null, Math.Max(by.DayNumber, MatchData.Today.DayNumber) + 30, true, true)), Occur.MUST);
        if (p.RequiresAuthorization) q.Add(new TermQuery(new Term("au", Small((int)WorkAuthorization.RequiresSponsorship))), Occur.MUST_NOT);
        return (q, geo);
    }

    /// <summary>Runs one search; the document numbers, best first.</summary>
    public int[] Search(Query query, GeoFilter? geo, int top)
    {
        var inner = TopScoreDocCollector.Create(top, docsScoredInOrder: true);
        _searcher!.Search(query, geo is null ? inner : new LocationCollector(inner, geo));
        var hits = inner.GetTopDocs().ScoreDocs;
        var docs = new int[hits.Length];
        for (var i = 0; i < hits.Length; i++) docs[i] = (int)_docNumbers!.Get(hits[i].Doc);
        return docs;
    }

    /// <summary>Closes the reader and removes the folder.</summary>
    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        try { System.IO.Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>The engine's location test: a float latitude band, then the equirectangular distance in doubles; unknown passes.</summary>
    public sealed record GeoFilter(float Lat, float Lon, float LatDelta, double RadiusKm, double CosLat) : ILocationTest
    {
        /// <summary>True when a candidate at (lat, lon) is within the radius, or its location is unknown.</summary>
        public bool Passes(float lat, float lon)
        {
            if (float.IsNaN(lat)) return true;
            if (MathF.Abs(lat - Lat) > LatDelta) return false;
            var dLat = (lat - Lat) * Math.PI / 180;
            var dLon = (lon - Lon) * Math.PI / 180 * CosLat;
            return 6371.0 * Math.Sqrt(dLat * dLat + dLon * dLon) <= RadiusKm;
        }
    }

    /// <summary>Scores are the plain sum of the clause boosts: no coordination factor, no query normalisation.</summary>
    private sealed class SumSimilarity : DefaultSimilarity
    {
        public override float Coord(int overlap, int maxOverlap) => 1f;
        public override float QueryNorm(float sumOfSquaredWeights) => 1f;
    }
}
