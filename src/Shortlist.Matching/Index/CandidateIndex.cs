using System.Collections.Concurrent;
using Shortlist.Domain.Common;

namespace Shortlist.Matching.Index;

/// <summary>
/// The in-memory, columnar index of every candidate: a posting list per taxonomy entry and one array per column,
/// indexed by a dense document number. One writer at a time changes it (a change is a tombstone plus an append);
/// any number of readers query it without locks through <see cref="Snapshot"/>.
/// </summary>
public sealed class CandidateIndex
{
    private readonly Lock _write = new();
    private readonly ConcurrentDictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, int> _docs = new();
    private IndexState _state;

    /// <summary>An empty index for embeddings of <paramref name="dimensions"/> numbers.</summary>
    public CandidateIndex(int dimensions = 384, int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        Dimensions = dimensions;
        _state = IndexState.Create(Math.Max(16, capacity), dimensions);
    }

    /// <summary>Numbers per text embedding.</summary>
    public int Dimensions { get; }

    /// <summary>The index as it stands: what a query reads from start to end.</summary>
    public IndexState Snapshot => Volatile.Read(ref _state);

    /// <summary>Candidates in the index (not counting replaced or removed ones).</summary>
    public int Count => _docs.Count;

    /// <summary>The posting list number of a taxonomy code, or -1 when no candidate has ever held it.</summary>
    public int TermOf(string code) => _terms.TryGetValue(code, out var t) ? t : -1;

    /// <summary>Prefix of the posting-list keys of profile words and word pairs (talent search).</summary>
    public const string WordPrefix = "\u001Fw ";

    /// <summary>Prefix of the posting-list keys of title words and word pairs (talent search).</summary>
    public const string TitlePrefix = "\u001Ft ";

    /// <summary>Prefix of the posting-list keys of location cells (one degree of latitude by one of longitude).</summary>
    public const string GeoPrefix = "\u001Fg ";

    /// <summary>The key of the cell of candidates whose location is unknown (they pass a radius check).</summary>
    public const string UnknownGeoCellKey = GeoPrefix + "?";

    /// <summary>The key of the location cell that holds (<paramref name="latitude"/>, <paramref name="longitude"/>); unknown locations share one cell.</summary>
    public static string GeoCellKey(float latitude, float longitude) =>
        float.IsNaN(latitude) || float.IsNaN(longitude) ? UnknownGeoCellKey : GeoCellKey((int)MathF.Floor(latitude), (int)MathF.Floor(longitude));

    /// <summary>
    /// Where a candidate at (<paramref name="latitude"/>, <paramref name="longitude"/>) sits in the index after a build or a
    /// compaction: by location cell, the degree of latitude first, then the degree of longitude; coordinates out of range
    /// next, unknown locations last. Candidates of one cell are kept in the order they were added. Matching breaks ties
    /// between equal scores by this order (the document order).
    /// </summary>
    public static int LocationOrder(float latitude, float longitude)
    {
        if (float.IsNaN(latitude) || float.IsNaN(longitude)) return int.MaxValue;
        if (!(Math.Abs(latitude) <= 90) || !(Math.Abs(longitude) <= 180)) return int.MaxValue - 1;
        var la = (int)MathF.Floor(latitude) + 90;               // 0..180
        var lo = ((int)MathF.Floor(longitude) + 180) % 360;     // 0..359; 180 is the cell of -180, as in GeoCellKey
        return la * 360 + lo;
    }

    /// <summary>The key of the location cell whose south-west corner is at whole degrees (<paramref name="latitude"/>, <paramref name="longitude"/>).</summary>
    public static string GeoCellKey(int latitude, int longitude)
    {
        // Longitudes wrap: 180 is the cell of -180.
        longitude = ((longitude + 180) % 360 + 360) % 360 - 180;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{GeoPrefix}{latitude},{longitude}");
    }

    /// <summary>The posting list number of a profile word or pair of words (as <see cref="Talent.ProfileWords"/> makes them), or -1.</summary>
    public int WordOf(string word) => TermOf(WordPrefix + word);

    /// <summary>The posting list number of a title word or pair of words, or -1.</summary>
    public int TitleWordOf(string word) => TermOf(TitlePrefix + word);

