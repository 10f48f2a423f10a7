using System.Numerics;
using Shortlist.Domain.Taxonomy;
using Shortlist.Matching.Index;
using Shortlist.Matching.Querying;

namespace Shortlist.Matching.Talent;

/// <summary>A skill a candidate must hold, with at least <see cref="MinimumYears"/> years of use.</summary>
public sealed record SkillFilter(string Code, double MinimumYears = 0);

/// <summary>The structured fields of a talent search; every one given must hold.</summary>
public sealed record TalentFilters
{
    /// <summary>Skills (taxonomy codes) with minimum years; all must be held (narrower entries count: Epic for EHR).</summary>
    public IReadOnlyList<SkillFilter> Skills { get; init; } = [];
    /// <summary>Certifications (taxonomy codes); all must be held and current.</summary>
    public IReadOnlyList<string> Certifications { get; init; } = [];
    /// <summary>Industries (taxonomy codes); at least one must be in the profile.</summary>
    public IReadOnlyList<string> Industries { get; init; } = [];
    /// <summary>Words that must appear together in a title (a role held or the headline).</summary>
    public string? Title { get; init; }
    /// <summary>Centre of the location filter.</summary>
    public double? Latitude { get; init; }
    /// <summary>Centre of the location filter.</summary>
    public double? Longitude { get; init; }
    /// <summary>Radius of the location filter; candidates without a known location are left out when it is set.</summary>
    public double? RadiusKm { get; init; }
    /// <summary>Available on or before this day (a candidate without a date counts as available now).</summary>
    public DateOnly? AvailableBy { get; init; }
    /// <summary>Expected hourly rate at most this (candidates who gave none are kept).</summary>
    public double? MaxHourlyRate { get; init; }
    /// <summary>Profile changed within this many days.</summary>
    public int? ActiveWithinDays { get; init; }

    /// <summary>No field set.</summary>
    public static TalentFilters None { get; } = new();

    /// <summary>True when no field is set.</summary>
    public bool IsEmpty => Skills.Count == 0 && Certifications.Count == 0 && Industries.Count == 0 && string.IsNullOrWhiteSpace(Title)
        && RadiusKm is null && AvailableBy is null && MaxHourlyRate is null && ActiveWithinDays is null;
}

/// <summary>A talent search: the parsed boolean query (or none), the fields, the day it is run and the page wanted.</summary>
public sealed record TalentQuery(QueryNode? Query, TalentFilters Filters, DateOnly Today, int Skip = 0, int Top = 20);

/// <summary>How a query term was understood: the taxonomy entries it names (with narrower ones) and the words looked for in the text.</summary>
public sealed record ResolvedTerm(string Text, bool Quoted, string? Code, string? Name, IReadOnlyList<string> Codes)
{
    /// <summary>True when the term names a taxonomy entry.</summary>
    public bool InTaxonomy => Code is not null;
}

/// <summary>How one query term matched one candidate: through which taxonomy entry (and years), through the text, or both.</summary>
public sealed record TermMatch(string Term, string? Code, string? Name, double? Years, int? LastUsedYear, bool InText);

/// <summary>A candidate found, with a score (more terms, and entries held longer, rank higher) and the terms that matched.</summary>
public sealed record TalentHit(Guid CandidateId, int Rank, double Score, IReadOnlyList<TermMatch> Matched);

/// <summary>The page of candidates found, how many were found in all, and how the terms were understood.</summary>
public sealed record TalentResult(int Total, int Searched, IReadOnlyList<TalentHit> Hits, IReadOnlyList<ResolvedTerm> Terms);

