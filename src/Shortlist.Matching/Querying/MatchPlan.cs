using Shortlist.Domain.Common;
using Shortlist.Matching.Index;
using Shortlist.Matching.Results;
using Shortlist.Matching.Text;

namespace Shortlist.Matching.Querying;

/// <summary>
/// One search compiled against one snapshot of the index. The walk is document at a time in ascending document order:
/// it is driven by the rarest must-have (or the union of the requirement lists when there is none), other lists are
/// reached by galloping, cheap column checks run before any scoring, and a candidate whose upper bound cannot beat the
/// current top is dropped before its optional requirements are looked up. Nothing is allocated per candidate.
/// </summary>
internal sealed class MatchPlan
{
    private const double Epsilon = 1e-9;
    private const int AvailabilityGraceDays = 30;
    private const int NoFailure = -1;

    private readonly IndexState _s;
    private readonly MatchQuery _q;
    private readonly ScoringProfile _p;
    private readonly TermGraph _graph;

    // Requirements, each with its alternatives (the entry itself and, optionally, narrower entries), flattened.
    private readonly MatchRequirement[] _req;
    private readonly double[] _reqMax;
    private readonly bool[] _must;
    private readonly int[] _altStart;
    private PostingData[] _altData;
    private int[] _altPos;
    private float[] _altFactor;
    private string[] _altCode;
    private readonly int[] _mustOrder;   // must-have requirement numbers, rarest first
    private readonly int[] _optOrder;    // other requirement numbers, largest points first
    private readonly double _optMaxSum;
    private readonly double _minYearsMax;

    private readonly PostingData? _industry;
    private int _industryPos;
    private readonly double _industryMax, _seniorityMax, _trackMax, _rateMax, _availMax, _textMax, _scale;
    private readonly double _targetYears;
    private readonly int _today;

    // Constraints.
    private readonly bool _geo;
    private readonly float _lat, _lon, _latDelta;
    private readonly double _radiusKm, _cosLat;
    private readonly bool _onSite;
    private readonly byte _engagement;
    private readonly float _maxRate, _minRate;
    private readonly int _availLimit;
    private readonly bool _auth;
    private readonly int _constraintCount;
    private readonly int[] _geoAlts;     // location cells a radius search covers (alternatives after the requirements')
    private readonly float _rateCap;     // the most a candidate's rate may be: the maximum and half a cent for rounding
    private readonly string?[] _throughNote;  // explanation pieces, made once per search (see Describe), by alternative
    private readonly string?[] _askedNote;    // and by requirement
    private readonly ConstraintKind[] _constraintKinds;

    public MatchPlan(CandidateIndex index, IndexState state, TermGraph graph, MatchQuery q)
    {
        _s = state; _q = q; _p = q.Scoring ?? ScoringProfile.Default; _graph = graph;
        _today = q.Today.DayNumber;

        var reqs = q.Requirements.Where(r => !string.IsNullOrWhiteSpace(r.Code)).ToArray();
        _req = reqs;
        var n = reqs.Length;
        _reqMax = new double[n]; _must = new bool[n]; _altStart = new int[n + 1];
        var altData = new List<PostingData>(); var altFactor = new List<float>(); var altCode = new List<string>();
        double totalWeight = 0;
        for (var i = 0; i < n; i++)
        {
            var r = reqs[i];
            _must[i] = r.Importance == Importance.Must;
            totalWeight += EffectiveWeight(r);
            _altStart[i] = altData.Count;
            var code = r.Code.Trim().ToLowerInvariant();
            AddAlt(code, 1f);
            if (_p.Narrower)
                foreach (var narrower in graph.Narrower(code)) AddAlt(narrower, (float)_p.NarrowerCredit);
        }
        _altStart[n] = altData.Count;
        void AddAlt(string code, float factor)
        {
            var term = index.TermOf(code);
            var data = term >= 0 && term < state.Lists.Length ? state.Lists[term].Snapshot : PostingData.Empty;
            altData.Add(data); altFactor.Add(factor); altCode.Add(code);
        }
        _altData = [.. altData]; _altFactor = [.. altFactor]; _altCode = [.. altCode]; _altPos = new int[_altData.Length];
        _minYearsMax = reqs.Select(r => r.MinimumYears ?? 0).DefaultIfEmpty(0).Max();
        _staleBelow = new int[n];
        if (_p.YearsAndRecency)
        {
            // Stale when today's year − (BaseYear + code) > recency, i.e. code < today's year − BaseYear − recency.
            _yearsCredit = new double[n << 8];
            for (var i = 0; i < n; i++)
            {
                for (var y = 0; y < 256; y++) _yearsCredit[(i << 8) | y] = YearsFactor(reqs[i], (byte)y);
                if (reqs[i].RecencyYears is int recency) _staleBelow[i] = (int)Math.Clamp((long)q.Today.Year - PostingList.BaseYear - recency, 0, 256);
            }
        }

        // Points: each active part's share of 100.
        var reqPoints = totalWeight > 0 ? _p.Requirements : 0;
        _industry = null;
        if (!string.IsNullOrWhiteSpace(q.Industry))
        {
            var term = index.TermOf(q.Industry.Trim().ToLowerInvariant());
            // An industry no candidate has ever had gives everyone nothing: leave the part out rather than lower every score alike.
            _industry = term >= 0 && term < state.Lists.Length ? state.Lists[term].Snapshot : null;
        }
        var c = q.Constraints ?? MatchConstraints.None;
        double ind = _industry is null ? 0 : _p.Industry, sen = _p.Seniority, track = _p.TrackRecord;
        double rate = c.MaxHourlyRate is null ? 0 : _p.Rate, avail = c.AvailableBy is null ? 0 : _p.Availability;
        double text = q.Embedding is { Length: > 0 } e && e.Length == state.Dimensions ? _p.Text : 0;
        var total = reqPoints + ind + sen + track + rate + avail + text;
        _scale = total > 0 ? 100 / total : 0;
        for (var i = 0; i < n; i++) _reqMax[i] = totalWeight > 0 ? reqPoints * _scale * EffectiveWeight(reqs[i]) / totalWeight : 0;
        _industryMax = ind * _scale; _seniorityMax = sen * _scale; _trackMax = track * _scale; _rateMax = rate * _scale; _availMax = avail * _scale; _textMax = text * _scale;
        _targetYears = q.TargetYears ?? Math.Max(3, _minYearsMax + 2);

        _mustOrder = [.. Enumerable.Range(0, n).Where(i => _must[i]).OrderBy(RequirementFrequency)];
        _optOrder = [.. Enumerable.Range(0, n).Where(i => !_must[i]).OrderByDescending(i => _reqMax[i])];
        _optMaxSum = _optOrder.Sum(i => _reqMax[i]);

        // Constraints.
        _onSite = c.Workplace == WorkplaceMode.OnSite;
        _geo = c.Workplace != WorkplaceMode.Remote && c.Latitude is not null && c.Longitude is not null && c.RadiusKm is > 0;
        if (_geo)
        {
            _lat = (float)c.Latitude!.Value; _lon = (float)c.Longitude!.Value; _radiusKm = c.RadiusKm!.Value;
            _latDelta = (float)(_radiusKm / 111.0);
            _cosLat = Math.Cos(c.Latitude.Value * Math.PI / 180);
        }
        _engagement = (byte)c.Engagement;
        _maxRate = c.MaxHourlyRate is double mr ? (float)mr : float.NaN;
        _rateCap = _maxRate + 0.005f;
        _minRate = c.MinHourlyRate is double mn ? (float)mn : float.NaN;
        _availLimit = c.AvailableBy is DateOnly by ? Math.Max(by.DayNumber, _today) + AvailabilityGraceDays : 0;
        _auth = c.RequiresWorkAuthorization;
        _geoAlts = [];
        if (_geo) _geoAlts = GeoCells(index, state);
        _throughNote = new string?[_altData.Length];
        _askedNote = new string?[n];
        var kinds = new List<ConstraintKind>();
        if (_geo || _onSite) kinds.Add(ConstraintKind.Location);
        if (_engagement != 0) kinds.Add(ConstraintKind.Engagement);
        if (!float.IsNaN(_maxRate)) kinds.Add(ConstraintKind.Rate);
        if (_availLimit != 0) kinds.Add(ConstraintKind.Availability);
        if (_auth) kinds.Add(ConstraintKind.Authorization);
        _constraintKinds = [.. kinds];
        _constraintCount = kinds.Count;
    }

