namespace Shortlist.Domain.Common;

/// <summary>A record people edit: it has an identity, a version for optimistic concurrency and a last-change time.</summary>
public abstract class Entity
{
    /// <summary>Identity, time-ordered so inserts stay local in indexes.</summary>
    public Guid Id { get; protected set; } = Guid.CreateVersion7();

    /// <summary>Incremented by the persistence layer on every saved change; a stale version is refused.</summary>
    public long Version { get; set; }

    /// <summary>When the record was created.</summary>
    public DateTimeOffset CreatedAt { get; protected set; }

    /// <summary>When the record last changed.</summary>
    public DateTimeOffset UpdatedAt { get; protected set; }

    /// <summary>Marks the record as changed at <paramref name="now"/>.</summary>
    protected void Touch(DateTimeOffset now)
    {
        if (CreatedAt == default) CreatedAt = now;
        UpdatedAt = now;
    }
}
