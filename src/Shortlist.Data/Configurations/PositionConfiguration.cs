using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shortlist.Domain.Organizations;
using Shortlist.Domain.Positions;

namespace Shortlist.Data.Configurations;

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> b)
    {
        b.ConfigureEntity();
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.Industry).HasMaxLength(100);
        b.Property(p => p.FeeBudget).HasPrecision(14, 2);
        b.Property(p => p.Requirements).AsJson();
        b.OwnsPlace(p => p.Location);
        b.OwnsCompensation(p => p.Compensation);
        b.Property(p => p.ClosedReason).HasMaxLength(500);
        b.HasIndex(p => new { p.Status, p.PublishedAt });
        b.HasIndex(p => p.OrganizationId);
    }
}