    /// <summary>A radius that spans more cells than this is walked as if it had none.</summary>
    private const int MaxGeoCells = 24;

    /// <summary>
    /// The location cells a radius search covers (every cell the latitude band and the widest longitude band can touch, and
    /// the cell of unknown locations, which pass the check), appended to the alternatives; empty when there are too many.
    /// </summary>
    private int[] GeoCells(CandidateIndex index, IndexState state)
    {
        // The location check fails a candidate farther than the latitude band, or farther than the radius along the
        // parallel; a small margin keeps the float rounding of the stored coordinates inside the cells walked.
        const double margin = 0.01;
        // Coordinates out of range (the check still works on them) and the poles are walked without cells.
        if (!(Math.Abs(_lat) <= 90) || !(Math.Abs(_lon) <= 180) || _cosLat <= 0.01) return [];
        var latLow = _lat - _latDelta - margin; var latHigh = _lat + _latDelta + margin;
        var cos = Math.Cos(Math.Min(89.0, Math.Max(Math.Abs(latLow), Math.Abs(latHigh))) * Math.PI / 180);
        var lonDelta = _radiusKm / (6371.0 * Math.PI / 180 * Math.Min(cos, _cosLat)) + margin;
        if (lonDelta >= 180) return [];
        int la0 = (int)Math.Floor(latLow), la1 = (int)Math.Floor(latHigh);
        int lo0 = (int)Math.Floor(_lon - lonDelta), lo1 = (int)Math.Floor(_lon + lonDelta);
        if ((long)(la1 - la0 + 1) * (lo1 - lo0 + 1) > MaxGeoCells) return [];
        var data = new List<PostingData>(); var codes = new List<string>();
        void Add(string key)
        {
            var term = index.TermOf(key);
            if (term < 0 || term >= state.Lists.Length) return;
            var list = state.Lists[term].Snapshot;
            if (list.Count == 0) return;
            data.Add(list); codes.Add(key);
        }
        for (var la = la0; la <= la1; la++)
            for (var lo = lo0; lo <= lo1; lo++) Add(CandidateIndex.GeoCellKey(la, lo)); // the key wraps at the antimeridian
        Add(CandidateIndex.UnknownGeoCellKey);
        var start = _altData.Length;
        _altData = [.. _altData, .. data]; _altFactor = [.. _altFactor, .. data.Select(_ => 0f)]; _altCode = [.. _altCode, .. codes];
        _altPos = new int[_altData.Length];
        return [.. Enumerable.Range(start, data.Count)];
    }


    /// <summary>A source is read into the set while it is at most this many times the set's size.</summary>
    private const int SetFactor = 16;

