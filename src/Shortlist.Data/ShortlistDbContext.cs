using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Shortlist.Data.ChangeFeed;
using Shortlist.Data.Embeddings;
using Shortlist.Data.Configurations;
using Shortlist.Data.Files;
using Shortlist.Data.Identity;
using Shortlist.Domain.Activities;
using Shortlist.Domain.Auditing;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Engagements;
using Shortlist.Domain.Organizations;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;
using Shortlist.Domain.Taxonomy;

namespace Shortlist.Data;

/// <summary>The one database of the product, on SQLite or PostgreSQL.</summary>
public sealed class ShortlistDbContext(DbContextOptions<ShortlistDbContext> options, TimeProvider? clock = null)
    : IdentityDbContext<ShortlistUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<SearchRequest> SearchRequests => Set<SearchRequest>();
    public DbSet<Position> Positions => Set<Position>();
    public DbSet<Candidate> Candidates => Set<Candidate>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<Interview> Interviews => Set<Interview>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<CandidateReveal> CandidateReveals => Set<CandidateReveal>();
    public DbSet<Engagement> Engagements => Set<Engagement>();
    public DbSet<TimesheetWeek> Timesheets => Set<TimesheetWeek>();
    public DbSet<Shortlist.Domain.Notifications.Notification> Notifications => Set<Shortlist.Domain.Notifications.Notification>();
    public DbSet<Shortlist.Domain.Notifications.NotificationMark> NotificationMarks => Set<Shortlist.Domain.Notifications.NotificationMark>();
    public DbSet<Shortlist.Data.Mail.OutboxMessage> Outbox => Set<Shortlist.Data.Mail.OutboxMessage>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<MessageTemplate> MessageTemplates => Set<MessageTemplate>();
    public DbSet<Shortlist.Domain.Searches.EffortEntry> EffortEntries => Set<Shortlist.Domain.Searches.EffortEntry>();
    public DbSet<TaxonomyEntry> TaxonomyEntries => Set<TaxonomyEntry>();
    public DbSet<IndustryPlaybook> IndustryPlaybooks => Set<IndustryPlaybook>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ChangeFeedEntry> ChangeFeed => Set<ChangeFeedEntry>();
    public DbSet<StoredFile> Files => Set<StoredFile>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();
    public DbSet<CareerConversation> CareerConversations => Set<CareerConversation>();
    public DbSet<TextEmbedding> TextEmbeddings => Set<TextEmbedding>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<RetentionNotice> RetentionNotices => Set<RetentionNotice>();
    public DbSet<Shortlist.Domain.Talent.SavedSearch> SavedSearches => Set<Shortlist.Domain.Talent.SavedSearch>();
    public DbSet<Shortlist.Domain.Duplicates.DuplicatePair> DuplicatePairs => Set<Shortlist.Domain.Duplicates.DuplicatePair>();
    public DbSet<Shortlist.Domain.Talent.SavedSearchAlert> SavedSearchAlerts => Set<Shortlist.Domain.Talent.SavedSearchAlert>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ShortlistDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset values; UTC ticks sort correctly on both providers' terms.
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        else
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<EngagementTypes>().HaveConversion<int>(); // flags: kept numeric so a mask can be tested in SQL
    }

    // Libraries (data protection, some Identity paths) save synchronously; both paths keep the same guarantees.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAuditLog();
        StampVersions();
        if (AppendChangeFeed() == 0 || !IsPostgres) return base.SaveChanges(acceptAllChangesOnSuccess);
        var own = Database.CurrentTransaction is null;
        using var tx = own ? Database.BeginTransaction() : null;
        Database.ExecuteSqlRaw(FeedLock);
        var count = base.SaveChanges(acceptAllChangesOnSuccess);
        tx?.Commit();
        return count;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAuditLog();
        StampVersions();
        if (AppendChangeFeed() == 0 || !IsPostgres) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var own = Database.CurrentTransaction is null;
        await using var tx = own ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await Database.ExecuteSqlRawAsync(FeedLock, cancellationToken);
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (tx is not null) await tx.CommitAsync(cancellationToken);
        return count;
    }

    // On PostgreSQL a sequence value is taken at insert but becomes visible at commit; holding one lock from
    // insert to commit makes commit order equal sequence order, so a follower reading "after N" never skips a row.
    private const string FeedLock = "SELECT pg_advisory_xact_lock(7270001)";

    /// <summary>The audit log is append-only: a change or deletion of an entry is refused before it reaches the database (which refuses it too, by trigger).</summary>
    private void GuardAuditLog()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Audit entries cannot be changed or deleted.");
    }

    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Modified)
                entry.Property(e => e.Version).CurrentValue = entry.Property(e => e.Version).OriginalValue + 1;
            else if (entry.State == EntityState.Added && entry.Entity.Version == 0)
                entry.Entity.Version = 1;
        }
    }

    private int AppendChangeFeed()
    {
        var now = _clock.GetUtcNow();
        var rows = ChangeTracker.Entries()
            .Where(e => e.Entity is Candidate or Position && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new ChangeFeedEntry
            {
                EntityType = e.Entity is Candidate ? nameof(Candidate) : nameof(Position),
                EntityId = ((Entity)e.Entity).Id,
                Kind = e.State == EntityState.Deleted ? ChangeKind.Deleted : ChangeKind.Upserted,
                At = now,
            })
            .ToList();
        ChangeFeed.AddRange(rows);
        // Rows added by hand (a new text embedding tells followers to read its owner again) need the same ordering lock.
        return ChangeTracker.Entries<ChangeFeedEntry>().Count(e => e.State == EntityState.Added);
    }
}