    /// <summary>Distinct taxonomy codes, words and title words held (posting lists).</summary>
    public int TermCount => _terms.Count;

    /// <summary>The current document number of a candidate, or -1.</summary>
    public int DocOf(Guid candidateId) => _docs.TryGetValue(candidateId, out var d) ? d : -1;

    /// <summary>Adds many candidates at once, then rewrites the index in location order with exact-size arrays (see <see cref="Compact"/>).</summary>
    public void AddRange(IEnumerable<CandidateDocument> documents) => AddRange(documents, trim: true);

    /// <summary>
    /// Adds many candidates at once; with <paramref name="trim"/> the index is then rewritten in location order with
    /// exact-size arrays (<see cref="Compact"/>). A build that adds batch after batch passes false and calls
    /// <see cref="TrimExcess"/> once at the end: rewriting after every batch copies
    /// every column and posting list each time (and the next batch grows them again), which makes a build quadratic.
    /// </summary>
    public void AddRange(IEnumerable<CandidateDocument> documents, bool trim)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (_write)
        {
            foreach (var d in documents) UpsertLocked(d);
            if (trim) RewriteLocked();
        }
    }

    /// <summary>Rewrites the index in location order with exact-size arrays, after a build in batches (see <see cref="Compact"/>).</summary>
    public void TrimExcess()
    {
        lock (_write) RewriteLocked();
    }

    /// <summary>Adds a candidate, or replaces what the index held about it.</summary>
    public void Upsert(CandidateDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_write)
        {
            UpsertLocked(document);
            CompactIfSparseLocked();
        }
    }

    /// <summary>Removes a candidate; true when it was there.</summary>
    public bool Remove(Guid candidateId)
    {
        lock (_write)
        {
            if (!_docs.TryRemove(candidateId, out var doc)) return false;
            _state.Kill(doc);
            CompactIfSparseLocked();
            return true;
        }
    }

    /// <summary>Sets (or clears, with null) a candidate's text embedding in place; false when the candidate is unknown.</summary>
    public bool SetEmbedding(Guid candidateId, ReadOnlySpan<sbyte> vector)
    {
        lock (_write)
        {
            if (!_docs.TryGetValue(candidateId, out var doc)) return false;
            _state.WriteEmbedding(doc, vector);
            return true;
        }
    }

    private void UpsertLocked(CandidateDocument d)
    {
        if (_docs.TryGetValue(d.Id, out var old)) _state.Kill(old);
        var state = _state;
        if (state.Count == state.Capacity) state = state.Grow(state.Capacity * 2);
        var doc = state.Count;
        state.WriteRow(doc, d);
        var lists = state.Lists;
        PostingList ListOf(string key)
        {
            if (!_terms.TryGetValue(key, out var term))
            {
                term = _terms.Count;
                if (term == lists.Length)
                {
                    Array.Resize(ref lists, Math.Max(64, lists.Length * 2));
                    for (var i = term; i < lists.Length; i++) lists[i] = new PostingList();
                }
                _terms[key] = term;
            }
            return lists[term];
        }
        foreach (var t in d.Terms) ListOf(t.Code).Append(doc, t.Years, t.LastUsedYear);
        foreach (var w in d.Words ?? []) ListOf(WordPrefix + w).Append(doc, 0, null);
        foreach (var w in d.TitleWords ?? []) ListOf(TitlePrefix + w).Append(doc, 0, null);
        // Every candidate is in exactly one location cell, so a search within a radius can walk the few cells it covers
        // instead of every holder of its rarest must-have.
        var f = state.Filters[doc];
        ListOf(GeoCellKey(f.Latitude, f.Longitude)).Append(doc, 0, null);
        var next = state.With(lists, doc + 1);
        Volatile.Write(ref _state, next);
        _docs[d.Id] = doc;
    }

    /// <summary>
    /// Gives the taxonomy entries' dense lists a membership bitset (see <see cref="PostingList.Index"/>): matching looks up
    /// optional requirements and must-haves in them for every qualified candidate. Word, title and location lists are
    /// walked, not looked up, and stay without (there are many common words).
    /// </summary>
    private void IndexDenseLocked(PostingList[] lists, int universe)
    {
        foreach (var (key, term) in _terms)
            if (term < lists.Length && (key.Length == 0 || key[0] != '\u001F')) lists[term].Index(universe);
    }

    private void CompactIfSparseLocked()
    {
        var state = _state;
        var dead = state.Count - _docs.Count;
        if (dead < 1024 || dead * 4 < state.Count) return;
        Compact();
    }

    /// <summary>
    /// Rewrites the index without replaced and removed candidates, in location order (see <see cref="LocationOrder"/>), with
    /// exact-size arrays. A search within a radius then finds its cells' candidates as a few runs of neighbouring rows and
    /// bitset words instead of scattered across the whole index. Readers keep the old arrays until they finish.
    /// </summary>
    public void Compact()
    {
        lock (_write) RewriteLocked();
    }

    private void RewriteLocked()
    {
        var old = _state;
        // (location order, old document): sorted, the position is the new document number.
        var keys = new long[old.Count];
        var live = 0;
        for (var doc = 0; doc < old.Count; doc++)
        {
            if (old.IsDead(doc)) continue;
            ref readonly var f = ref old.Filters[doc];
            keys[live++] = ((long)LocationOrder(f.Latitude, f.Longitude) << 32) | (uint)doc;
        }
        Array.Sort(keys, 0, live);
        var map = new int[old.Count];
        Array.Fill(map, -1);
        var state = IndexState.Create(Math.Max(16, live), Dimensions);
        for (var i = 0; i < live; i++)
        {
            var doc = (int)(uint)keys[i];
            map[doc] = i;
            state.CopyRow(i, old, doc);
        }
        var lists = new PostingList[old.Lists.Length];
        long[] packed = [];
        for (var t = 0; t < lists.Length; t++)
        {
            var p = old.Lists[t].Snapshot;
            var n = 0; var ascending = true; var previous = -1;
            for (var i = 0; i < p.Count; i++)
            {
                var m = map[p.Docs[i]];
                if (m < 0) continue;
                if (m < previous) ascending = false;
                previous = m; n++;
            }
            var docs = new int[n]; var years = new byte[n]; var last = new byte[n];
            if (ascending)
            {
                n = 0;
                for (var i = 0; i < p.Count; i++)
                {
                    var m = map[p.Docs[i]];
                    if (m < 0) continue;
                    docs[n] = m; years[n] = p.Years[i]; last[n] = p.LastUsed[i]; n++;
                }
            }
            else
            {
                // The new numbers in a new order: sort (document, years, last used) packed in one number.
                if (packed.Length < n) packed = new long[Math.Max(n, packed.Length * 2)];
                var k = 0;
                for (var i = 0; i < p.Count; i++)
                {
                    var m = map[p.Docs[i]];
                    if (m < 0) continue;
                    packed[k++] = ((long)m << 16) | ((long)p.Years[i] << 8) | p.LastUsed[i];
                }
                Array.Sort(packed, 0, n);
                for (var j = 0; j < n; j++) { docs[j] = (int)(packed[j] >> 16); years[j] = (byte)(packed[j] >> 8); last[j] = (byte)packed[j]; }
            }
            lists[t] = new PostingList();
            lists[t].Load(docs, years, last, n);
        }
        IndexDenseLocked(lists, live);
        var next = state.With(lists, live);
        foreach (var (id, doc) in _docs) _docs[id] = map[doc];
        Volatile.Write(ref _state, next);
    }

    /// <summary>Bytes the index holds in its arrays (columns, posting lists, embeddings and the id map), for capacity planning.</summary>
    public long ApproximateBytes()
    {
        var s = Snapshot;
        long bytes = s.BytesPerRow * (long)s.Capacity;
        foreach (var l in s.Lists) { var p = l.Snapshot; bytes += p.Docs.Length * 6L + 64 + (p.Bits?.Length ?? 0) * 12L; }
        bytes += _docs.Count * 40L + _terms.Count * 64L;
        return bytes;
    }
}

