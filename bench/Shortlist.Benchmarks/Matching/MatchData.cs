using Shortlist.Domain.Common;
using Shortlist.Matching.Index;
using Shortlist.Matching.Querying;

namespace Shortlist.Benchmarks.Matching;

/// <summary>One generated requirement: a skill number, importance and an integer weight (1–5).</summary>
public readonly record struct GenRequirement(int Skill, Importance Importance, int Weight)
{
    /// <summary>The effective weight ×5 (Must 7.5w, Strong 5w, Nice 2w): integers for the optional ones, so the peers' float sums are exact.</summary>
    public int PeerWeight => Importance switch { Importance.Strong => 5 * Weight, Importance.Nice => 2 * Weight, _ => 0 };
}

/// <summary>One generated position: requirements and constraints.</summary>
public sealed record GenPosition(
    int Number, GenRequirement[] Requirements, double? Latitude, double? Longitude, double? RadiusKm, WorkplaceMode Workplace,
    EngagementTypes Engagement, double? MaxRate, DateOnly? AvailableBy, bool RequiresAuthorization, sbyte[] Embedding)
{
    /// <summary>Must-have skill numbers.</summary>
    public int[] Musts => [.. Requirements.Where(r => r.Importance == Importance.Must).Select(r => r.Skill)];

    /// <summary>Optional requirements.</summary>
    public GenRequirement[] Optional => [.. Requirements.Where(r => r.Importance != Importance.Must)];

    /// <summary>A short description of the shape, for the profile of slow queries.</summary>
    public string Shape(MatchData data)
    {
        var musts = Musts;
        var rarest = musts.Length == 0 ? 0 : musts.Min(m => data.Frequency[m]);
        var kind = musts.Length == 0 ? "no-must" : rarest >= 0.10 ? "common-must" : rarest >= 0.02 ? "mid-must" : "rare-must";
        return kind;
    }

    /// <summary>The engine's query.</summary>
    public MatchQuery ToQuery(MatchData data, ScoringProfile scoring, bool explain = true, bool whatIf = false, int top = 50) => new()
    {
        Requirements = [.. Requirements.Select(r => new MatchRequirement(data.Codes[r.Skill], data.Codes[r.Skill], r.Importance, r.Weight))],
        Constraints = new MatchConstraints
        {
            Latitude = Latitude, Longitude = Longitude, RadiusKm = RadiusKm, Workplace = Workplace, Engagement = Engagement,
            MaxHourlyRate = MaxRate, AvailableBy = AvailableBy, RequiresWorkAuthorization = RequiresAuthorization,
        },
        Today = MatchData.Today,
        Top = top,
        Explain = explain,
        WhatIf = whatIf,
        Scoring = scoring,
        Embedding = scoring.Text > 0 ? Embedding : null,
    };
}

/// <summary>
/// A generated talent pool, held as columns so a million candidates fit comfortably: skills with Zipf-like frequency over
/// 600 taxonomy-like codes (most common held by ~95%, 10th ~36%, 100th ~4.6%, 600th ~0.8%), years and last use,
/// locations around 30 US metro areas, preferences, rates, track records and a random int8 embedding. Deterministic by seed.
/// </summary>
public sealed class MatchData
{
    /// <summary>The day every search runs on.</summary>
    public static readonly DateOnly Today = new(2026, 11, 25);
    /// <summary>Skills in the vocabulary.</summary>
    public const int Skills = 600;
    /// <summary>Numbers per embedding.</summary>
    public const int Dimensions = 384;

    /// <summary>US metro areas: name, latitude, longitude, share weight.</summary>
    public static readonly (string Name, double Lat, double Lon, double Weight)[] Metros =
    [
        ("New York", 40.71, -74.01, 9), ("Los Angeles", 34.05, -118.24, 6), ("Chicago", 41.88, -87.63, 5), ("Dallas", 32.78, -96.80, 4),
        ("Houston", 29.76, -95.37, 4), ("Washington", 38.91, -77.04, 4), ("Philadelphia", 39.95, -75.17, 3), ("Miami", 25.76, -80.19, 3),
        ("Atlanta", 33.75, -84.39, 3), ("Boston", 42.36, -71.06, 3), ("Phoenix", 33.45, -112.07, 3), ("San Francisco", 37.77, -122.42, 3),
        ("Riverside", 33.95, -117.40, 2), ("Detroit", 42.33, -83.05, 2), ("Seattle", 47.61, -122.33, 3), ("Minneapolis", 44.98, -93.27, 2),
        ("San Diego", 32.72, -117.16, 2), ("Tampa", 27.95, -82.46, 2), ("Denver", 39.74, -104.99, 2), ("Baltimore", 39.29, -76.61, 2),
        ("St. Louis", 38.63, -90.20, 2), ("Orlando", 28.54, -81.38, 2), ("Charlotte", 35.23, -80.84, 2), ("San Antonio", 29.42, -98.49, 2),
        ("Portland", 45.52, -122.68, 2), ("Sacramento", 38.58, -121.49, 1), ("Pittsburgh", 40.44, -79.99, 1), ("Austin", 30.27, -97.74, 2),
        ("Las Vegas", 36.17, -115.14, 1), ("Nashville", 36.16, -86.78, 1),
    ];

