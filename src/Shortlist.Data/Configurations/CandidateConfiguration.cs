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
        b.HasIndex(c => c.UserId).IsUnique();
    }
}
