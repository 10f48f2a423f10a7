using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shortlist.Domain.Candidates;

namespace Shortlist.Data.Configurations;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> b)
    {
        b.ConfigureEntity();
        b.Property(c => c.FirstName).HasMaxLength(100);
        b.Property(c => c.LastName).HasMaxLength(100);
        b.Property(c => c.Email).HasMaxLength(254);
        b.Property(c => c.Phone).HasMaxLength(40);
        b.Property(c => c.Headline).HasMaxLength(200);
        b.Property(c => c.Source).HasMaxLength(100);
        b.Property(c => c.Links).AsJson();
        b.Property(c => c.Roles).AsJson();
        b.Property(c => c.Skills).AsJson();
        b.Property(c => c.Certifications).AsJson();
        b.Property(c => c.Industries).AsJson();
        b.Property(c => c.TrackRecord).AsJson();
        b.Property(c => c.Education).AsJson();
        b.Property(c => c.CorrectedFields).AsJson();
        b.Property(c => c.Preferences).AsJson();
        b.OwnsPlace(c => c.Location);
        b.Ignore(c => c.FullName);
        b.HasIndex(c => c.Email);
        // Duplicate detection looks candidates up by these keys, one index each, never by scanning the pool.
        b.Property(c => c.EmailKey).HasMaxLength(254);
        b.Property(c => c.PhoneKey).HasMaxLength(20);
        b.Property(c => c.NameKey).HasMaxLength(120);
        // Records saved before the column existed read as an empty list.
        b.Property(c => c.EarlierResumeFileIds).AsJson().HasDefaultValueSql("'[]'");
        b.HasIndex(c => c.EmailKey);
        b.HasIndex(c => c.PhoneKey);
        b.HasIndex(c => c.NameKey);
        b.HasIndex(c => c.UserId).IsUnique();
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ConfigureEntity();
        b.Property(c => c.NoticeVersion).HasMaxLength(40);
        b.HasOne<Candidate>().WithMany().HasForeignKey(c => c.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.CandidateId, c.GivenAt });
    }
}

internal sealed class CareerConversationConfiguration : IEntityTypeConfiguration<CareerConversation>
{
    public void Configure(EntityTypeBuilder<CareerConversation> b)
    {
        b.ConfigureEntity();
        b.HasOne<Candidate>().WithMany().HasForeignKey(c => c.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.Topics).AsJson();
        b.Property(c => c.PreferredTimes).HasMaxLength(500);
        b.Property(c => c.Location).HasMaxLength(500);
        b.HasIndex(c => new { c.Status, c.CreatedAt });
        b.HasIndex(c => c.CandidateId);
    }
}

internal sealed class DuplicatePairConfiguration : IEntityTypeConfiguration<Shortlist.Domain.Duplicates.DuplicatePair>
{
    public void Configure(EntityTypeBuilder<Shortlist.Domain.Duplicates.DuplicatePair> b)
    {
        b.ConfigureEntity();
        // No foreign keys to the candidates: a merged pair outlives the record merged away, so a stale link finds the survivor.
        b.HasIndex(p => new { p.FirstCandidateId, p.SecondCandidateId }).IsUnique();
        b.HasIndex(p => p.SecondCandidateId);
        b.HasIndex(p => new { p.Status, p.CreatedAt });
        b.HasIndex(p => p.MergedId);
        b.Property(p => p.Reasons).AsJson();
    }
}