/// <summary>
/// One consistent view of the index: columns as arrays of primitives (structure of arrays) and the posting lists.
/// Rows at or beyond <see cref="Count"/> are invisible; a replaced or removed row is marked dead.
/// </summary>
public sealed class IndexState
{
    /// <summary>Numbers per embedding.</summary>
    public readonly int Dimensions;
    /// <summary>Rows in use.</summary>
    public readonly int Count;
    /// <summary>Rows allocated.</summary>
    public readonly int Capacity;
    /// <summary>Posting lists by term number.</summary>
    public readonly PostingList[] Lists;
    /// <summary>Candidate ids.</summary>
    public readonly Guid[] Ids;
    /// <summary>Latitude, NaN when unknown.</summary>
    public readonly float[] Latitude;
    /// <summary>Longitude, NaN when unknown.</summary>
    public readonly float[] Longitude;
    /// <summary><see cref="WorkplaceMode"/> wanted.</summary>
    public readonly byte[] Workplace;
    /// <summary><see cref="EngagementTypes"/> accepted.</summary>
    public readonly byte[] Engagement;
    /// <summary><see cref="WorkAuthorization"/>.</summary>
    public readonly byte[] Authorization;
    /// <summary>Available from (day number), 0 when unknown.</summary>
    public readonly int[] AvailableDay;
    /// <summary>Hourly-equivalent expectation, NaN when unknown.</summary>
    public readonly float[] Rate;
    /// <summary>Total years of experience, in quarter years.</summary>
    public readonly byte[] TotalYears;
    /// <summary>Largest budget led.</summary>
    public readonly float[] Budget;
    /// <summary>Largest team led.</summary>
    public readonly ushort[] Team;
    /// <summary>Projects in the track record.</summary>
    public readonly byte[] Projects;
    /// <summary>Projects delivered on time.</summary>
    public readonly byte[] OnTime;
    /// <summary>Projects delivered on budget.</summary>
    public readonly byte[] OnBudget;
    /// <summary>1 when the row has an embedding.</summary>
    public readonly byte[] HasEmbedding;
    /// <summary>Embeddings, <see cref="Dimensions"/> per row.</summary>
    public readonly sbyte[] Embeddings;
    /// <summary>Dead rows, one bit each.</summary>
    public readonly ulong[] Dead;
    /// <summary>Day number of the profile's last change, 0 when unknown.</summary>
    public readonly int[] LastActivityDay;
    /// <summary>What constraints read, packed in one 20-byte row per candidate: a visited candidate costs one cache line, not one per column.</summary>
    public readonly FilterRow[] Filters;
    /// <summary>
    /// One bitset per constraint value a search can ask for (see <see cref="ConstraintSets"/>): each holds every candidate who
    /// can pass it, unknown values included, so a search intersects whole words of them before it visits anyone.
    /// </summary>
    public readonly ulong[][] Sets;