    /// <summary>Candidates.</summary>
    public int Count { get; }
    /// <summary>Taxonomy-like codes by skill number (0 = most common).</summary>
    public string[] Codes { get; }
    /// <summary>The share of candidates meant to hold each skill.</summary>
    public double[] Frequency { get; }

    /// <summary>Where each candidate's skills start in <see cref="SkillOf"/> (Count + 1 entries).</summary>
    public int[] SkillStart { get; }
    /// <summary>Skill numbers, ascending per candidate.</summary>
    public short[] SkillOf { get; }
    /// <summary>Quarter years per skill entry.</summary>
    public byte[] Years { get; }
    /// <summary>Year last used per skill entry, 0 = unknown.</summary>
    public short[] LastUsed { get; }
    /// <summary>Latitude, NaN when unknown (float values, as the engine stores them).</summary>
    public float[] Lat { get; }
    /// <summary>Longitude, NaN when unknown.</summary>
    public float[] Lon { get; }
    /// <summary>Workplace wanted.</summary>
    public byte[] Workplace { get; }
    /// <summary>Engagement types accepted (flags), 0 = not given.</summary>
    public byte[] Engagement { get; }
    /// <summary>Work authorization.</summary>
    public byte[] Authorization { get; }
    /// <summary>Available from (day number), 0 = not given.</summary>
    public int[] AvailableDay { get; }
    /// <summary>Hourly rate, NaN = not given (float values).</summary>
    public float[] Rate { get; }
    /// <summary>Total years.</summary>
    public float[] TotalYears { get; }
    /// <summary>Largest budget led.</summary>
    public float[] Budget { get; }
    /// <summary>Largest team led.</summary>
    public short[] Team { get; }
    /// <summary>Projects, on time, on budget.</summary>
    public byte[] Projects { get; }
    /// <summary>Projects on time.</summary>
    public byte[] OnTime { get; }
    /// <summary>Projects on budget.</summary>
    public byte[] OnBudget { get; }
    /// <summary>Embeddings, <see cref="Dimensions"/> per candidate.</summary>
    public sbyte[] Embeddings { get; }
    /// <summary>The positions.</summary>
    public GenPosition[] Positions { get; }

    /// <summary>
    /// The candidates in the order the engine's index keeps them after its build: by <see cref="CandidateIndex.LocationOrder"/>,
    /// then in generation order. The engine breaks ties between equal scores by that order, so the peers are given it too
    /// (Lucene.NET gets its documents in it; PostgreSQL orders by its rank) and the top lists can be compared one for one.
    /// </summary>
    public int[] IndexOrder()
    {
        var keys = new long[Count];
        for (var d = 0; d < Count; d++) keys[d] = ((long)CandidateIndex.LocationOrder(Lat[d], Lon[d]) << 32) | (uint)d;
        Array.Sort(keys);
        var order = new int[Count];
        for (var i = 0; i < Count; i++) order[i] = (int)(uint)keys[i];
        return order;
    }

    /// <summary>The candidate id of a document number: the number in the first four bytes, so it maps back without a table.</summary>
    public static Guid IdOf(int doc) => new(doc, 0x5348, 0x4c54, 0x80, 0, 0, 0, 0, 0, 0, 1);

    /// <summary>The document number of <see cref="IdOf"/>.</summary>
    public static int DocOf(Guid id)
    {
        Span<byte> b = stackalloc byte[16];
        id.TryWriteBytes(b);
        return BitConverter.ToInt32(b);
    }

    /// <summary>The share of candidates holding the skill of rank <paramref name="rank"/> (1-based): log-log interpolation between the anchors.</summary>
    public static double FrequencyOfRank(int rank)
    {
        ReadOnlySpan<(double R, double P)> anchors = [(1, 0.95), (10, 0.36), (100, 0.046), (600, 0.008)];
        for (var i = 0; i < anchors.Length - 1; i++)
        {
            var (r0, p0) = anchors[i]; var (r1, p1) = anchors[i + 1];
            if (rank > r1 && i < anchors.Length - 2) continue;
            var t = (Math.Log(rank) - Math.Log(r0)) / (Math.Log(r1) - Math.Log(r0));
            return Math.Exp(Math.Log(p0) + t * (Math.Log(p1) - Math.Log(p0)));
        }
        return anchors[^1].P;
    }

