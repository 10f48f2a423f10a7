using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shortlist.Domain.Activities;
using Shortlist.Domain.Positions;
using Shortlist.Domain.Searches;

namespace Shortlist.Data.Configurations;

internal sealed class EffortEntryConfiguration : IEntityTypeConfiguration<EffortEntry>
{
    public void Configure(EntityTypeBuilder<EffortEntry> b)
    {
        b.ConfigureEntity();
        b.HasOne<Position>().WithMany().HasForeignKey(e => e.PositionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(e => e.Note).HasMaxLength(500);
        b.HasIndex(e => new { e.PositionId, e.Date });
    }
}

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> b)
    {
        b.ConfigureEntity();
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.Subject).HasMaxLength(200);
        b.HasIndex(t => t.Name).IsUnique();
    }
}
