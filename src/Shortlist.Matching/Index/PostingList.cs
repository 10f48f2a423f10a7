namespace Shortlist.Matching.Index;

/// <summary>
/// The candidates holding one taxonomy entry, as dense document numbers in ascending order, with the years of use
/// (quarter years, saturating at 63.75) and the year last used (offset from <see cref="PostingList.BaseYear"/>, 0 = unknown).
/// One writer appends; readers take <see cref="Snapshot"/> once per query and see a consistent prefix.
/// </summary>
public sealed class PostingList
{
    /// <summary>Year zero of the last-used column.</summary>
    public const int BaseYear = 1950;

    private PostingData _data = PostingData.Empty;

    /// <summary>The list as it stands now; immutable for the reader.</summary>
    public PostingData Snapshot => Volatile.Read(ref _data);

    /// <summary>Appends a document with a number larger than any in the list. Writer only.</summary>
    public void Append(int doc, double years, int? lastUsedYear)
    {
        var d = _data;
        if (d.Count > 0 && d.Docs[d.Count - 1] >= doc) throw new InvalidOperationException("Posting lists are appended in document order.");
        int[] docs = d.Docs; byte[] yrs = d.Years; byte[] last = d.LastUsed;
        if (d.Count == docs.Length)
        {
            var capacity = Math.Max(4, docs.Length * 2);
            Array.Resize(ref docs, capacity); Array.Resize(ref yrs, capacity); Array.Resize(ref last, capacity);
        }
        docs[d.Count] = doc;
        yrs[d.Count] = EncodeYears(years);
        last[d.Count] = EncodeYear(lastUsedYear);
        ulong[]? bits = d.Bits; int[]? ranks = d.Ranks;
        if (bits is not null)
        {
            // Keep the membership bitset: words up to this document get their rank (entries before them); readers of older
            // snapshots never ask about a document this late, so setting its bit in place is safe.
            var word = doc >> 6;
            if (word >= bits.Length)
            {
                var words = Math.Max(word + 1, bits.Length * 2);
                Array.Resize(ref bits, words); Array.Resize(ref ranks, words);
            }
            for (var w = d.RankedWords; w <= word; w++) ranks![w] = d.Count;
            bits[word] |= 1UL << (doc & 63);
            Volatile.Write(ref _data, new PostingData(docs, yrs, last, d.Count + 1, bits, ranks, Math.Max(d.RankedWords, word + 1)));
            return;
        }
        Volatile.Write(ref _data, new PostingData(docs, yrs, last, d.Count + 1));
    }

    /// <summary>Replaces the list with exact-size arrays built in bulk. Writer only.</summary>
    public void Load(int[] docs, byte[] years, byte[] lastUsed, int count) => Volatile.Write(ref _data, new PostingData(docs, years, lastUsed, count));

    /// <summary>
    /// Gives the list a membership bitset with rank counts when it holds at least one document in 32 of
    /// <paramref name="universe"/> (or drops it when it no longer does): a dense list then answers "does this document hold
    /// the entry, and at which position" with a bit test and a popcount instead of a gallop. Writer only.
    /// </summary>
    public void Index(int universe)
    {
        var d = _data;
        if (universe <= 0 || (long)d.Count * DenseShare < universe)
        {
            if (d.Bits is not null) Volatile.Write(ref _data, new PostingData(d.Docs, d.Years, d.LastUsed, d.Count));
            return;
        }
        var words = (universe + 63) >> 6;
        var bits = new ulong[words]; var ranks = new int[words];
        var ranked = 0;
        for (var i = 0; i < d.Count; i++)
        {
            var doc = d.Docs[i];
            var word = doc >> 6;
            if (word >= words) break;
            for (; ranked <= word; ranked++) ranks[ranked] = i;
            bits[word] |= 1UL << (doc & 63);
        }
        Volatile.Write(ref _data, new PostingData(d.Docs, d.Years, d.LastUsed, d.Count, bits, ranks, ranked));
    }