/// <summary>The taxonomy as talent search reads it: a code for every name, alias and code, and the narrower entries of each.</summary>
public sealed class TalentVocabulary
{
    private readonly Dictionary<string, string> _byWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, TaxonomyCategory Category, string[] Words)> _entries = new(StringComparer.Ordinal);
    private readonly TermGraph _graph;

    /// <summary>A vocabulary over <paramref name="terms"/>.</summary>
    public TalentVocabulary(IEnumerable<TaxonomyTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var list = terms.ToList();
        _graph = TermGraph.From(list);
        // Codes first, then aliases, then names: a name wins over an alias that happens to spell it.
        foreach (var t in list) Add(t.Code, t.Code);
        // An alias read only as written ("=Epic") is not a search word of its own: "epic" and "art" are ordinary words.
        foreach (var t in list) foreach (var a in t.Aliases.Where(TaxonomyTerm.IsPlain)) Add(a, t.Code);
        foreach (var t in list) Add(t.Name, t.Code);
        foreach (var t in list)
            _entries[t.Code] = (t.Name, t.Category, [.. new[] { t.Name }.Concat(t.Aliases.Where(TaxonomyTerm.IsPlain)).Select(Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)]);
    }

    private void Add(string text, string code)
    {
        var key = Key(text);
        if (key.Length > 0) _byWords[key] = code;
    }

    private static string Key(string text) => string.Join(' ', ProfileWords.Tokenize(text));

    /// <summary>The entry a term names (by code, name or alias, ignoring case and punctuation), or null.</summary>
    public string? Resolve(string text) => _byWords.GetValueOrDefault(Key(text));

    /// <summary>The name of a code, or the code.</summary>
    public string NameOf(string code) => _entries.TryGetValue(code, out var e) ? e.Name : code;

    /// <summary>The category of a code, or null.</summary>
    public TaxonomyCategory? CategoryOf(string code) => _entries.TryGetValue(code, out var e) ? e.Category : null;

    /// <summary>The name and aliases of a code as word sequences (for highlighting), or none.</summary>
    public IReadOnlyList<string> WordsOf(string code) => _entries.TryGetValue(code, out var e) ? e.Words : [];

    /// <summary>The code and the narrower entries that count for it.</summary>
    public IReadOnlyList<string> Expand(string code) => [code, .. _graph.Narrower(code)];

    /// <summary>How a query term is understood.</summary>
    public ResolvedTerm ResolveTerm(TermNode term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var code = Resolve(term.Text);
        return new ResolvedTerm(term.Text, term.Quoted, code, code is null ? null : NameOf(code), code is null ? [] : Expand(code));
    }
}

/// <summary>
/// Runs talent searches inside the <see cref="CandidateIndex"/>: each query term becomes a bit set (the posting lists of the
/// taxonomy entries it names, united with the candidates whose profile text holds the word or phrase), the boolean
/// operators combine the sets a machine word at a time, the fields narrow them, and the best are ranked by how many
/// terms matched and through what. Nothing reads the database.
/// </summary>
public sealed class TalentSearcher(CandidateIndex index, TalentVocabulary vocabulary)
{
    /// <summary>The index searched.</summary>
    public CandidateIndex Index { get; } = index;

    /// <summary>The taxonomy terms resolve through.</summary>
    public TalentVocabulary Vocabulary { get; } = vocabulary;

