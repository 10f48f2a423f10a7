using Shortlist.Domain.Common;
using Shortlist.Matching.Index;
using Shortlist.Matching.Querying;

namespace Shortlist.Matching.Tests;

/// <summary>Random candidates and queries over a small vocabulary, seeded so every failure reproduces.</summary>
internal sealed class Pool
{
    public static readonly DateOnly Today = new(2026, 11, 25);
    public static readonly string[] Codes = [.. Enumerable.Range(0, 40).Select(i => $"s{i:00}")];

    private readonly Random _r;
    private readonly bool _wide;

    /// <param name="seed">Seed of every random choice.</param>
    /// <param name="wide">Candidates spread over the continent (half of them around 42, -73) and searches with radii of
    /// 20 to 220 km around several centres, so radius searches walk a few location cells instead of the whole pool.</param>
    public Pool(int seed, bool wide = false) { _r = new Random(seed); _wide = wide; }

    private (double? Lat, double? Lon) Location()
    {
        if (!_wide) return (_r.Next(6) == 0 ? null : 40 + _r.NextDouble() * 4, _r.Next(6) == 0 ? null : -75 + _r.NextDouble() * 4);
        if (_r.Next(20) == 0) return (null, null);
        if (_r.Next(40) == 0) return (_r.NextDouble() * 60, null);
        return _r.Next(2) == 0
            ? (42 + (_r.NextDouble() - 0.5) * 2.5, -73 + (_r.NextDouble() - 0.5) * 3)
            : (25 + _r.NextDouble() * 23, -123 + _r.NextDouble() * 52);
    }

    private (double? Lat, double Lon, double Radius) Centre()
    {
        if (!_wide) return (null, -73, 150);
        var radius = _r.Next(10) == 0 ? 3000 : 20 + _r.Next(201);
        return _r.Next(3) switch
        {
            0 => (42, -73, radius),
            1 => (42.999, -72.001, radius),
            _ => (25 + _r.NextDouble() * 23, -123 + _r.NextDouble() * 52, radius),
        };
    }

    /// <summary>A skill code with Zipf-like frequency: low numbers common.</summary>
    public string Code() => Codes[(int)Math.Min(Codes.Length - 1, Math.Floor(Math.Pow(_r.NextDouble(), 2.2) * Codes.Length))];

    public CandidateDocument Candidate(int dims = 0)
    {
        var terms = new Dictionary<string, TermYears>();
        var n = _r.Next(0, 12);
        for (var i = 0; i < n; i++)
        {
            var c = Code();
            terms[c] = new TermYears(c, Math.Round(_r.NextDouble() * 12, 2), _r.Next(4) == 0 ? null : _r.Next(2008, 2027));
        }
        if (_r.Next(3) == 0) terms["healthcare"] = new TermYears("healthcare", _r.Next(0, 10), null);
        sbyte[]? embedding = null;
        if (dims > 0 && _r.Next(5) != 0)
        {
            var v = new float[dims];
            for (var i = 0; i < dims; i++) v[i] = (float)(_r.NextDouble() - 0.5);
            embedding = new sbyte[dims];
            Shortlist.Matching.Text.Int8Embedding.Quantize(v, embedding);
        }
        var (lat, lon) = Location();
        return new CandidateDocument(
            Guid.NewGuid(), [.. terms.Values],
            lat, lon,
            (WorkplaceMode)_r.Next(3), (EngagementTypes)_r.Next(0, 8), (WorkAuthorization)_r.Next(5),
            _r.Next(4) == 0 ? null : Today.AddDays(_r.Next(-60, 150)),
            _r.Next(4) == 0 ? null : 50 + _r.Next(100),
            Math.Round(_r.NextDouble() * 25, 1),
            new TrackSummary(_r.Next(3) == 0 ? 0 : _r.Next(10_000, 20_000_000), _r.Next(0, 40), _r.Next(0, 6), _r.Next(0, 3), _r.Next(0, 3)),
            embedding);
    }

    public MatchQuery Query(bool constraints = true, int dims = 0)
    {
        var reqs = new List<MatchRequirement>();
        var n = _r.Next(0, 7);
        var used = new HashSet<string>();
        for (var i = 0; i < n; i++)
        {
            var c = Code();
            if (!used.Add(c)) continue;
            reqs.Add(new MatchRequirement(c, c.ToUpperInvariant(), (Importance)_r.Next(3), Math.Round(0.2 + _r.NextDouble() * 3, 1),
                _r.Next(3) == 0 ? _r.Next(1, 8) : null, _r.Next(4) == 0 ? _r.Next(1, 10) : null));
        }
        sbyte[]? embedding = null;
        if (dims > 0)
        {
            var v = new float[dims];
            for (var i = 0; i < dims; i++) v[i] = (float)(_r.NextDouble() - 0.5);
            embedding = new sbyte[dims];
            Shortlist.Matching.Text.Int8Embedding.Quantize(v, embedding);
        }
        var top = 1 + _r.Next(30);
        var (centreLat, centreLon, radius) = Centre();
        return new MatchQuery
        {
            Requirements = reqs,
            RefineWindow = dims > 0 ? 200 : top,
            Industry = _r.Next(2) == 0 ? "healthcare" : null,
            Today = Today,
            Top = top,
            Embedding = embedding,
            Constraints = !constraints ? MatchConstraints.None : new MatchConstraints
            {
                Latitude = _wide ? centreLat : _r.Next(2) == 0 ? 42 : null, Longitude = centreLon, RadiusKm = radius,
                Workplace = (WorkplaceMode)_r.Next(3),
                Engagement = (EngagementTypes)_r.Next(0, 8),
                MaxHourlyRate = _r.Next(2) == 0 ? 90 + _r.Next(60) : null, MinHourlyRate = 60,
                AvailableBy = _r.Next(2) == 0 ? Today.AddDays(_r.Next(0, 90)) : null,
                RequiresWorkAuthorization = _r.Next(2) == 0,
            },
        };
    }

    public static (CandidateIndex Index, List<CandidateDocument> Docs) Build(int seed, int count, int dims = 0, bool wide = false)
    {
        var pool = new Pool(seed, wide);
        var docs = Enumerable.Range(0, count).Select(_ => pool.Candidate(dims)).ToList();
        var index = new CandidateIndex(dims);
        index.AddRange(docs);
        return (index, docs);
    }
}
