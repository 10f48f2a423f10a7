namespace Shortlist.Data.Embeddings;

/// <summary>What a text embedding stands for.</summary>
public enum OwnerKind
{
    Candidate,
    Position,
}

/// <summary>
/// The int8 text embedding of a candidate's profile or a position's description (see Shortlist.Matching.Text), kept so
/// the matching index can load it at start-up instead of running the model. One per owner.
/// </summary>
public sealed class TextEmbedding
{
    /// <summary>The length of every stored vector (all-MiniLM-L6-v2).</summary>
    public const int Dimensions = 384;

    public OwnerKind OwnerKind { get; set; }
    public Guid OwnerId { get; set; }

    /// <summary>The model that computed the vector; another model's vectors are stale.</summary>
    public string Model { get; set; } = "";

    /// <summary>SHA-256 (hex) of the model name and the embedded text: the vector is recomputed only when it changes.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>The owner's version when the vector was last checked, so a scan finds changed owners without reading their text.</summary>
    public long SourceVersion { get; set; }

    /// <summary>One signed byte per dimension (the bytes of an <see cref="sbyte"/> array), unit vector × 127.</summary>
    public byte[] Vector { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
