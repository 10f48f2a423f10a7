using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Shortlist.Matching.Text;

/// <summary>
/// Text embeddings kept as one signed byte per dimension (384 bytes for MiniLM instead of 1,536 as floats), and their
/// dot products in integer arithmetic, which is exact: no rounding, the same answer on every machine.
/// </summary>
public static class Int8Embedding
{
    /// <summary>The value a component of 1 (of a unit vector) is stored as.</summary>
    public const int Scale = 127;

    /// <summary>
    /// The longest vectors <see cref="Dot"/> takes: every product is at most 128 × 128 = 16,384, so the sum of this many
    /// fits in an <see cref="int"/>.
    /// </summary>
    public const int MaxLength = int.MaxValue / (128 * 128);

    /// <summary>
    /// Stores <paramref name="vector"/> as bytes: scaled to unit length (L2), multiplied by <see cref="Scale"/>, rounded to
    /// the nearest integer and clamped to [-127, 127]. A zero vector (or one with a non-finite length) is stored as zeros.
    /// </summary>
    public static void Quantize(ReadOnlySpan<float> vector, Span<sbyte> destination)
    {
        if (destination.Length < vector.Length) throw new ArgumentException("The destination is shorter than the vector.", nameof(destination));
        double sum = 0;
        foreach (var x in vector) sum += (double)x * x;
        var norm = Math.Sqrt(sum);
        if (!(norm > 0) || !double.IsFinite(norm))
        {
            destination[..vector.Length].Clear();
            return;
        }
        var factor = Scale / norm;
        for (var i = 0; i < vector.Length; i++)
        {
            var q = Math.Round(vector[i] * factor, MidpointRounding.AwayFromZero);
            destination[i] = (sbyte)(q > Scale ? Scale : q < -Scale ? -Scale : double.IsNaN(q) ? 0 : q);
        }
    }

    /// <summary>Returns <paramref name="vector"/> quantized into a new array (see <see cref="Quantize(ReadOnlySpan{float}, Span{sbyte})"/>).</summary>
    public static sbyte[] Quantize(ReadOnlySpan<float> vector)
    {
        var result = new sbyte[vector.Length];
        Quantize(vector, result);
        return result;
    }

    /// <summary>
    /// The exact dot product of two vectors of the same length (at most <see cref="MaxLength"/>), every value from -128 to 127
    /// allowed. Uses AVX2 where the processor has it, otherwise <see cref="Vector{T}"/>, and plain code for the tail.
    /// </summary>
    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        Check(a, b);
        return Avx2.IsSupported ? DotAvx2(a, b) : DotPortable(a, b);
    }

    /// <summary>
    /// The cosine of two vectors made by <see cref="Quantize(ReadOnlySpan{float}, Span{sbyte})"/> from any non-zero vectors,
    /// taken as <c>Dot(a, b) / 127²</c>: both are unit vectors times 127 up to rounding, so their lengths are not
    /// recomputed (that would cost two more dot products). The rounding moves the result by about 0.01 at most for 384
    /// dimensions; the value may stray slightly beyond [-1, 1]. For vectors not made by quantizing, use
    /// <see cref="ExactCosine"/>.
    /// </summary>
    public static double Cosine(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b) => Dot(a, b) / (double)(Scale * Scale);

    /// <summary>The cosine of any two vectors, dividing by their lengths; 0 when either is zero.</summary>
    public static double ExactCosine(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var norms = (double)Dot(a, a) * Dot(b, b);
        return norms > 0 ? Dot(a, b) / Math.Sqrt(norms) : 0;
    }

    /// <summary>The dot product one element at a time: the reference the vectorised paths are tested against.</summary>
    internal static int DotScalar(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        Check(a, b);
        var sum = 0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>With <see cref="Vector{T}"/>: sign-extend bytes to 16 bits, multiply (|product| ≤ 16,384 fits), widen the products to 32 bits and add.</summary>
    internal static int DotPortable(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        Check(a, b);
        var i = 0;
        var sum = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<sbyte>.Count)
        {
            var acc = Vector<int>.Zero;
            ref var ra = ref MemoryMarshal.GetReference(a);
            ref var rb = ref MemoryMarshal.GetReference(b);
            for (; i <= a.Length - Vector<sbyte>.Count; i += Vector<sbyte>.Count)
            {
                var va = Vector.LoadUnsafe(ref ra, (nuint)i);
                var vb = Vector.LoadUnsafe(ref rb, (nuint)i);
                Vector.Widen(va, out var aLow, out var aHigh);
                Vector.Widen(vb, out var bLow, out var bHigh);
                Vector.Widen(aLow * bLow, out var p0, out var p1);
                Vector.Widen(aHigh * bHigh, out var p2, out var p3);
                acc += (p0 + p1) + (p2 + p3);
            }
            sum = Vector.Sum(acc);
        }
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>
    /// With AVX2, 32 bytes a step: sign-extend each half to 16 bits, then <c>vpmaddwd</c> multiplies 16-bit pairs and adds
    /// neighbours into 32 bits (at most 2 × 16,384, exact).
    /// </summary>
    internal static int DotAvx2(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        Check(a, b);
        if (!Avx2.IsSupported) return DotPortable(a, b);
        var i = 0;
        var sum = 0;
        if (a.Length >= Vector256<sbyte>.Count)
        {
            var acc = Vector256<int>.Zero;
            ref var ra = ref MemoryMarshal.GetReference(a);
            ref var rb = ref MemoryMarshal.GetReference(b);
            for (; i <= a.Length - Vector256<sbyte>.Count; i += Vector256<sbyte>.Count)
            {
                var va = Vector256.LoadUnsafe(ref ra, (nuint)i);
                var vb = Vector256.LoadUnsafe(ref rb, (nuint)i);
                var aLow = Avx2.ConvertToVector256Int16(va.GetLower());
                var aHigh = Avx2.ConvertToVector256Int16(va.GetUpper());
                var bLow = Avx2.ConvertToVector256Int16(vb.GetLower());
                var bHigh = Avx2.ConvertToVector256Int16(vb.GetUpper());
                acc = Avx2.Add(acc, Avx2.Add(Avx2.MultiplyAddAdjacent(aLow, bLow), Avx2.MultiplyAddAdjacent(aHigh, bHigh)));
            }
            sum = Vector256.Sum(acc);
        }
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Check(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        if (a.Length != b.Length) throw new ArgumentException("The vectors differ in length.", nameof(b));
        if (a.Length > MaxLength) throw new ArgumentException($"Vectors longer than {MaxLength} could overflow.", nameof(a));
    }
}