    /// <summary>
    /// The candidates holding every must-have whose list is not much longer than the set so far, and, with a radius, in one
    /// of the cells it covers: a bitset from the smallest source, then each other source read in full and tested against
    /// it, smallest first, while a source is at most <see cref="SetFactor"/> times the set (a longer one is cheaper to gallop into for the
    /// members only); then the constraints' bitsets (engagement, sponsorship, remote-only, rate step) a word at a time.
    /// <paramref name="mustInSet"/> tells which must-haves (in <c>_mustOrder</c>) the set guarantees.
    /// Null when a walk of the smallest list would cost as little (a rare must-have, alone or with much longer lists).
    /// </summary>
    private ulong[]? CandidateSet(out int size, out bool[] mustInSet, out int lo, out int hi)
    {
        size = 0;
        lo = 0; hi = 0;
        mustInSet = new bool[_mustOrder.Length];
        var sources = new List<(long Size, int[] Alts, int Must)>(_mustOrder.Length + 1);
        for (var m = 0; m < _mustOrder.Length; m++) sources.Add((RequirementFrequency(_mustOrder[m]), Alts(_mustOrder[m]), m));
        if (_geoAlts.Length > 0)
        {
            long geo = 0;
            foreach (var a in _geoAlts) geo += _altData[a].Count;
            sources.Add((geo, _geoAlts, -1));
        }
        if (sources.Count == 0) return null;
        sources.Sort((a, b) => a.Size.CompareTo(b.Size));
        var first = sources[0];
        var count = _s.Count;
        var words = (count + 63) >> 6;
        // A bit test costs a few nanoseconds an entry, a visit (a filter row far away in memory, a gallop) tens: the set
        // pays when another source can be read for less than what it saves. A dense list (one with a membership bitset) is
        // read a word at a time, a sparse one an entry at a time. Clearing and scanning the bitset (a word per 64
        // candidates) must stay small beside the smallest list.
        long Cost((long Size, int[] Alts, int Must) source)
        {
            long cost = 0;
            foreach (var a in source.Alts) cost += _altData[a].Bits is not null ? words / 4 : _altData[a].Count;
            return cost;
        }
        var masks = ConstraintMasks();
        var worth = first.Size >= Math.Max(64, count >> 8)
            && (first.Alts.Length > 1 || masks.Count > 0 || sources.Skip(1).Any(x => Cost(x) <= SetFactor * first.Size));
        if (!worth) return null;

        var pool = System.Buffers.ArrayPool<ulong>.Shared;
        var set = pool.Rent(Math.Max(1, words));
        Array.Clear(set, 0, words);
        // The words the first source touches: the later passes read only these (a location's candidates are grouped in the
        // index's order, so a radius's cells make a few runs of words, not the whole set).
        lo = words; hi = 0;
        foreach (var a in first.Alts)
        {
            var data = _altData[a];
            if (data.Bits is { } bits)
            {
                var n = Math.Min(words, data.RankedWords);
                for (var w = 0; w < n; w++) set[w] |= bits[w];
                lo = 0; hi = Math.Max(hi, n);
                continue;
            }
            var docs = data.Docs;
            var last = -1;
            for (var i = 0; i < data.Count; i++)
            {
                var d = docs[i];
                if (d >= count) break;
                set[d >> 6] |= 1UL << (d & 63);
                last = d;
            }
            if (last >= 0) { lo = Math.Min(lo, docs[0] >> 6); hi = Math.Max(hi, (last >> 6) + 1); }
        }
        // A dense list's bitset can already hold a candidate added after this snapshot (beyond its count).
        if ((count & 63) != 0 && hi == words) set[words - 1] &= (1UL << (count & 63)) - 1;
        if (first.Must >= 0) mustInSet[first.Must] = true;
        long estimate = first.Size;
        ulong[]? next = null;
        // Sparse sources one by one, smallest first, while each is cheap beside the set so far.
        var dense = new List<(long Size, int[] Alts, int Must)>();
        for (var k = 1; k < sources.Count; k++)
        {
            var source = sources[k];
            if (source.Alts.All(a => _altData[a].Bits is not null)) { dense.Add(source); continue; }
            if (Cost(source) > SetFactor * Math.Max(estimate, 1)) continue;
            if (next is null) { next = pool.Rent(Math.Max(1, words)); Array.Clear(next, 0, words); }
            else Array.Clear(next, lo, Math.Max(0, hi - lo));
            foreach (var a in source.Alts)
            {
                var data = _altData[a];
                if (data.Bits is { } bits)
                {
                    var n = Math.Min(hi, data.RankedWords);
                    for (var w = lo; w < n; w++) next[w] |= set[w] & bits[w];
                    continue;
                }
                var docs = data.Docs;
                for (var i = 0; i < data.Count; i++)
                {
                    var d = docs[i];
                    if (d >= count) break;
                    var bit = 1UL << (d & 63);
                    if ((set[d >> 6] & bit) != 0) next[d >> 6] |= bit;
                }
            }
            // Words outside [lo, hi) are zero in both.
            (set, next) = (next, set);
            if (source.Must >= 0) mustInSet[source.Must] = true;
            estimate = 0;
            for (var w = lo; w < hi; w++) estimate += System.Numerics.BitOperations.PopCount(set[w]);
        }
        if (next is not null) pool.Return(next);
        // Then the dense must-haves and the constraints' bitsets (each engagement offered: any of them passes; no
        // sponsorship; not remote-only for on-site work; the rate cap's step) in one pass, a word at a time.
        var denseBits = new List<(ulong[][] Bits, int[] Words)>();
        foreach (var source in dense)
        {
            if (Cost(source) > SetFactor * Math.Max(estimate, 1)) continue;
            denseBits.Add(([.. source.Alts.Select(a => _altData[a].Bits!)], [.. source.Alts.Select(a => _altData[a].RankedWords)]));
            if (source.Must >= 0) mustInSet[source.Must] = true;
        }
        if (denseBits.Count > 0 || masks.Count > 0)
        {
            estimate = 0;
            var engagement = masks.Engagement;
            for (var w = lo; w < hi; w++)
            {
                var word = set[w];
                if (word == 0) continue;
                foreach (var (bits, ranked) in denseBits)
                {
                    ulong any = 0;
                    for (var a = 0; a < bits.Length; a++) if (w < ranked[a]) any |= bits[a][w];
                    word &= any;
                }
                if (engagement.Length > 0)
                {
                    ulong any = 0;
                    foreach (var e in engagement) any |= e[w];
                    word &= any;
                }
                foreach (var m in masks.All) word &= m[w];
                set[w] = word;
                estimate += System.Numerics.BitOperations.PopCount(word);
            }
        }
        // With one source the estimate is the lists' total: an upper bound of the union, good enough for planning.
        size = (int)Math.Min(estimate, count);
        return set;
    }

    /// <summary>The constraint bitsets this search can intersect (supersets of who passes; see <see cref="ConstraintSets"/>).</summary>
    private (ulong[][] Engagement, ulong[][] All, int Count) ConstraintMasks()
    {
        var sets = _s.Sets;
        var engagement = new List<ulong[]>();
        if (_engagement != 0 && (_engagement >> ConstraintSets.EngagementFlags) == 0)
            for (var t = 0; t < ConstraintSets.EngagementFlags; t++)
                if ((_engagement & (1 << t)) != 0) engagement.Add(sets[ConstraintSets.Engagement + t]);
        var all = new List<ulong[]>();
        if (_auth) all.Add(sets[ConstraintSets.NoSponsorship]);
        if (_onSite) all.Add(sets[ConstraintSets.NotRemoteOnly]);
        if (!float.IsNaN(_maxRate))
        {
            var cap = _rateCap;
            var steps = ConstraintSets.RateSteps;
            for (var k = 0; k < steps.Length; k++)
                if (steps[k] >= cap) { all.Add(sets[ConstraintSets.RateAtMost + k]); break; }
        }
        return ([.. engagement], [.. all], engagement.Count + all.Count);
    }