    /// <summary>A list holding at least one document in this many gets a membership bitset (see <see cref="Index"/>).</summary>
    public const int DenseShare = 32;

    /// <summary>Quarter years, saturating.</summary>
    public static byte EncodeYears(double years) => (byte)Math.Clamp((int)Math.Round(years * 4), 0, 255);

    /// <summary>Decodes <see cref="EncodeYears"/>.</summary>
    public static float DecodeYears(byte value) => value * 0.25f;

    /// <summary>A year as an offset from <see cref="BaseYear"/>; 0 when unknown.</summary>
    public static byte EncodeYear(int? year) => year is int y ? (byte)Math.Clamp(y - BaseYear, 1, 255) : (byte)0;

    /// <summary>Decodes <see cref="EncodeYear"/>.</summary>
    public static int? DecodeYear(byte value) => value == 0 ? null : BaseYear + value;
}

/// <summary>An immutable view of a posting list: the first <see cref="Count"/> entries of the arrays.</summary>
public sealed class PostingData(int[] docs, byte[] years, byte[] lastUsed, int count, ulong[]? bits = null, int[]? ranks = null, int rankedWords = 0)
{
    /// <summary>For a dense list, one bit per document held (see <see cref="PostingList.Index"/>); otherwise null.</summary>
    public readonly ulong[]? Bits = bits;
    /// <summary>With <see cref="Bits"/>: the entries before each 64-document word.</summary>
    public readonly int[]? Ranks = ranks;
    /// <summary>Words of <see cref="Ranks"/> set.</summary>
    public readonly int RankedWords = rankedWords;

    /// <summary>
    /// The position of <paramref name="doc"/> in the list, or -1 when the list does not hold it; only for a list with
    /// <see cref="Bits"/> and a document this snapshot could hold (below the searched state's count).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int PositionOf(int doc)
    {
        var bits = Bits!;
        var word = doc >> 6;
        if ((uint)word >= (uint)RankedWords) return -1;
        var w = bits[word];
        var bit = 1UL << (doc & 63);
        if ((w & bit) == 0) return -1;
        var pos = Ranks![word] + System.Numerics.BitOperations.PopCount(w & (bit - 1));
        return pos < Count ? pos : -1;
    }

    /// <summary>
    /// Whether the list holds <paramref name="doc"/>, by its bit alone (no rank); the same conditions as <see cref="PositionOf"/>,
    /// and a bit below the searched state's count is always an entry of a snapshot taken after that state's.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool HasBit(int doc)
    {
        var word = doc >> 6;
        return (uint)word < (uint)RankedWords && (Bits![word] & (1UL << (doc & 63))) != 0;
    }

    /// <summary>No entries.</summary>
    public static readonly PostingData Empty = new([], [], [], 0);
    /// <summary>Document numbers, ascending.</summary>
    public readonly int[] Docs = docs;
    /// <summary>Quarter years of use.</summary>
    public readonly byte[] Years = years;
    /// <summary>Year last used, offset from <see cref="PostingList.BaseYear"/>.</summary>
    public readonly byte[] LastUsed = lastUsed;
    /// <summary>Entries in use.</summary>
    public readonly int Count = count;

    /// <summary>
    /// The first position at or after <paramref name="from"/> whose document is at least <paramref name="target"/>
    /// (galloping, then binary search); <see cref="Count"/> when there is none.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Seek(int from, int target)
    {
        // The common case in a walk (the cursor is already there) is inlined into the caller; the search is not.
        var docs = Docs;
        if ((uint)from >= (uint)Count || docs[from] >= target) return from;
        return Gallop(docs, from, target);
    }

    private int Gallop(int[] docs, int from, int target)
    {
        var count = Count;
        var step = 1; var lo = from; var hi = from + 1;
        while (hi < count && docs[hi] < target) { lo = hi; step <<= 1; hi = lo + step; }
        if (hi > count) hi = count;
        // docs[lo] < target; answer in (lo, hi]
        lo++;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (docs[mid] < target) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