    private IndexState(int dimensions, int count, int capacity, PostingList[] lists, Guid[] ids, float[] lat, float[] lon, byte[] workplace, byte[] engagement,
        byte[] authorization, int[] available, float[] rate, byte[] totalYears, float[] budget, ushort[] team, byte[] projects, byte[] onTime, byte[] onBudget,
        byte[] hasEmbedding, sbyte[] embeddings, ulong[] dead, FilterRow[] filters, int[] lastActivity, ulong[][] sets)
    {
        Filters = filters; LastActivityDay = lastActivity; Sets = sets;
        Dimensions = dimensions; Count = count; Capacity = capacity; Lists = lists; Ids = ids; Latitude = lat; Longitude = lon; Workplace = workplace;
        Engagement = engagement; Authorization = authorization; AvailableDay = available; Rate = rate; TotalYears = totalYears; Budget = budget;
        Team = team; Projects = projects; OnTime = onTime; OnBudget = onBudget; HasEmbedding = hasEmbedding; Embeddings = embeddings; Dead = dead;
    }

    /// <summary>Bytes per row across the columns and the embedding.</summary>
    public int BytesPerRow => 16 + 4 + 4 + 1 + 1 + 1 + 4 + 4 + 1 + 4 + 2 + 1 + 1 + 1 + 1 + 20 + 4 + Dimensions + (ConstraintSets.Count + 7) / 8;

    internal static IndexState Create(int capacity, int dimensions) => new(dimensions, 0, capacity, [],
        new Guid[capacity], new float[capacity], new float[capacity], new byte[capacity], new byte[capacity], new byte[capacity], new int[capacity],
        new float[capacity], new byte[capacity], new float[capacity], new ushort[capacity], new byte[capacity], new byte[capacity], new byte[capacity],
        new byte[capacity], new sbyte[(long)capacity * dimensions], new ulong[(capacity + 63) / 64], new FilterRow[capacity], new int[capacity],
        [.. Enumerable.Range(0, ConstraintSets.Count).Select(_ => new ulong[(capacity + 63) / 64])]);