    /// <summary>The first member of <paramref name="set"/> at or after <paramref name="from"/>, or -1.</summary>
    private static int NextSetBit(ulong[] set, int from, int words)
    {
        var w = from >> 6;
        if (w >= words) return -1;
        var word = set[w] & (~0UL << (from & 63));
        while (word == 0)
        {
            if (++w >= words) return -1;
            word = set[w];
        }
        return (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
    }

    /// <summary>
    /// Asks for what explaining the page reads in the dense lists, all at once, so the cache misses overlap instead of
    /// coming one after another: first each result's membership and rank words, then (those now at hand) its years and
    /// last-used bytes, and its filter row.
    /// </summary>
    private unsafe void PrefetchExplained((double Score, double? Text, int Doc)[] refined, int[] order)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported) return;
        var alts = _altStart[_req.Length];
        for (var a = 0; a < alts; a++)
        {
            var data = _altData[a];
            if (data.Bits is not { } bits) continue;
            foreach (var i in order)
            {
                var w = refined[i].Doc >> 6;
                if ((uint)w >= (uint)data.RankedWords) continue;
                fixed (ulong* b = &bits[w]) System.Runtime.Intrinsics.X86.Sse.Prefetch0(b);
                fixed (int* r = &data.Ranks![w]) System.Runtime.Intrinsics.X86.Sse.Prefetch0(r);
            }
        }
        foreach (var i in order) PrefetchRow(refined[i].Doc);
        for (var a = 0; a < alts; a++)
        {
            var data = _altData[a];
            if (data.Bits is null) continue;
            foreach (var i in order)
            {
                var pos = data.PositionOf(refined[i].Doc);
                if (pos < 0) continue;
                fixed (byte* y = &data.Years[pos]) System.Runtime.Intrinsics.X86.Sse.Prefetch0(y);
                fixed (byte* l = &data.LastUsed[pos]) System.Runtime.Intrinsics.X86.Sse.Prefetch0(l);
            }
        }
    }

    /// <summary>Asks for a candidate's filter row ahead of its visit; a list can already hold a candidate added after this search's snapshot, beyond its columns.</summary>
    private unsafe void PrefetchRow(int doc)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported || (uint)doc >= (uint)_s.Count) return;
        fixed (FilterRow* row = &_s.Filters[doc]) System.Runtime.Intrinsics.X86.Sse.Prefetch0(row);
    }

    private const int PrefetchDistance = 12;

    private void Prefetch(PostingData data, int position)
    {
        if (position < data.Count) PrefetchRow(data.Docs[position]);
    }

    /// <summary>Scores rounded to 1e-9 so that the order in which parts are added never breaks a tie.</summary>
    private static double Canonical(double score) => Math.Round(score, 9);

    private static double EffectiveWeight(MatchRequirement r) => r.Weight * r.Importance switch { Importance.Must => 1.5, Importance.Strong => 1.0, _ => 0.4 };

    private int RequirementFrequency(int i)
    {
        var sum = 0;
        for (var a = _altStart[i]; a < _altStart[i + 1]; a++) sum += _altData[a].Count;
        return sum;
    }

    // ---- The walk ----

    public MatchResult Run()
    {
        // The heap holds the refine window only when text similarity can re-rank it; otherwise the page is all that can show,
        // and a smaller heap raises the threshold sooner (more candidates pruned before their optional requirements are read).
        var window = _textMax > 0 ? Math.Max(Math.Max(_q.RefineWindow, 0), _q.Skip + _q.Top) : _q.Skip + _q.Top;
        window = Math.Max(window, 1);
        var heap = new TopHeap(window);
        var whatIf = _q.WhatIf;
        var items = whatIf ? _mustOrder.Length + _constraintCount : 0;
        var counts = new int[items];
        var itemHeaps = new TopHeap[items];
        for (var k = 0; k < items; k++) itemHeaps[k] = new TopHeap(Math.Max(1, _q.WhatIfTop));
        var qualified = 0;
        var exact = true;

        // Which documents to visit.
        int[] drivers; bool scanAll = false;
        if (_mustOrder.Length > 0)
        {
            if (!whatIf) drivers = Alts(_mustOrder[0]);
            else if (_mustOrder.Length >= 2) drivers = [.. Alts(_mustOrder[0]), .. Alts(_mustOrder[1])];
            else if (_optOrder.Length > 0) drivers = AllAlts();
            else { drivers = []; scanAll = true; }
        }
        else if (_req.Length > 0) drivers = AllAlts();
        else { drivers = []; scanAll = true; }
        // When the walk would visit many candidates, the must-haves' lists and the cells a radius covers are intersected
        // first in a bitset (a sequential read of each list and a bit test an entry), and the walk visits its members.
        var setSize = 0; bool[]? mustInSet = null;
        var setLo = 0; var setHi = 0;
        var set = whatIf ? null : CandidateSet(out setSize, out mustInSet, out setLo, out setHi);
        var setDriven = set is not null;
        if (setDriven) { drivers = []; scanAll = false; }
        // The walk reads the set's words from the first that can hold a member to the last.
        var setWords = setHi;
        var allowed = whatIf ? 1 : 0;
        var count = _s.Count;
        var driverPos = new int[drivers.Length];
        var nonComponentMax = _industryMax + _seniorityMax + _trackMax + _rateMax + _availMax;
        var mustMax = 0.0;
        foreach (var m in _mustOrder) mustMax += _reqMax[m];
        // MaxScore over the optional requirements, unless every qualified candidate must be counted. Without must-haves the
        // optional lists drive from the start; with must-haves the walk starts from the rarest must-have and switches to the
        // optional lists once the threshold shows that a candidate holding none of some of them cannot reach the page.
        var useMaxScore = !whatIf && !_q.ExactCount && _optOrder.Length > 0;
        var optDrivers = _mustOrder.Length == 0 && !setDriven ? drivers : OptionalAlts();
        var optDriverReq = optDrivers.Select(ReqOfAlt).ToArray();
        var switched = _mustOrder.Length == 0 && !setDriven;
        var essential = drivers.Length; // drivers are ordered by requirement points (AllAlts), so non-essential ones are at the end
        int[] driverReq = drivers.Select(ReqOfAlt).ToArray();
        // When the walk is driven by the rarest must-have alone (one list, no narrower entries), every document it visits has it.
        var driverIsFirstMust = !whatIf && !setDriven && _mustOrder.Length > 0 && drivers.Length == 1 && _altStart[_mustOrder[0] + 1] - _altStart[_mustOrder[0]] == 1;

        var doc = setDriven ? (setLo << 6) - 1 : -1;
        var ahead = doc;
        if (setDriven)
            for (var k = 0; k < PrefetchDistance; k++)
            {
                ahead = NextSetBit(set!, ahead + 1, setWords);
                if (ahead < 0) break;
            }
        while (true)
        {
            // Next document.
            if (scanAll) { doc++; if (doc >= count) break; }
            else if (setDriven && !switched)
            {
                doc = NextSetBit(set!, doc + 1, setWords);
                if (doc < 0 || doc >= count) break;
                // The members ahead are known: ask for their filter rows now (the walk is bound by memory latency).
                if (ahead >= 0) { PrefetchRow(ahead); ahead = NextSetBit(set!, ahead + 1, setWords); }
            }
            else
            {
                var next = int.MaxValue;
                for (var d = 0; d < essential; d++)
                {
                    var a = drivers[d]; var data = _altData[a];
                    var pos = data.Seek(driverPos[d], doc + 1);
                    driverPos[d] = pos;
                    if (pos < data.Count && data.Docs[pos] < next) next = data.Docs[pos];
                }
                if (next == int.MaxValue || next >= count) break;
                doc = next;
                // Once the optional lists drive, a candidate outside the set fails a must-have or the radius.
                if (setDriven && (set![doc >> 6] & (1UL << (doc & 63))) == 0) continue;
                // One list drives: the documents ahead are known, so ask for their filter rows now. The walk is bound by
                // memory latency (one row per candidate, far apart), and this overlaps those waits.
                if (essential == 1) Prefetch(_altData[drivers[0]], driverPos[0] + PrefetchDistance);
            }
            if (_s.IsDead(doc)) continue;

            // Filters: constraints first (a column read each, and the most selective), then must-haves (a gallop each);
            // stop at the first failure beyond what what-if allows.
            var failures = 0; var failed = NoFailure;
            for (var k = 0; k < _constraintCount; k++)
            {
                if (ConstraintHolds(_constraintKinds[k], doc) != Check.Failed) continue;
                failed = _mustOrder.Length + k;
                if (++failures > allowed) break;
            }
            if (failures > allowed) continue;
            for (var m = driverIsFirstMust ? 1 : 0; m < _mustOrder.Length; m++)
            {
                if ((setDriven && mustInSet![m]) || Has(_mustOrder[m], doc)) continue;
                failed = m;
                if (++failures > allowed) break;
            }
            if (failures > allowed) continue;
            // Without must-haves a candidate needs one of the requirements; the requirement lists did not bring it here.
            if (setDriven && !switched && _mustOrder.Length == 0 && _req.Length > 0 && !HoldsAny(doc)) continue;

            // Score, dropping the candidate as soon as it cannot enter its heap.
            var target = failures == 0 ? heap : itemHeaps[failed];
            if (failures == 0) qualified++; else counts[failed]++;
            var threshold = target.Threshold;
            var score = Components(doc);
            for (var m = 0; m < _mustOrder.Length; m++)
                if (failures == 0 || failed != m) score += _reqMax[_mustOrder[m]] * Credit(_mustOrder[m], doc);
            var remaining = _optMaxSum;
            var pruned = false;
            for (var o = 0; o < _optOrder.Length; o++)
            {
                if (score + remaining <= threshold - Epsilon) { pruned = true; break; }
                var r = _optOrder[o];
                score += _reqMax[r] * Credit(r, doc);
                remaining -= _reqMax[r];
            }
            if (pruned) continue;
            score = Canonical(score);
            if (score <= threshold) continue;
            target.Push(score, doc);

            if (useMaxScore && heap.Full)
            {
                // Lists whose requirements together (with every must-have and the other parts at their best) cannot lift a
                // candidate above the threshold stop driving the walk; a candidate found only in them cannot reach the page.
                var theta = heap.Threshold;
                var sum = nonComponentMax + mustMax;
                var cut = optDrivers.Length;
                for (var d = optDrivers.Length - 1; d >= 0; d--)
                {
                    // Drivers of the same requirement are adjacent; count each requirement once.
                    if (d == optDrivers.Length - 1 || optDriverReq[d] != optDriverReq[d + 1]) sum += _reqMax[optDriverReq[d]];
                    if (sum > theta) break;
                    cut = d;
                }
                if (cut < optDrivers.Length)
                {
                    if (!switched)
                    {
                        // Leave the must-have's list only when what is left of the optional lists that still matter is
                        // clearly shorter than what is left of it (a union of common lists would cost more than it saves).
                        double left = 0, optionalLeft = 0;
                        var share = count == 0 ? 0 : (count - doc) / (double)count;
                        if (setDriven) left = setSize * share;
                        for (var d = 0; d < drivers.Length; d++) left += _altData[drivers[d]].Count - driverPos[d];
                        for (var d = 0; d < cut; d++) optionalLeft += _altData[optDrivers[d]].Count * share;
                        if (cut == 0 || optionalLeft * 2 < left)
                        {
                            drivers = optDrivers; driverReq = optDriverReq; driverPos = new int[drivers.Length];
                            switched = true; driverIsFirstMust = false; essential = cut; exact = false;
                        }
                    }
                    else if (cut < essential) { essential = cut; exact = false; }
                    if (switched && essential == 0) break;
                }
            }
        }

        if (set is not null) System.Buffers.ArrayPool<ulong>.Shared.Return(set);

        // Refine the top with text similarity, then page.
        var top = heap.Drain();
        var refined = new (double Score, double? Text, int Doc)[top.Length];
        for (var i = 0; i < top.Length; i++)
        {
            var (score, d) = top[i];
            var (sim, points) = TextPart(d);
            refined[i] = (Canonical(score + points), sim, d);
        }
        Array.Sort(refined, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        var pageEnd = Math.Min(refined.Length, _q.Skip + Math.Max(_q.Top, 0));
        var page = new MatchHit[Math.Max(0, pageEnd - _q.Skip)];
        if (_q.Explain)
        {
            // Explained in document order, so each list's cursor only moves forward (a short gallop from the last one,
            // not a search from the start of a list of hundreds of thousands per requirement and result).
            var order = new int[page.Length];
            for (var k = 0; k < order.Length; k++) order[k] = _q.Skip + k;
            Array.Sort(order, (a, b) => refined[a].Doc.CompareTo(refined[b].Doc));
            Array.Clear(_altPos);
            _industryPos = 0;
            PrefetchExplained(refined, order);
            foreach (var i in order) page[i - _q.Skip] = Describe(refined[i].Doc, i + 1);
        }
        else
            for (var i = _q.Skip; i < pageEnd; i++) page[i - _q.Skip] = new MatchHit(_s.Ids[refined[i].Doc], i + 1, refined[i].Score, MatchHit.BandOf(refined[i].Score));
        var hits = new List<MatchHit>(page);

        var whatIfs = new List<WhatIf>(items);
        for (var k = 0; k < items; k++)
        {
            var best = itemHeaps[k].Drain().Select(t => new RelaxedCandidate(_s.Ids[t.Doc], Canonical(t.Score + TextPart(t.Doc).Points))).ToList();
            if (k < _mustOrder.Length)
            {
                var r = _req[_mustOrder[k]];
                whatIfs.Add(new WhatIf("requirement", r.Code, r.Label, counts[k], best));
            }
            else
            {
                var kind = _constraintKinds[k - _mustOrder.Length];
                whatIfs.Add(new WhatIf("constraint", kind.ToString().ToLowerInvariant(), ConstraintLabel(kind), counts[k], best));
            }
        }
        return new MatchResult(qualified, hits, whatIfs, _s.Count - DeadCount()) { QualifiedIsExact = exact };
    }

    /// <summary>Scores one document with its explanation.</summary>
    public (MatchHit Hit, bool Qualifies) One(int doc)
    {
        var qualifies = true;
        for (var m = 0; m < _mustOrder.Length && qualifies; m++) qualifies = Has(_mustOrder[m], doc);
        for (var k = 0; k < _constraintCount && qualifies; k++) qualifies = ConstraintHolds(_constraintKinds[k], doc) != Check.Failed;
        Array.Clear(_altPos);
        _industryPos = 0;
        return (Describe(doc, 0), qualifies);
    }

    private int DeadCount()
    {
        var dead = 0;
        var words = (_s.Count + 63) / 64;
        for (var w = 0; w < words; w++) dead += System.Numerics.BitOperations.PopCount(Volatile.Read(ref _s.Dead[w]));
        return dead;
    }

    private int[] Alts(int req) => [.. Enumerable.Range(_altStart[req], _altStart[req + 1] - _altStart[req])];

    private int[] OptionalAlts() => [.. _optOrder.SelectMany(Alts)];

    private int[] AllAlts() => [.. Enumerable.Range(0, _req.Length).OrderByDescending(i => _reqMax[i]).ThenBy(i => i).SelectMany(Alts)];

    private int ReqOfAlt(int alt)
    {
        for (var i = 0; i < _req.Length; i++) if (alt < _altStart[i + 1]) return i;
        return _req.Length - 1;
    }

    // ---- Requirements ----

    private bool HoldsAny(int doc)
    {
        for (var r = 0; r < _req.Length; r++) if (Has(r, doc)) return true;
        return false;
    }

    private bool Has(int req, int doc)
    {
        for (var a = _altStart[req]; a < _altStart[req + 1]; a++)
            if (Holds(_altData[a], ref _altPos[a], doc)) return true;
        return false;
    }

    /// <summary>
    /// Whether the list holds the document: a bit test for a dense list (no rank needed), else a gallop forward from
    /// <paramref name="cursor"/>. Only for a document of the searched state: a dense list's bit below the state's count
    /// is always in the list's snapshot, which is taken after the state's (the writer appends before it publishes).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Holds(PostingData data, ref int cursor, int doc)
    {
        if (data.Bits is not null) return data.HasBit(doc);
        var pos = data.Seek(cursor, doc);
        cursor = pos;
        return pos < data.Count && data.Docs[pos] == doc;
    }

    /// <summary>
    /// The document's position in a list, or -1: a bit test and a popcount for a dense list, else a gallop forward from
    /// <paramref name="cursor"/>, which moves there (cursors only move forward within a walk).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Position(PostingData data, ref int cursor, int doc)
    {
        if (data.Bits is not null) return data.PositionOf(doc);
        var pos = data.Seek(cursor, doc);
        cursor = pos;
        return pos < data.Count && data.Docs[pos] == doc ? pos : -1;
    }

    /// <summary>The requirement's credit, 0 to 1: the best of its alternatives. Cursors only move forward.</summary>
    private double Credit(int req, int doc)
    {
        double best = 0;
        if (_yearsCredit is null)
        {
            // Present or not: a dense list answers with its bit alone; the years are not read.
            for (var a = _altStart[req]; a < _altStart[req + 1]; a++)
                if (_altFactor[a] > best && Holds(_altData[a], ref _altPos[a], doc)) best = _altFactor[a];
            return best;
        }
        for (var a = _altStart[req]; a < _altStart[req + 1]; a++)
        {
            var data = _altData[a];
            var pos = Position(data, ref _altPos[a], doc);
            if (pos < 0) continue;
            var c = _altFactor[a] * YearsCredit(req, data.Years[pos], data.LastUsed[pos]);
            if (c > best) best = c;
        }
        return best;
    }

    /// <summary>A requirement's credit for the years and the year last used, from the tables made with the plan.</summary>
    private double YearsCredit(int req, byte quarterYears, byte lastUsed)
    {
        if (_yearsCredit is null) return 1;
        var f = _yearsCredit[(req << 8) | quarterYears];
        return lastUsed != 0 && lastUsed < _staleBelow[req] ? f * 0.5 : f;
    }

    /// <summary>
    /// Per requirement, the credit for each quarter-year code (256 each), and the last-used code below which it is halved
    /// as not recent (0: never); null when the profile does not weigh years and recency.
    /// </summary>
    private readonly double[]? _yearsCredit;
    private readonly int[] _staleBelow;

    private static double YearsFactor(MatchRequirement r, byte quarterYears)
    {
        var years = quarterYears * 0.25;
        return r.MinimumYears is double min && min > 0
            ? (years >= min ? 1 : 0.35 + 0.65 * years / min)
            : 0.75 + 0.25 * Math.Min(1, years / 5);
    }

    // ---- Parts other than requirements (columns only) ----

    private double Components(int doc)
    {
        double score = 0;
        if (_industry is not null && _industryMax > 0)
        {
            var pos = Position(_industry, ref _industryPos, doc);
            if (pos >= 0) score += _industryMax * Math.Min(1, _industry.Years[pos] * 0.25 / 5);
        }
        if (_seniorityMax > 0) score += _seniorityMax * Math.Min(1, _s.TotalYears[doc] * 0.25 / _targetYears);
        if (_trackMax > 0) score += _trackMax * Track(doc);
        if (_rateMax > 0) score += _rateMax * RateFit(doc);
        if (_availMax > 0) score += _availMax * Availability(doc);
        return score;
    }

    private double Track(int doc)
    {
        var budget = _s.Budget[doc];
        var sb = budget <= 100_000 ? 0 : Math.Min(1, Math.Log10(budget / 100_000.0) / 2);
        var st = Math.Min(1, _s.Team[doc] / 15.0);
        var projects = _s.Projects[doc];
        var sd = projects == 0 ? 0 : Math.Min(1, (_s.OnTime[doc] + _s.OnBudget[doc]) / (2.0 * projects));
        return 0.4 * sb + 0.3 * st + 0.3 * sd;
    }

    private double RateFit(int doc)
    {
        var rate = _s.Filters[doc].Rate;
        if (float.IsNaN(rate)) return 0.5;
        var low = float.IsNaN(_minRate) ? 0 : _minRate;
        if (rate <= low) return 1;
        if (_maxRate <= low) return rate <= _maxRate ? 1 : 0;
        return Math.Clamp(1 - 0.5 * (rate - low) / (_maxRate - low), 0, 1);
    }

    private double Availability(int doc)
    {
        var day = _s.Filters[doc].AvailableDay;
        if (day == 0) return 0.5;
        if (day <= _today) return 1;
        var span = Math.Max(1, _availLimit - _today);
        return Math.Clamp(1 - 0.5 * (day - _today) / span, 0, 1);
    }

    private (double? Similarity, double Points) TextPart(int doc)
    {
        if (_textMax <= 0) return (null, 0);
        if (_s.HasEmbedding[doc] == 0) return (null, _textMax * 0.5);
        var cos = Int8Embedding.Cosine(_q.Embedding!, _s.EmbeddingOf(doc));
        return (cos, _textMax * TextCredit(cos));
    }

    /// <summary>Maps a cosine to 0–1: unrelated texts sit near 0.15, close paraphrases above 0.75.</summary>
    internal static double TextCredit(double cosine) => Math.Clamp((cosine - 0.15) / 0.6, 0, 1);

    // ---- Constraints ----

    private Check ConstraintHolds(ConstraintKind kind, int doc)
    {
        ref readonly var f = ref _s.Filters[doc];
        switch (kind)
        {
            case ConstraintKind.Location:
                if (_onSite && f.Workplace == (byte)WorkplaceMode.Remote) return Check.Failed;
                if (!_geo) return Check.Passed;
                if (float.IsNaN(f.Latitude)) return Check.Unknown;
                if (MathF.Abs(f.Latitude - _lat) > _latDelta) return Check.Failed;
                return DistanceKm(f.Latitude, f.Longitude) <= _radiusKm ? Check.Passed : Check.Failed;
            case ConstraintKind.Engagement:
                return f.Engagement == 0 ? Check.Unknown : (f.Engagement & _engagement) != 0 ? Check.Passed : Check.Failed;
            case ConstraintKind.Rate:
                // The candidate set's rate step (ConstraintSets) is chosen at or above this same cap.
                return float.IsNaN(f.Rate) ? Check.Unknown : f.Rate <= _rateCap ? Check.Passed : Check.Failed;
            case ConstraintKind.Availability:
                return f.AvailableDay == 0 ? Check.Unknown : f.AvailableDay <= _availLimit ? Check.Passed : Check.Failed;
            case ConstraintKind.Authorization:
                var a = (WorkAuthorization)f.Authorization;
                return a == WorkAuthorization.Unknown ? Check.Unknown : a == WorkAuthorization.RequiresSponsorship ? Check.Failed : Check.Passed;
            default:
                return Check.Passed;
        }
    }

    private double DistanceKm(int doc) => DistanceKm(_s.Filters[doc].Latitude, _s.Filters[doc].Longitude);

    private double DistanceKm(float latitude, float longitude)
    {
        // Equirectangular approximation: within 0.5% of the great-circle distance at the radii searches use.
        var dLat = (latitude - _lat) * Math.PI / 180;
        var dLon = (longitude - _lon) * Math.PI / 180 * _cosLat;
        return 6371.0 * Math.Sqrt(dLat * dLat + dLon * dLon);
    }

    private static string ConstraintLabel(ConstraintKind kind) => kind switch
    {
        ConstraintKind.Location => "Location and workplace",
        ConstraintKind.Engagement => "Engagement type",
        ConstraintKind.Rate => "Rate or salary",
        ConstraintKind.Availability => "Availability",
        ConstraintKind.Authorization => "Work authorization",
        _ => kind.ToString(),
    };

    // ---- Explanations (only for the results shown) ----

    private MatchHit Describe(int doc, int rank)
    {
        // Cursors only move forward: callers reset them and describe documents in ascending order.
        var requirements = new List<RequirementResult>(_req.Length);
        double total = 0;
        for (var i = 0; i < _req.Length; i++)
        {
            var r = _req[i];
            double best = 0; int bestAlt = -1, bestPos = -1;
            for (var a = _altStart[i]; a < _altStart[i + 1]; a++)
            {
                var data = _altData[a];
                var pos = Position(data, ref _altPos[a], doc);
                if (pos < 0) continue;
                var c = _altFactor[a] * YearsCredit(i, data.Years[pos], data.LastUsed[pos]);
                if (bestAlt < 0 || c > best) { best = c; bestAlt = a; bestPos = pos; }
            }
            var points = _reqMax[i] * best;
            total += points;
            if (bestAlt < 0)
            {
                requirements.Add(new RequirementResult(r, Outcome.Missing, null, 0, null, 0, 0, _reqMax[i], "Not in the profile."));
                continue;
            }
            var data2 = _altData[bestAlt];
            var quarterYears = data2.Years[bestPos];
            var years = quarterYears * 0.25;
            var last = PostingList.DecodeYear(data2.LastUsed[bestPos]);
            var exact = _altFactor[bestAlt] >= 1f;
            var shortYears = r.MinimumYears is double min && min > 0 && years < min;
            var stale = r.RecencyYears is int rec && last is int l && _q.Today.Year - l > rec;
            // The words are put together once per piece: formatting numbers is most of an explanation's cost.
            var through = exact ? null : _throughNote[bestAlt] ??= $"Through {_graph.NameOf(_altCode[bestAlt])}, a kind of {r.Label}. ";
            var yearsNote = years > 0 ? QuarterYears(quarterYears) + (_askedNote[i] ??= r.MinimumYears is double m2 && m2 > 0 ? $" years of {m2:0.#} asked." : " years.") : "Listed without dated use.";
            var lastNote = last is int lu
                ? (stale ? $" Last used {lu}, longer ago than {r.RecencyYears} years." : " Last used " + YearText(lu) + ".")
                : "";
            var outcome = exact && !shortYears && !stale ? Outcome.Met : Outcome.Partly;
            requirements.Add(new RequirementResult(r, outcome, _altCode[bestAlt], years, last, best, points, _reqMax[i], string.Concat(through, yearsNote, lastNote)));
        }

        var parts = new List<ScorePart>(6);
        if (_industry is not null && _industryMax > 0)
        {
            var pos = Position(_industry, ref _industryPos, doc);
            var years = pos >= 0 ? _industry.Years[pos] * 0.25 : 0;
            var pts = _industryMax * Math.Min(1, years / 5);
            total += pts;
            parts.Add(new ScorePart("industry", pts, _industryMax, years > 0 ? $"{years:0.#} years in {_graph.NameOf(_q.Industry!.Trim().ToLowerInvariant())} (full credit from 5)." : $"No years in {_graph.NameOf(_q.Industry!.Trim().ToLowerInvariant())}."));
        }
        if (_seniorityMax > 0)
        {
            var years = _s.TotalYears[doc] * 0.25;
            var pts = _seniorityMax * Math.Min(1, years / _targetYears);
            total += pts;
            parts.Add(new ScorePart("seniority", pts, _seniorityMax, $"{years:0.#} years of experience; the role calls for {_targetYears:0.#}."));
        }
        if (_trackMax > 0)
        {
            var pts = _trackMax * Track(doc);
            total += pts;
            var detail = _s.Projects[doc] == 0 && _s.Budget[doc] <= 0
                ? "No projects with budgets, team sizes or delivery results in the profile."
                : $"Largest budget {Money(_s.Budget[doc])}, largest team {_s.Team[doc]}, {_s.OnTime[doc]} of {_s.Projects[doc]} projects on time, {_s.OnBudget[doc]} on budget.";
            parts.Add(new ScorePart("trackRecord", pts, _trackMax, detail));
        }
        if (_rateMax > 0)
        {
            var pts = _rateMax * RateFit(doc);
            total += pts;
            var rate = _s.Rate[doc];
            parts.Add(new ScorePart("rate", pts, _rateMax, float.IsNaN(rate) ? "No expected rate given." : $"Expects {rate:0.##} an hour; the position pays up to {_maxRate:0.##}."));
        }
        if (_availMax > 0)
        {
            var pts = _availMax * Availability(doc);
            total += pts;
            var day = _s.AvailableDay[doc];
            parts.Add(new ScorePart("availability", pts, _availMax, day == 0 ? "Availability not given." : day <= _today ? "Available now." : $"Available from {DateOnly.FromDayNumber(day):yyyy-MM-dd}."));
        }
        var (sim, textPoints) = TextPart(doc);
        if (_textMax > 0)
        {
            total += textPoints;
            parts.Add(new ScorePart("text", textPoints, _textMax, sim is double cs ? $"Description and profile read alike (cosine {cs:0.00})." : "The profile's text has not been analysed yet; half credit."));
        }

        var constraints = new List<ConstraintResult>(_constraintCount);
        foreach (var kind in _constraintKinds) constraints.Add(new ConstraintResult(kind, ConstraintHolds(kind, doc), ConstraintDetail(kind, doc)));

        total = Canonical(total);
        return new MatchHit(_s.Ids[doc], rank, total, MatchHit.BandOf(total))
        {
            Requirements = requirements, Parts = parts, Constraints = constraints, TextSimilarity = sim,
        };
    }

    /// <summary>Quarter years as the explanations write them ("2.5"), by their one-byte code, with a decimal point.</summary>
    private static readonly string[] QuarterYearsText = [.. Enumerable.Range(0, 256).Select(q => (q * 0.25).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))];

    private static readonly string[] YearsText = [.. Enumerable.Range(PostingList.BaseYear, 256).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>Quarter years as <c>{years:0.#}</c> writes them in the current culture (from a table when it writes a decimal point).</summary>
    private static string QuarterYears(byte quarterYears) =>
        System.Globalization.CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator == "." ? QuarterYearsText[quarterYears] : (quarterYears * 0.25).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture);

    private static string YearText(int year) => year >= PostingList.BaseYear && year < PostingList.BaseYear + 256 ? YearsText[year - PostingList.BaseYear] : year.ToString(System.Globalization.CultureInfo.CurrentCulture);

    private static string Money(float amount) => amount >= 1_000_000 ? $"${amount / 1_000_000:0.#}M" : amount >= 1000 ? $"${amount / 1000:0}K" : $"${amount:0}";

    private string ConstraintDetail(ConstraintKind kind, int doc) => kind switch
    {
        ConstraintKind.Location when _onSite && _s.Workplace[doc] == (byte)WorkplaceMode.Remote => "Wants remote work only; the position is on site.",
        ConstraintKind.Location when !_geo => "Workplace mode accepted.",
        ConstraintKind.Location when float.IsNaN(_s.Latitude[doc]) => "Location unknown.",
        // The parts that depend on the search only are written once per search (formatting is most of an explanation's cost).
        ConstraintKind.Location => $"{DistanceKm(doc):0}" + (_radiusNote ??= $" km away; the radius is {_radiusKm:0} km."),
        ConstraintKind.Engagement => _s.Engagement[doc] == 0 ? "No engagement preference given." : "Accepts " + EngagementText[_s.Engagement[doc]] + (_offeredNote ??= $"; offered {(EngagementTypes)_engagement}."),
        ConstraintKind.Rate => float.IsNaN(_s.Rate[doc]) ? "No expected rate given." : $"Expects {_s.Rate[doc]:0.##}" + (_rateNote ??= $" an hour; the most offered is {_maxRate:0.##}."),
        ConstraintKind.Availability => _s.AvailableDay[doc] == 0 ? "Availability not given." : $"Available from {DateOnly.FromDayNumber(Math.Max(_s.AvailableDay[doc], _today)):yyyy-MM-dd}" + (_neededNote ??= $"; needed by {DateOnly.FromDayNumber(_availLimit - AvailabilityGraceDays):yyyy-MM-dd} (a month's grace)."),
        ConstraintKind.Authorization => ((WorkAuthorization)_s.Authorization[doc]) switch
        {
            WorkAuthorization.Unknown => "Work authorization not given.",
            WorkAuthorization.RequiresSponsorship => "Needs sponsorship; the position does not offer it.",
            var a => AuthorizedText[(byte)a],
        },
        _ => "",
    };

    private string? _radiusNote, _offeredNote, _rateNote, _neededNote;

    private static readonly string[] EngagementText = [.. Enumerable.Range(0, 256).Select(v => ((EngagementTypes)v).ToString())];

    private static readonly string[] AuthorizedText = [.. Enumerable.Range(0, 256).Select(v => $"Authorized ({(WorkAuthorization)v}).")];
}

