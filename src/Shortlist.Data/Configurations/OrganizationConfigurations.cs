using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shortlist.Domain.Organizations;

namespace Shortlist.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.ConfigureEntity();
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.Industry).HasMaxLength(100);
        b.Property(o => o.Website).HasMaxLength(300);
        b.HasIndex(o => o.Name);
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.ConfigureEntity();
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Email).HasMaxLength(254);
        b.HasIndex(c => new { c.OrganizationId, c.Email }).IsUnique();
    }
}

internal sealed class SearchRequestConfiguration : IEntityTypeConfiguration<SearchRequest>
{
    public void Configure(EntityTypeBuilder<SearchRequest> b)
    {
        b.ConfigureEntity();
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(s => s.Role).HasMaxLength(200);
        b.Property(s => s.Industry).HasMaxLength(100);
        b.Property(s => s.Project).AsJson();
        b.Property(s => s.MustHaves).AsJson();
        b.Property(s => s.NiceToHaves).AsJson();
        b.OwnsPlace(s => s.Location);
        b.OwnsCompensation(s => s.Compensation);
        b.HasIndex(s => new { s.OrganizationId, s.Status });
        b.Property(s => s.RoleFamily).HasMaxLength(100);
        b.Property(s => s.MustHaveCodes).AsJson();
        b.Property(s => s.NiceToHaveCodes).AsJson();
        b.Property(s => s.SuggestedRequirements).AsJson();
        b.Property(s => s.DeclineReason).HasMaxLength(2_000);
        b.OwnsOne(s => s.Requester, r =>
        {
            r.Property(x => x.Name).HasColumnName("RequesterName").HasMaxLength(200);
            r.Property(x => x.Email).HasColumnName("RequesterEmail").HasMaxLength(254);
            r.Property(x => x.OrganizationName).HasColumnName("RequesterOrganization").HasMaxLength(200);
        });
        b.Property(s => s.VerificationTokenHash).HasMaxLength(64);
        b.HasIndex(s => s.VerificationTokenHash);
        b.HasIndex(s => new { s.VerifiedAt, s.CreatedAt });
        b.Ignore(s => s.IsVerified);
    }
}