    internal IndexState With(PostingList[] lists, int count) => new(Dimensions, count, Capacity, lists, Ids, Latitude, Longitude, Workplace, Engagement,
        Authorization, AvailableDay, Rate, TotalYears, Budget, Team, Projects, OnTime, OnBudget, HasEmbedding, Embeddings, Dead, Filters, LastActivityDay, Sets);

    internal IndexState Grow(int capacity)
    {
        capacity = Math.Max(capacity, Count);
        static T[] Copy<T>(T[] a, int n) { var b = new T[n]; Array.Copy(a, b, Math.Min(a.Length, n)); return b; }
        return new(Dimensions, Count, capacity, Lists, Copy(Ids, capacity), Copy(Latitude, capacity), Copy(Longitude, capacity), Copy(Workplace, capacity),
            Copy(Engagement, capacity), Copy(Authorization, capacity), Copy(AvailableDay, capacity), Copy(Rate, capacity), Copy(TotalYears, capacity),
            Copy(Budget, capacity), Copy(Team, capacity), Copy(Projects, capacity), Copy(OnTime, capacity), Copy(OnBudget, capacity),
            Copy(HasEmbedding, capacity), Copy(Embeddings, capacity * Dimensions), Copy(Dead, (capacity + 63) / 64), Copy(Filters, capacity), Copy(LastActivityDay, capacity),
            [.. Sets.Select(set => Copy(set, (capacity + 63) / 64))]);
    }

    /// <summary>True when the row was replaced or removed.</summary>
    public bool IsDead(int doc) => (Volatile.Read(ref Dead[doc >> 6]) & (1UL << (doc & 63))) != 0;

    internal void Kill(int doc) => Interlocked.Or(ref Dead[doc >> 6], 1UL << (doc & 63));

    /// <summary>The row's embedding (all zeros when it has none).</summary>
    public ReadOnlySpan<sbyte> EmbeddingOf(int doc) => Embeddings.AsSpan(doc * Dimensions, Dimensions);

    internal void WriteEmbedding(int doc, ReadOnlySpan<sbyte> vector)
    {
        var row = Embeddings.AsSpan(doc * Dimensions, Dimensions);
        if (vector.IsEmpty) { row.Clear(); HasEmbedding[doc] = 0; return; }
        if (vector.Length != Dimensions) throw new ArgumentException($"An embedding has {Dimensions} numbers, not {vector.Length}.", nameof(vector));
        vector.CopyTo(row);
        HasEmbedding[doc] = 1;
    }

    internal void WriteRow(int doc, CandidateDocument d)
    {
        Ids[doc] = d.Id;
        Latitude[doc] = d.Latitude is double la ? (float)la : float.NaN;
        Longitude[doc] = d.Longitude is double lo ? (float)lo : float.NaN;
        Workplace[doc] = (byte)d.Workplace;
        Engagement[doc] = (byte)d.Engagement;
        Authorization[doc] = (byte)d.Authorization;
        AvailableDay[doc] = d.AvailableFrom?.DayNumber ?? 0;
        Rate[doc] = d.HourlyRate is double r ? (float)r : float.NaN;
        TotalYears[doc] = PostingList.EncodeYears(d.TotalYears);
        Budget[doc] = (float)d.Track.LargestBudget;
        Team[doc] = (ushort)Math.Clamp(d.Track.LargestTeam, 0, ushort.MaxValue);
        Projects[doc] = (byte)Math.Clamp(d.Track.Projects, 0, 255);
        OnTime[doc] = (byte)Math.Clamp(d.Track.OnTime, 0, 255);
        OnBudget[doc] = (byte)Math.Clamp(d.Track.OnBudget, 0, 255);
        WriteEmbedding(doc, d.Embedding is { Length: > 0 } e && Dimensions > 0 ? e : default);
        LastActivityDay[doc] = d.LastActivity?.DayNumber ?? 0;
        Filters[doc] = new FilterRow(Latitude[doc], Longitude[doc], Rate[doc], AvailableDay[doc], Workplace[doc], Engagement[doc], Authorization[doc]);
        MarkSets(doc);
    }