/// <summary>A bounded min-heap of (score, document): keeps the best; ties go to the lower document number (the index's location order).</summary>
internal sealed class TopHeap(int capacity)
{
    private readonly double[] _score = new double[capacity];
    private readonly int[] _doc = new int[capacity];
    private int _count;

    public bool Full => _count == _score.Length;

    /// <summary>The score a candidate must beat to enter; −∞ until full.</summary>
    public double Threshold => Full ? _score[0] : double.NegativeInfinity;

    private bool Worse(int i, int j) => _score[i] < _score[j] || (_score[i] == _score[j] && _doc[i] > _doc[j]);

    public void Push(double score, int doc)
    {
        if (!Full)
        {
            var i = _count++;
            _score[i] = score; _doc[i] = doc;
            while (i > 0)
            {
                var parent = (i - 1) >> 1;
                if (!Worse(i, parent)) break;
                Swap(i, parent); i = parent;
            }
            return;
        }
        if (score < _score[0] || (score == _score[0] && doc > _doc[0])) return;
        _score[0] = score; _doc[0] = doc;
        var k = 0;
        while (true)
        {
            int l = 2 * k + 1, r = l + 1, m = k;
            if (l < _count && Worse(l, m)) m = l;
            if (r < _count && Worse(r, m)) m = r;
            if (m == k) break;
            Swap(k, m); k = m;
        }
    }

    private void Swap(int i, int j)
    {
        (_score[i], _score[j]) = (_score[j], _score[i]);
        (_doc[i], _doc[j]) = (_doc[j], _doc[i]);
    }

    /// <summary>The contents, best first.</summary>
    public (double Score, int Doc)[] Drain()
    {
        var items = new (double Score, int Doc)[_count];
        for (var i = 0; i < _count; i++) items[i] = (_score[i], _doc[i]);
        Array.Sort(items, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return items;
    }
}