    /// <summary>Runs <paramref name="query"/> and returns one page of hits.</summary>
    public TalentResult Search(TalentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var state = Index.Snapshot;
        var run = new Run(this, state, query);
        var matches = run.Evaluate();
        run.PrepareScoring(matches);
        var top = Math.Max(0, query.Top);
        var keep = Math.Max(0, query.Skip) + top;
        // The best `keep` by (score, last activity, document order), with a min-heap on the worst kept.
        var heap = new PriorityQueue<int, (double Score, int Day, int NegDoc)>(keep + 1);
        var total = 0;
        for (var w = 0; w < matches.Length; w++)
        {
            var bits = matches[w];
            while (bits != 0)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                if (!run.PassesColumns(doc)) continue;
                total++;
                if (keep == 0) continue;
                var key = (run.Score(doc), state.LastActivityDay[doc], -doc);
                if (heap.Count < keep) heap.Enqueue(doc, key);
                else if (heap.TryPeek(out _, out var worst) && Compare(key, worst) > 0) heap.DequeueEnqueue(doc, key);
            }
        }
        var ordered = new List<(int Doc, (double Score, int Day, int NegDoc) Key)>(heap.Count);
        while (heap.TryDequeue(out var doc, out var key)) ordered.Add((doc, key));
        ordered.Reverse();
        var hits = ordered.Skip(Math.Max(0, query.Skip)).Take(top)
            .Select((x, i) => new TalentHit(state.Ids[x.Doc], query.Skip + i + 1, Math.Round(x.Key.Score, 2), run.Explain(x.Doc)))
            .ToList();
        return new TalentResult(total, Index.Count, hits, run.Terms);
    }

    /// <summary>Which of <paramref name="candidateIds"/> the query (with its fields) matches now; for saved-search alerts.</summary>
    public IReadOnlyList<Guid> Matching(TalentQuery query, IEnumerable<Guid> candidateIds)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidateIds);
        var state = Index.Snapshot;
        var run = new Run(this, state, query);
        var matches = run.Evaluate();
        var found = new List<Guid>();
        foreach (var id in candidateIds.Distinct())
        {
            var doc = Index.DocOf(id);
            if (doc < 0 || doc >= state.Count || state.IsDead(doc)) continue;
            if ((matches[doc >> 6] & (1UL << (doc & 63))) != 0 && run.PassesColumns(doc)) found.Add(id);
        }
        return found;
    }

    private static int Compare((double Score, int Day, int NegDoc) a, (double Score, int Day, int NegDoc) b)
    {
        var c = a.Score.CompareTo(b.Score);
        if (c != 0) return c;
        c = a.Day.CompareTo(b.Day);
        return c != 0 ? c : a.NegDoc.CompareTo(b.NegDoc);
    }

    private sealed class Run
    {
        private readonly TalentSearcher _owner;
        private readonly IndexState _state;
        private readonly TalentQuery _query;
        private readonly int _words;
        private readonly List<(TermNode Node, ResolvedTerm Term, ulong[] Taxonomy, ulong[] Text, PostingData[] Lists, int[] Cursors)> _positive = [];
        private byte[]?[] _years = [];
        private readonly bool _geo;
        private readonly float _lat, _lon, _radius, _latBand, _maxRate;
        private readonly int _availableBy, _activeSince;

        public Run(TalentSearcher owner, IndexState state, TalentQuery query)
        {
            _owner = owner; _state = state; _query = query;
            _words = (state.Count + 63) >> 6;
            var f = query.Filters;
            _geo = f.RadiusKm is > 0 && f.Latitude is not null && f.Longitude is not null;
            if (_geo)
            {
                _lat = (float)f.Latitude!.Value; _lon = (float)f.Longitude!.Value; _radius = (float)f.RadiusKm!.Value;
                // A great-circle distance is at least the latitude difference along a meridian, so a candidate farther north or
                // south than the radius (plus 100 m for rounding) is out without the trigonometry.
                _latBand = (float)(_radius / (EarthRadiusKm * Math.PI / 180) + 0.001);
            }
            _maxRate = f.MaxHourlyRate is double r ? (float)r : float.NaN;
            _availableBy = f.AvailableBy?.DayNumber ?? 0;
            _activeSince = f.ActiveWithinDays is int d ? query.Today.DayNumber - Math.Max(0, d) : 0;
        }

        public IReadOnlyList<ResolvedTerm> Terms => [.. _positive.Select(p => p.Term)];

        public ulong[] Evaluate()
        {
            var result = _query.Query is null ? All() : Eval(_query.Query);
            var f = _query.Filters;
            foreach (var skill in f.Skills)
            {
                var bits = new ulong[_words];
                var min = PostingList.EncodeYears(skill.MinimumYears);
                foreach (var code in _owner.Vocabulary.Expand(skill.Code.Trim().ToLowerInvariant()))
                {
                    var p = ListOf(_owner.Index.TermOf(code));
                    for (var i = 0; i < p.Count; i++) if (p.Years[i] >= min) Set(bits, p.Docs[i]);
                }
                And(result, bits);
            }
            foreach (var cert in f.Certifications) And(result, Postings(_owner.Index.TermOf(cert.Trim().ToLowerInvariant())));
            if (f.Industries.Count > 0)
            {
                var any = new ulong[_words];
                foreach (var industry in f.Industries) Or(any, Postings(_owner.Index.TermOf(industry.Trim().ToLowerInvariant())));
                And(result, any);
            }
            if (!string.IsNullOrWhiteSpace(f.Title)) And(result, Phrase(string.Join(' ', ProfileWords.Tokenize(f.Title)), CandidateIndex.TitlePrefix));
            // Replaced and removed rows never match.
            for (var w = 0; w < _words; w++) result[w] &= ~Volatile.Read(ref _state.Dead[w]);
            return result;
        }

        private ulong[] All()
        {
            var bits = new ulong[_words];
            Array.Fill(bits, ulong.MaxValue);
            if ((_state.Count & 63) != 0) bits[^1] = (1UL << (_state.Count & 63)) - 1;
            return bits;
        }

        private ulong[] Eval(QueryNode node)
        {
            switch (node)
            {
                case TermNode t:
                {
                    var resolved = _owner.Vocabulary.ResolveTerm(t);
                    var taxonomy = new ulong[_words];
                    var lists = resolved.Codes.Select(c => ListOf(_owner.Index.TermOf(c))).ToArray();
                    foreach (var p in lists) for (var i = 0; i < p.Count; i++) Set(taxonomy, p.Docs[i]);
                    var text = Phrase(t.Text, CandidateIndex.WordPrefix);
                    _positive.Add((t, resolved, taxonomy, text, lists, new int[lists.Length]));
                    var union = (ulong[])taxonomy.Clone();
                    Or(union, text);
                    return union;
                }
                case AndNode a:
                {
                    ulong[]? acc = null;
                    List<QueryNode> negated = [];
                    foreach (var o in a.Operands)
                    {
                        if (o is NotNode n) { negated.Add(n.Operand); continue; }
                        var bits = Eval(o);
                        if (acc is null) acc = bits; else And(acc, bits);
                    }
                    acc ??= All();
                    foreach (var n in negated) AndNot(acc, Eval(n, positive: false));
                    return acc;
                }
                case OrNode o:
                {
                    var acc = new ulong[_words];
                    foreach (var x in o.Operands) Or(acc, Eval(x));
                    return acc;
                }
                case NotNode n:
                {
                    var acc = All();
                    AndNot(acc, Eval(n.Operand, positive: false));
                    return acc;
                }
                default: throw new InvalidOperationException($"Unknown query node {node.GetType().Name}.");
            }
        }

        // Terms under a NOT are evaluated without being recorded as evidence.
        private ulong[] Eval(QueryNode node, bool positive)
        {
            if (positive) return Eval(node);
            var before = _positive.Count;
            var bits = Eval(node);
            _positive.RemoveRange(before, _positive.Count - before);
            return bits;
        }

        private PostingData ListOf(int term) => term >= 0 && term < _state.Lists.Length ? _state.Lists[term].Snapshot : PostingData.Empty;

        private ulong[] Postings(int term)
        {
            var bits = new ulong[_words];
            var p = ListOf(term);
            for (var i = 0; i < p.Count; i++) Set(bits, p.Docs[i]);
            return bits;
        }

        // A word is one posting list; a phrase is every adjacent pair of its words.
        private ulong[] Phrase(string words, string prefix)
        {
            var list = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (list.Length == 0) return new ulong[_words];
            if (list.Length == 1) return Postings(_owner.Index.TermOf(prefix + list[0]));
            ulong[]? acc = null;
            for (var i = 1; i < list.Length; i++)
            {
                var bits = Postings(_owner.Index.TermOf(prefix + ProfileWords.Pair(list[i - 1], list[i])));
                if (acc is null) acc = bits; else And(acc, bits);
            }
            return acc!;
        }

        private void Set(ulong[] bits, int doc)
        {
            if (doc < _state.Count) bits[doc >> 6] |= 1UL << (doc & 63);
        }

        private static bool Has(ulong[] bits, int doc) => (bits[doc >> 6] & (1UL << (doc & 63))) != 0;

        private static void And(ulong[] a, ulong[] b) { for (var i = 0; i < a.Length; i++) a[i] &= b[i]; }
        private static void AndNot(ulong[] a, ulong[] b) { for (var i = 0; i < a.Length; i++) a[i] &= ~b[i]; }
        private static void Or(ulong[] a, ulong[] b) { for (var i = 0; i < a.Length; i++) a[i] |= b[i]; }

        /// <summary>
        /// For a term matched through the taxonomy by many candidates, the most years of any of its entries per document, read
        /// once from the posting lists: cheaper than seeking every list for every candidate matched (Agile, with its narrower
        /// entries, is held by most of the pool). Terms matched by few keep seeking.
        /// </summary>
        public void PrepareScoring(ulong[] matches)
        {
            long found = 0;
            foreach (var w in matches) found += BitOperations.PopCount(w);
            _years = new byte[]?[_positive.Count];
            for (var t = 0; t < _positive.Count; t++)
            {
                var lists = _positive[t].Lists;
                if (lists.Length == 0) continue;
                long postings = 0;
                foreach (var p in lists) postings += p.Count;
                if (postings > found * lists.Length * 2) continue;
                var years = new byte[_state.Count];
                foreach (var p in lists)
                    for (var i = 0; i < p.Count; i++)
                    {
                        var doc = p.Docs[i];
                        if (doc < years.Length && p.Years[i] > years[doc]) years[doc] = p.Years[i];
                    }
                _years[t] = years;
            }
        }

        public bool PassesColumns(int doc)
        {
            ref readonly var f = ref _state.Filters[doc];
            if (_geo)
            {
                if (float.IsNaN(f.Latitude) || float.IsNaN(f.Longitude)) return false;
                if (MathF.Abs(f.Latitude - _lat) > _latBand) return false;
                if (DistanceKm(f.Latitude, f.Longitude, _lat, _lon) > _radius) return false;
            }
            if (!float.IsNaN(_maxRate) && !float.IsNaN(f.Rate) && f.Rate > _maxRate + 0.005f) return false;
            if (_availableBy != 0 && f.AvailableDay != 0 && f.AvailableDay > _availableBy) return false;
            if (_activeSince != 0 && _state.LastActivityDay[doc] < _activeSince) return false;
            return true;
        }

        /// <summary>Two points for a term matched through the taxonomy (plus up to two for years), one for a text-only match.</summary>
        public double Score(int doc)
        {
            double score = 0;
            for (var t = 0; t < _positive.Count; t++)
            {
                var (_, _, taxonomy, text, lists, cursors) = _positive[t];
                if (Has(taxonomy, doc))
                {
                    double years = 0;
                    if (t < _years.Length && _years[t] is { } held) years = PostingList.DecodeYears(held[doc]);
                    else
                    {
                        for (var i = 0; i < lists.Length; i++)
                        {
                            var p = lists[i];
                            var at = cursors[i] = p.Seek(cursors[i], doc);
                            if (at < p.Count && p.Docs[at] == doc) years = Math.Max(years, PostingList.DecodeYears(p.Years[at]));
                        }
                    }
                    score += 2 + Math.Min(years, 10) / 5;
                }
                else if (Has(text, doc)) score += 1;
            }
            return score;
        }

        public IReadOnlyList<TermMatch> Explain(int doc)
        {
            var found = new List<TermMatch>();
            foreach (var (node, term, taxonomy, text, lists, _) in _positive)
            {
                var inText = Has(text, doc);
                if (!Has(taxonomy, doc)) { if (inText) found.Add(new TermMatch(node.Text, null, null, null, null, true)); continue; }
                string? code = null; double years = -1; int? last = null;
                for (var i = 0; i < lists.Length; i++)
                {
                    var p = lists[i];
                    var at = p.Seek(0, doc);
                    if (at >= p.Count || p.Docs[at] != doc) continue;
                    var y = PostingList.DecodeYears(p.Years[at]);
                    if (y > years) { years = y; code = term.Codes[i]; last = PostingList.DecodeYear(p.LastUsed[at]); }
                }
                found.Add(new TermMatch(node.Text, code, code is null ? null : _owner.Vocabulary.NameOf(code), Math.Max(0, years), last, inText));
            }
            return found;
        }

        private const double EarthRadiusKm = 6371.0;

        private static float DistanceKm(float lat1, float lon1, float lat2, float lon2)
        {
            const double R = EarthRadiusKm;
            var dLat = (lat2 - lat1) * Math.PI / 180;
            var dLon = (lon2 - lon1) * Math.PI / 180;
            var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
            return (float)(2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a))));
        }
    }
}