    /// <summary>
    /// Adds a new row to the constraint bitsets it can pass (rows are written once; the single writer sets the bits). The
    /// rules mirror the exact checks of the matching walk (unknown values pass; the walk's rate cap has a half-cent margin,
    /// which a step at or above it covers): a set may hold more than pass, never fewer.
    /// </summary>
    private void MarkSets(int doc)
    {
        ref readonly var f = ref Filters[doc];
        var word = doc >> 6; var bit = 1UL << (doc & 63);
        for (var t = 0; t < ConstraintSets.EngagementFlags; t++)
            if (f.Engagement == 0 || (f.Engagement & (1 << t)) != 0) Sets[ConstraintSets.Engagement + t][word] |= bit;
        if (f.Authorization != (byte)WorkAuthorization.RequiresSponsorship) Sets[ConstraintSets.NoSponsorship][word] |= bit;
        if (f.Workplace != (byte)WorkplaceMode.Remote) Sets[ConstraintSets.NotRemoteOnly][word] |= bit;
        for (var k = 0; k < ConstraintSets.RateSteps.Length; k++)
            if (float.IsNaN(f.Rate) || f.Rate <= ConstraintSets.RateSteps[k]) Sets[ConstraintSets.RateAtMost + k][word] |= bit;
    }

    internal void CopyRow(int to, IndexState from, int doc)
    {
        Ids[to] = from.Ids[doc]; Latitude[to] = from.Latitude[doc]; Longitude[to] = from.Longitude[doc]; Workplace[to] = from.Workplace[doc];
        Engagement[to] = from.Engagement[doc]; Authorization[to] = from.Authorization[doc]; AvailableDay[to] = from.AvailableDay[doc]; Rate[to] = from.Rate[doc];
        TotalYears[to] = from.TotalYears[doc]; Budget[to] = from.Budget[doc]; Team[to] = from.Team[doc]; Projects[to] = from.Projects[doc];
        OnTime[to] = from.OnTime[doc]; OnBudget[to] = from.OnBudget[doc]; HasEmbedding[to] = from.HasEmbedding[doc];
        from.EmbeddingOf(doc).CopyTo(Embeddings.AsSpan(to * Dimensions, Dimensions));
        Filters[to] = from.Filters[doc];
        LastActivityDay[to] = from.LastActivityDay[doc];
        MarkSets(to);
    }
}

/// <summary>The columns constraints read, side by side (a copy of those columns, kept with them).</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 4)]
public readonly record struct FilterRow(float Latitude, float Longitude, float Rate, int AvailableDay, byte Workplace, byte Engagement, byte Authorization);

/// <summary>
/// The constraint bitsets of <see cref="IndexState.Sets"/>, by number: an engagement flag (or none given), not needing
/// sponsorship, not remote-only, and an hourly rate at most each of <see cref="RateSteps"/> (or none given). Each is a superset
/// of the candidates who pass the constraint; the walk still checks every member exactly.
/// </summary>
public static class ConstraintSets
{
    /// <summary>Engagement flags with a set each (<see cref="EngagementTypes"/> Contract, ContractToHire, Permanent).</summary>
    public const int EngagementFlags = 3;
    /// <summary>First engagement set: flag <c>1 &lt;&lt; t</c> accepted, or no preference given.</summary>
    public const int Engagement = 0;
    /// <summary>Authorization other than needing sponsorship (unknown included).</summary>
    public const int NoSponsorship = Engagement + EngagementFlags;
    /// <summary>Workplace other than remote only.</summary>
    public const int NotRemoteOnly = NoSponsorship + 1;
    /// <summary>First rate set: rate at most <c>RateSteps[k]</c>, or none given.</summary>
    public const int RateAtMost = NotRemoteOnly + 1;
    private static readonly float[] Steps = [.. Enumerable.Range(3, 28).Select(i => i * 10f)];
    /// <summary>Rate caps with a set: 30 to 300 an hour by tens.</summary>
    public static ReadOnlySpan<float> RateSteps => Steps;
    /// <summary>Sets in all.</summary>
    public static int Count => RateAtMost + Steps.Length;
}