    /// <summary>Generates <paramref name="count"/> candidates and <paramref name="positions"/> positions.</summary>
    public MatchData(int count, int positions, int seed)
    {
        Count = count;
        var prefixes = new[] { "sk", "tool", "meth", "cert", "dom", "lang" };
        Codes = [.. Enumerable.Range(0, Skills).Select(i => $"{prefixes[i % prefixes.Length]}.{i:000}")];
        Frequency = [.. Enumerable.Range(1, Skills).Select(FrequencyOfRank)];

        // Posting lists per skill by geometric skips (one draw per holder), then transposed into per-candidate lists.
        var random = new Random(seed);
        var perSkill = new List<int>[Skills];
        var counts = new int[count + 1];
        for (var s = 0; s < Skills; s++)
        {
            var p = Frequency[s];
            var list = new List<int>((int)(count * p * 1.05) + 16);
            var logq = Math.Log(1 - p);
            var doc = -1;
            while (true)
            {
                doc += 1 + (int)Math.Floor(Math.Log(1 - random.NextDouble()) / logq);
                if (doc >= count || doc < 0) break;
                list.Add(doc);
                counts[doc]++;
            }
            perSkill[s] = list;
        }
        SkillStart = new int[count + 1];
        for (var d = 0; d < count; d++) SkillStart[d + 1] = SkillStart[d] + counts[d];
        var total = SkillStart[count];
        SkillOf = new short[total]; Years = new byte[total]; LastUsed = new short[total];
        var fill = new int[count];
        for (var s = 0; s < Skills; s++)
            foreach (var d in perSkill[s]) SkillOf[SkillStart[d] + fill[d]++] = (short)s;
        perSkill = null;

        Lat = new float[count]; Lon = new float[count]; Workplace = new byte[count]; Engagement = new byte[count]; Authorization = new byte[count];
        AvailableDay = new int[count]; Rate = new float[count]; TotalYears = new float[count]; Budget = new float[count]; Team = new short[count];
        Projects = new byte[count]; OnTime = new byte[count]; OnBudget = new byte[count];
        var metroCdf = Cdf([.. Metros.Select(m => m.Weight)]);
        var today = Today.DayNumber;
        for (var d = 0; d < count; d++)
        {
            var career = Math.Round(random.NextDouble() * random.NextDouble() * 35 + 0.5, 1);
            TotalYears[d] = (float)career;
            for (var i = SkillStart[d]; i < SkillStart[d + 1]; i++)
            {
                var y = Math.Min(career, 0.25 + random.NextDouble() * career);
                Years[i] = PostingList.EncodeYears(y);
                LastUsed[i] = random.Next(5) == 0 ? (short)0 : (short)(2026 - (int)(random.NextDouble() * random.NextDouble() * 15));
            }
            if (random.NextDouble() < 0.02) { Lat[d] = float.NaN; Lon[d] = float.NaN; }
            else
            {
                var m = Metros[Pick(metroCdf, random.NextDouble())];
                // Most live within ~40 km of the centre; a tail farther out.
                var km = Math.Abs(Gaussian(random)) * (random.Next(10) == 0 ? 120 : 25);
                var angle = random.NextDouble() * 2 * Math.PI;
                Lat[d] = (float)(m.Lat + km * Math.Sin(angle) / 111.0);
                Lon[d] = (float)(m.Lon + km * Math.Cos(angle) / (111.0 * Math.Cos(m.Lat * Math.PI / 180)));
            }
            var w = random.NextDouble();
            Workplace[d] = (byte)(w < 0.25 ? WorkplaceMode.OnSite : w < 0.70 ? WorkplaceMode.Hybrid : WorkplaceMode.Remote);
            Engagement[d] = random.Next(10) == 0 ? (byte)0 : (byte)(1 + random.Next(7));
            var a = random.NextDouble();
            Authorization[d] = (byte)(a < 0.10 ? WorkAuthorization.Unknown : a < 0.60 ? WorkAuthorization.Citizen : a < 0.75 ? WorkAuthorization.PermanentResident
                : a < 0.85 ? WorkAuthorization.WorkVisa : WorkAuthorization.RequiresSponsorship);
            AvailableDay[d] = random.Next(5) == 0 ? 0 : today + random.Next(-90, 181);
            Rate[d] = random.Next(7) == 0 ? float.NaN : (float)Math.Round(Math.Clamp(75 * Math.Exp(0.35 * Gaussian(random)), 25, 300), 2);
            var leader = random.Next(5) < 2;
            Budget[d] = leader ? (float)Math.Round(Math.Exp(11 + random.NextDouble() * 6)) : 0;
            Team[d] = leader ? (short)random.Next(2, 60) : (short)0;
            Projects[d] = leader ? (byte)random.Next(1, 12) : (byte)0;
            OnTime[d] = (byte)random.Next(Projects[d] + 1);
            OnBudget[d] = (byte)random.Next(Projects[d] + 1);
        }
        Embeddings = new sbyte[(long)count * Dimensions];
        random.NextBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Embeddings.AsSpan()));
        for (var i = 0; i < Embeddings.Length; i++) if (Embeddings[i] == -128) Embeddings[i] = -127;

        Positions = new GenPosition[positions];
        for (var p = 0; p < positions; p++) Positions[p] = MakePosition(p, random, metroCdf);
    }

    private GenPosition MakePosition(int number, Random random, double[] metroCdf)
    {
        var used = new HashSet<int>();
        var reqs = new List<GenRequirement>();
        int Skill(bool common)
        {
            while (true)
            {
                // Common: among the top 40; otherwise a long-tail rank, weighted toward the middle of the vocabulary.
                var s = common ? random.Next(40) : 40 + (int)(Math.Pow(random.NextDouble(), 1.5) * (Skills - 40));
                if (used.Add(s)) return s;
            }
        }
        // One position in seven has no must-have (optional requirements only), the others one to four.
        var musts = random.Next(7) == 0 ? 0 : 1 + (int)(Math.Pow(random.NextDouble(), 1.6) * 4);
        for (var i = 0; i < musts; i++) reqs.Add(new GenRequirement(Skill(random.Next(2) == 0), Importance.Must, 1 + random.Next(5)));
        var optional = 2 + random.Next(7);
        for (var i = 0; i < optional; i++)
            reqs.Add(new GenRequirement(Skill(random.Next(3) == 0), random.Next(5) < 3 ? Importance.Strong : Importance.Nice, 1 + random.Next(5)));

        double? lat = null, lon = null, radius = null;
        WorkplaceMode workplace;
        if (random.Next(10) < 3) workplace = WorkplaceMode.Remote;
        else
        {
            workplace = random.Next(3) == 0 ? WorkplaceMode.OnSite : WorkplaceMode.Hybrid;
            var m = Metros[Pick(metroCdf, random.NextDouble())];
            lat = m.Lat; lon = m.Lon; radius = 25 + random.Next(6) * 10;
        }
        var engagement = random.Next(10) < 6 ? (EngagementTypes)(1 << random.Next(3)) | (random.Next(3) == 0 ? (EngagementTypes)(1 << random.Next(3)) : 0) : EngagementTypes.None;
        double? maxRate = random.Next(10) < 7 ? 60 + random.Next(19) * 5 : null;
        DateOnly? by = random.Next(2) == 0 ? Today.AddDays(random.Next(0, 91)) : null;
        var auth = random.Next(2) == 0;
        var embedding = new sbyte[Dimensions];
        random.NextBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(embedding.AsSpan()));
        for (var i = 0; i < embedding.Length; i++) if (embedding[i] == -128) embedding[i] = -127;
        return new GenPosition(number, [.. reqs], lat, lon, radius, workplace, engagement, maxRate, by, auth, embedding);
    }

    /// <summary>The engine's document for a candidate.</summary>
    public CandidateDocument Document(int d)
    {
        var n = SkillStart[d + 1] - SkillStart[d];
        var terms = new TermYears[n];
        for (var k = 0; k < n; k++)
        {
            var i = SkillStart[d] + k;
            terms[k] = new TermYears(Codes[SkillOf[i]], PostingList.DecodeYears(Years[i]), LastUsed[i] == 0 ? null : LastUsed[i]);
        }
        return new CandidateDocument(
            IdOf(d), terms, float.IsNaN(Lat[d]) ? null : Lat[d], float.IsNaN(Lon[d]) ? null : Lon[d], (WorkplaceMode)Workplace[d],
            (EngagementTypes)Engagement[d], (WorkAuthorization)Authorization[d], AvailableDay[d] == 0 ? null : DateOnly.FromDayNumber(AvailableDay[d]),
            float.IsNaN(Rate[d]) ? null : Rate[d], TotalYears[d], new TrackSummary(Budget[d], Team[d], Projects[d], OnTime[d], OnBudget[d]),
            Embeddings.AsSpan(d * Dimensions, Dimensions).ToArray());
    }

    /// <summary>Every candidate's document, made as it is read.</summary>
    public IEnumerable<CandidateDocument> Documents()
    {
        for (var d = 0; d < Count; d++) yield return Document(d);
    }

    private static double[] Cdf(double[] weights)
    {
        var cdf = new double[weights.Length];
        var sum = weights.Sum(); var acc = 0.0;
        for (var i = 0; i < weights.Length; i++) { acc += weights[i] / sum; cdf[i] = acc; }
        return cdf;
    }

    private static int Pick(double[] cdf, double u)
    {
        for (var i = 0; i < cdf.Length; i++) if (u < cdf[i]) return i;
        return cdf.Length - 1;
    }

    private static double Gaussian(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
