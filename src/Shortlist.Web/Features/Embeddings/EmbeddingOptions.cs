namespace Shortlist.Web.Features.Embeddings;

/// <summary>Settings of the background work that keeps text embeddings current (section "Embeddings").</summary>
public sealed class EmbeddingOptions
{
    public const string Section = "Embeddings";

    /// <summary>Whether this node runs the <see cref="EmbeddingWorker"/>. The <c>embed</c> verb works either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many records are embedded and saved together (one DbContext per batch).</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>How often the change feed is read for new work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait before retrying after a failure (the wait doubles from one second up to this).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
}
