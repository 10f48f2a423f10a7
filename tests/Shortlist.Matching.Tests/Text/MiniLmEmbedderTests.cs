using System.Diagnostics;
using Shortlist.Embeddings;
using Shortlist.Matching.Text;
using Xunit.Abstractions;

namespace Shortlist.Matching.Tests.Text;

/// <summary>Loads the model once for the class (about 1 s and 90 MB).</summary>
public sealed class MiniLmFixture : IDisposable
{
    public MiniLmFixture()
    {
        var watch = Stopwatch.StartNew();
        Embedder = new MiniLmEmbedder();
        Assert.False(Embedder.IsLoaded);
        Embedder.Load();
        LoadTime = watch.Elapsed;
    }

    public MiniLmEmbedder Embedder { get; }
    public TimeSpan LoadTime { get; }

    public void Dispose() => Embedder.Dispose();
}

public sealed class MiniLmEmbedderTests(MiniLmFixture model, ITestOutputHelper output) : IClassFixture<MiniLmFixture>
{
    private const string EpicPm1 =
        "Healthcare IT project manager with nine years leading Epic EHR implementations. Led ambulatory and inpatient " +
        "go-lives for a 12-hospital system, managed clinical analysts and vendor teams, PMP certified.";

    private const string EpicPm2 =
        "Program manager for Epic electronic health record roll-outs at academic medical centers: planning, build, " +
        "testing and go-live support for Epic Beaker, Cadence and ClinDoc; coordinated physicians, nurses and IT staff.";

    private const string PosDeveloper =
        "Retail software developer building point-of-sale systems in C# and Java for grocery chains: payment terminal " +
        "integration, receipt printing, barcode scanners and store inventory synchronisation.";

    private float[] Embed(string text)
    {
        var v = new float[model.Embedder.Dimensions];
        model.Embedder.Embed(text, v);
        return v;
    }

    [Fact]
    public void Describes_ItsModel()
    {
        Assert.Equal("all-MiniLM-L6-v2", model.Embedder.Model);
        Assert.Equal(384, model.Embedder.Dimensions);
    }

    [Fact]
    public void SimilarProfiles_ScoreHigherThanDissimilarOnes_InFloatAndInt8()
    {
        var (a, b, c) = (Embed(EpicPm1), Embed(EpicPm2), Embed(PosDeveloper));
        var (qa, qb, qc) = (Int8Embedding.Quantize(a), Int8Embedding.Quantize(b), Int8Embedding.Quantize(c));

        var similar = Cosine(a, b);
        var dissimilar = Cosine(a, c);
        output.WriteLine($"float: Epic PM vs Epic PM {similar:0.000}, Epic PM vs POS developer {dissimilar:0.000}");
        output.WriteLine($"int8:  Epic PM vs Epic PM {Int8Embedding.Cosine(qa, qb):0.000}, Epic PM vs POS developer {Int8Embedding.Cosine(qa, qc):0.000}");

        Assert.True(similar > dissimilar + 0.2, $"{similar} vs {dissimilar}");
        Assert.True(Int8Embedding.Cosine(qa, qb) > Int8Embedding.Cosine(qa, qc) + 0.2);
        Assert.True(Int8Embedding.Cosine(qb, qa) > Int8Embedding.Cosine(qb, qc));
        foreach (var (x, y, qx, qy) in new[] { (a, b, qa, qb), (a, c, qa, qc), (b, c, qb, qc), (a, a, qa, qa) })
            Assert.Equal(Cosine(x, y), Int8Embedding.Cosine(qx, qy), 0.02);
    }

    [Fact]
    public void Vectors_AreUnitLength_AndTheSameForTheSameText()
    {
        var v = Embed(EpicPm1);
        Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 3);
        Assert.Equal(v, Embed(EpicPm1));
    }

    [Fact]
    public void TextsLongerThanTheModelReads_AreEmbeddedWithoutError()
    {
        var v = Embed(string.Join(' ', Enumerable.Repeat(EpicPm1, 40)));
        Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 3);
        Assert.Equal(1.0, Math.Sqrt(Embed("").Sum(x => (double)x * x)), 3);
    }

    [Fact]
    public void Embedding_FromSeveralThreadsAtOnce_GivesTheSameVectors()
    {
        var expected = Embed(EpicPm2);
        Parallel.For(0, 8, _ => Assert.Equal(expected, Embed(EpicPm2)));
    }

    [Fact]
    public void Timing_IsReported()
    {
        var text = ProfileText.ForCandidate(ProfileTextTests.Candidate(EpicPm1[..60], EpicPm1 + " " + EpicPm2, PosDeveloper));
        Embed(text); // warm
        var watch = Stopwatch.StartNew();
        const int n = 20;
        for (var i = 0; i < n; i++) Embed(text + i);
        var per = watch.Elapsed.TotalMilliseconds / n;
        watch.Restart();
        for (var i = 0; i < n; i++) Embed("Epic implementation project manager " + i);
        var sentence = watch.Elapsed.TotalMilliseconds / n;
        output.WriteLine($"model load {model.LoadTime.TotalMilliseconds:0} ms; {per:0.0} ms a profile of {text.Length} characters; {sentence:0.0} ms a short sentence");
        Assert.True(per < 1_000);
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++) { dot += a[i] * (double)b[i]; na += a[i] * (double)a[i]; nb += b[i] * (double)b[i]; }
        return dot / Math.Sqrt(na * nb);
    }
}
