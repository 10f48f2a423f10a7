namespace Shortlist.Web.Seeding;

/// <summary>
/// A seeded random source with the few draws the generator needs. A seeded <see cref="Random"/> uses
/// the legacy algorithm, which .NET keeps stable, so the same seed gives the same data on every machine.
/// </summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Combines a seed with stream and run numbers; <see cref="HashCode"/> is not used because it is salted per process.</summary>
    public static int Mix(int seed, int stream, int run = 0)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)stream << 32) ^ ((ulong)(uint)run * 0xD6E8FEB86659FD93UL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
        }
    }

    public int NextSeed() => _random.Next();

    public int Next(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    public double Double(double min, double max) => min + (_random.NextDouble() * (max - min));

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public double Normal(double mean, double deviation)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + (deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    /// <summary>A value spread evenly on a log scale, as budgets and team sizes are.</summary>
    public double LogUniform(double min, double max) => Math.Exp(Double(Math.Log(min), Math.Log(max)));

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public T Weighted<T>(IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = 0.0;
        for (var i = 0; i < items.Count; i++) total += weight(items[i]);
        var x = _random.NextDouble() * total;
        for (var i = 0; i < items.Count; i++)
        {
            x -= weight(items[i]);
            if (x < 0) return items[i];
        }
        return items[^1];
    }

    /// <summary>Up to <paramref name="count"/> distinct items in random order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToArray();
        var n = Math.Min(count, pool.Length);
        for (var i = 0; i < n; i++)
        {
            var j = _random.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool[..n].ToList();
    }
}
