using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shortlist.Data.ChangeFeed;
using Shortlist.Data.Embeddings;
using Shortlist.Data.Files;
using Shortlist.Data.Identity;
using Shortlist.Domain.Activities;
using Shortlist.Domain.Auditing;
using Shortlist.Domain.Taxonomy;

namespace Shortlist.Data.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.ConfigureEntity();
        b.HasIndex(a => new { a.Subject, a.SubjectId, a.OccurredAt });
        b.HasIndex(a => a.CandidateId);
    }
}

internal sealed class TaxonomyEntryConfiguration : IEntityTypeConfiguration<TaxonomyEntry>
{
    public void Configure(EntityTypeBuilder<TaxonomyEntry> b)
    {
        b.ConfigureEntity();
        b.Property(t => t.Code).HasMaxLength(100);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.ParentCode).HasMaxLength(100);
        b.Property(t => t.Aliases).AsJson();
        b.HasIndex(t => t.Code).IsUnique();
    }
}

internal sealed class IndustryPlaybookConfiguration : IEntityTypeConfiguration<IndustryPlaybook>
{
    public void Configure(EntityTypeBuilder<IndustryPlaybook> b)
    {
        b.ConfigureEntity();
        b.Property(p => p.IndustryCode).HasMaxLength(100);
        b.HasIndex(p => p.IndustryCode).IsUnique();
        b.Property(p => p.Items).AsJson();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedOnAdd();
        b.Property(a => a.Action).HasMaxLength(100);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.IpAddress).HasMaxLength(64);
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class ChangeFeedEntryConfiguration : IEntityTypeConfiguration<ChangeFeedEntry>
{
    public void Configure(EntityTypeBuilder<ChangeFeedEntry> b)
    {
        b.HasKey(c => c.Sequence);
        b.Property(c => c.Sequence).ValueGeneratedOnAdd();
        b.Property(c => c.EntityType).HasMaxLength(40);
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.HasKey(f => f.Id);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.FileName).HasMaxLength(255);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.HasIndex(f => f.Sha256);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.Email).HasMaxLength(254);
        b.Property(i => i.Role).HasMaxLength(40);
        b.Property(i => i.TokenHash).HasMaxLength(64);
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.Property(i => i.AcceptedAt).IsConcurrencyToken(); // an invitation is spent once, even by two racing requests
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<ShortlistUser>
{
    public void Configure(EntityTypeBuilder<ShortlistUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.HasIndex(u => u.OrganizationId);
    }
}

internal sealed class TextEmbeddingConfiguration : IEntityTypeConfiguration<TextEmbedding>
{
    public void Configure(EntityTypeBuilder<TextEmbedding> b)
    {
        // The key is the owner: one vector per candidate or position, read in owner order at start-up.
        b.HasKey(e => new { e.OwnerKind, e.OwnerId });
        b.Property(e => e.Model).HasMaxLength(100);
        b.Property(e => e.ContentHash).HasMaxLength(64);
        b.Property(e => e.Vector).HasMaxLength(TextEmbedding.Dimensions);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<Shortlist.Data.Mail.OutboxMessage>
{
    public void Configure(EntityTypeBuilder<Shortlist.Data.Mail.OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.To).HasMaxLength(254);
        b.Property(m => m.Subject).HasMaxLength(500);
        b.Property(m => m.LastError).HasMaxLength(2_000);
        b.Property(m => m.Stamp).IsConcurrencyToken();
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.HasIndex(m => m.To);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Shortlist.Domain.Notifications.Notification>
{
    public void Configure(EntityTypeBuilder<Shortlist.Domain.Notifications.Notification> b)
    {
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Kind).HasMaxLength(60);
        b.Property(n => n.Text).HasMaxLength(500);
        b.Property(n => n.Link).HasMaxLength(500);
        b.HasOne<ShortlistUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
    }
}

internal sealed class NotificationMarkConfiguration : IEntityTypeConfiguration<Shortlist.Domain.Notifications.NotificationMark>
{
    public void Configure(EntityTypeBuilder<Shortlist.Domain.Notifications.NotificationMark> b)
    {
        b.HasKey(m => new { m.SubjectId, m.Kind });
        b.Property(m => m.Kind).HasMaxLength(60);
        b.Property(m => m.State).HasMaxLength(60);
    }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> b)
    {
        b.HasKey(t => t.Id);
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.Scopes).HasMaxLength(40);
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.Property(t => t.Prefix).HasMaxLength(16);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasIndex(t => t.UserId);
        b.HasOne<ShortlistUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RetentionNoticeConfiguration : IEntityTypeConfiguration<RetentionNotice>
{
    public void Configure(EntityTypeBuilder<RetentionNotice> b) => b.HasKey(n => n.CandidateId);
}

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<Shortlist.Domain.Talent.SavedSearch>
{
    public void Configure(EntityTypeBuilder<Shortlist.Domain.Talent.SavedSearch> b)
    {
        b.ConfigureEntity();
        b.Property(s => s.Name).HasMaxLength(Shortlist.Domain.Talent.SavedSearch.MaxName);
        b.Property(s => s.Parameters).HasMaxLength(Shortlist.Domain.Talent.SavedSearch.MaxParameters);
        b.HasIndex(s => new { s.OwnerUserId, s.Name });
    }
}

internal sealed class SavedSearchAlertConfiguration : IEntityTypeConfiguration<Shortlist.Domain.Talent.SavedSearchAlert>
{
    public void Configure(EntityTypeBuilder<Shortlist.Domain.Talent.SavedSearchAlert> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        // A candidate is announced once per saved search, however often they change.
        b.HasIndex(a => new { a.SavedSearchId, a.CandidateId }).IsUnique();
        b.HasIndex(a => new { a.OwnerUserId, a.CreatedAt });
        b.HasOne<Shortlist.Domain.Talent.SavedSearch>().WithMany().HasForeignKey(a => a.SavedSearchId).OnDelete(DeleteBehavior.Cascade);
    }
}
