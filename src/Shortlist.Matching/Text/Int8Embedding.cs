using System.Numerics;

namespace Shortlist.Matching.Text;

/// <summary>Int8 text embeddings: quantisation of unit vectors and their dot products.</summary>
public static class Int8Embedding
{
    /// <summary>L2-normalises <paramref name="vector"/> and scales it to −127…127.</summary>
    public static void Quantize(ReadOnlySpan<float> vector, Span<sbyte> destination)
    {
        if (destination.Length != vector.Length) throw new ArgumentException("Destination and vector differ in length.", nameof(destination));
        double norm = 0;
        foreach (var v in vector) norm += v * (double)v;
        norm = Math.Sqrt(norm);
        for (var i = 0; i < vector.Length; i++)
            destination[i] = norm == 0 ? (sbyte)0 : (sbyte)Math.Clamp(Math.Round(vector[i] / norm * 127), -127, 127);
    }

    /// <summary>The integer dot product.</summary>
    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        if (a.Length != b.Length) throw new ArgumentException("Vectors differ in length.", nameof(b));
        var sum = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<sbyte>.Count)
        {
            var acc = Vector<int>.Zero;
            for (; i <= a.Length - Vector<sbyte>.Count; i += Vector<sbyte>.Count)
            {
                Vector.Widen(new Vector<sbyte>(a[i..]), out var a0, out var a1);
                Vector.Widen(new Vector<sbyte>(b[i..]), out var b0, out var b1);
                Vector.Widen(a0 * b0, out var p0, out var p1);
                Vector.Widen(a1 * b1, out var p2, out var p3);
                acc += p0 + p1 + p2 + p3;
            }
            sum = Vector.Sum(acc);
        }
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>The cosine of two quantised unit vectors: the dot product over 127².</summary>
    public static double Cosine(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b) => Dot(a, b) / (127.0 * 127.0);
}
