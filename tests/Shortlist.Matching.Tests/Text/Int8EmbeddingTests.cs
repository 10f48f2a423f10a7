using System.Runtime.Intrinsics.X86;
using Shortlist.Matching.Text;

namespace Shortlist.Matching.Tests.Text;

public sealed class Int8EmbeddingTests
{
    public static TheoryData<int> Lengths => [0, 1, 2, 7, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 383, 384, 385, 1000, 4099];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Dot_OnRandomVectors_EqualsTheScalarReferenceOnEveryPath(int length)
    {
        var random = new Random(length + 1);
        for (var round = 0; round < 20; round++)
        {
            var a = RandomBytes(random, length);
            var b = RandomBytes(random, length);
            var expected = Reference(a, b);
            Assert.Equal(expected, Int8Embedding.Dot(a, b));
            Assert.Equal(expected, Int8Embedding.DotScalar(a, b));
            Assert.Equal(expected, Int8Embedding.DotPortable(a, b));
            Assert.Equal(expected, Int8Embedding.DotAvx2(a, b));
        }
    }

    [Theory]
    [InlineData(-128, -128)]
    [InlineData(-128, 127)]
    [InlineData(127, 127)]
    [InlineData(-127, -127)]
    public void Dot_OnExtremeValues_DoesNotOverflowAnywhere(int x, int y)
    {
        foreach (var length in new[] { 1, 31, 32, 384, 4096, Int8Embedding.MaxLength })
        {
            var a = Filled(length, (sbyte)x);
            var b = Filled(length, (sbyte)y);
            var expected = (long)x * y * length;
            Assert.Equal(expected, Int8Embedding.Dot(a, b));
            Assert.Equal(expected, Int8Embedding.DotPortable(a, b));
            Assert.Equal(expected, Int8Embedding.DotAvx2(a, b));
        }
    }

    [Fact]
    public void Dot_OnAlternatingExtremes_IsExact()
    {
        // Neighbouring products of opposite sign and the largest size: a 16-bit sum of two would overflow.
        var a = new sbyte[385];
        var b = new sbyte[385];
        for (var i = 0; i < a.Length; i++) (a[i], b[i]) = i % 3 == 0 ? ((sbyte)-128, (sbyte)-128) : i % 3 == 1 ? ((sbyte)-128, (sbyte)127) : ((sbyte)127, (sbyte)-128);
        Assert.Equal(Reference(a, b), Int8Embedding.Dot(a, b));
        Assert.Equal(Reference(a, b), Int8Embedding.DotPortable(a, b));
    }

    [Fact]
    public void Dot_RefusesVectorsOfDifferentLengthsOrTooLong()
    {
        Assert.Throws<ArgumentException>(() => Int8Embedding.Dot(new sbyte[3], new sbyte[4]));
        Assert.Throws<ArgumentException>(() => Int8Embedding.Dot(new sbyte[Int8Embedding.MaxLength + 1], new sbyte[Int8Embedding.MaxLength + 1]));
    }

    [Fact]
    public void TheMachine_RunsTheVectorisedPath()
    {
        // Not a rule of the product, a note for whoever reads the numbers: which path the timings above measured.
        Assert.True(Avx2.IsSupported || System.Numerics.Vector.IsHardwareAccelerated);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Quantize_MatchesTheDefinition(int length)
    {
        var random = new Random(length + 7);
        for (var round = 0; round < 20; round++)
        {
            var v = new float[length];
            for (var i = 0; i < length; i++) v[i] = (float)(random.NextDouble() * 2 - 1) * (round % 2 == 0 ? 1 : 1e4f);
            var q = Int8Embedding.Quantize(v);
            var norm = Math.Sqrt(v.Sum(x => (double)x * x));
            for (var i = 0; i < length; i++)
            {
                var expected = norm == 0 ? 0 : Math.Clamp(Math.Round(v[i] / norm * 127, MidpointRounding.AwayFromZero), -127, 127);
                Assert.Equal(expected, q[i]);
            }
        }
    }

    [Fact]
    public void Quantize_OfZeroOrNonFiniteVectors_GivesZeros()
    {
        Assert.All(Int8Embedding.Quantize(new float[384]), x => Assert.Equal(0, x));
        Assert.All(Int8Embedding.Quantize([1f, float.NaN, 2f]), x => Assert.Equal(0, x));
        Assert.All(Int8Embedding.Quantize([float.PositiveInfinity, 1f]), x => Assert.Equal(0, x));
    }

    [Fact]
    public void Quantize_OfExtremeFiniteValues_StaysInRangeAndKeepsTheDirection()
    {
        var q = Int8Embedding.Quantize([float.MaxValue, -float.MaxValue, 0f, float.Epsilon]);
        Assert.Equal([90, -90, 0, 0], q.Select(x => (int)x));
        var one = Int8Embedding.Quantize([-3f]);
        Assert.Equal(-127, one[0]);
        var tiny = Int8Embedding.Quantize([1e-30f, -1e-30f]);
        Assert.Equal([90, -90], tiny.Select(x => (int)x));
    }

    [Fact]
    public void Quantize_RefusesAShortDestination()
        => Assert.Throws<ArgumentException>(() => Int8Embedding.Quantize(new float[4], new sbyte[3]));

    [Fact]
    public void Cosine_OfQuantizedRandomVectors_IsWithinAHundredthOfTheFloatCosine()
    {
        var random = new Random(384);
        for (var round = 0; round < 200; round++)
        {
            var a = RandomUnitish(random, 384);
            var b = RandomUnitish(random, 384);
            // Mix in a share of a to get cosines across the range, not only near 0.
            var share = round / 200.0;
            for (var i = 0; i < b.Length; i++) b[i] = (float)(share * a[i] + (1 - share) * b[i]);
            var qa = Int8Embedding.Quantize(a);
            var qb = Int8Embedding.Quantize(b);
            Assert.Equal(FloatCosine(a, b), Int8Embedding.Cosine(qa, qb), 0.01);
            Assert.Equal(Int8Embedding.Dot(qa, qb) / (127.0 * 127.0), Int8Embedding.Cosine(qa, qb));
            Assert.Equal(FloatCosine(a, b), Int8Embedding.ExactCosine(qa, qb), 0.01);
        }
    }

    [Fact]
    public void Cosine_OfAVectorWithItself_IsAboutOne()
    {
        var q = Int8Embedding.Quantize(RandomUnitish(new Random(5), 384));
        Assert.Equal(1.0, Int8Embedding.Cosine(q, q), 0.01);
        Assert.Equal(1.0, Int8Embedding.ExactCosine(q, q), 12);
        Assert.Equal(0.0, Int8Embedding.ExactCosine(q, new sbyte[384]));
    }

    private static int Reference(sbyte[] a, sbyte[] b)
    {
        long sum = 0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return checked((int)sum);
    }

    private static sbyte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return [.. bytes.Select(b => unchecked((sbyte)b))];
    }

    private static sbyte[] Filled(int length, sbyte value)
    {
        var a = new sbyte[length];
        Array.Fill(a, value);
        return a;
    }

    private static float[] RandomUnitish(Random random, int length)
    {
        var v = new float[length];
        for (var i = 0; i < length; i++) v[i] = (float)(random.NextDouble() * 2 - 1);
        return v;
    }

    private static double FloatCosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++) { dot += a[i] * (double)b[i]; na += a[i] * (double)a[i]; nb += b[i] * (double)b[i]; }
        return dot / Math.Sqrt(na * nb);
    }
}
