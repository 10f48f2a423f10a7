using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shortlist.Domain.Common;

namespace Shortlist.Data.Configurations;

/// <summary>What every edited record shares: a key and a version checked on update.</summary>
internal static class EntityConfiguration
{
    public static void ConfigureEntity<T>(this EntityTypeBuilder<T> b) where T : Entity
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Version).IsConcurrencyToken();
    }

    public static void OwnsPlace<T>(this EntityTypeBuilder<T> b, System.Linq.Expressions.Expression<Func<T, Place?>> place) where T : class
        => b.OwnsOne(place, p =>
        {
            p.Property(x => x.City).HasMaxLength(100);
            p.Property(x => x.Region).HasMaxLength(100);
            p.Property(x => x.Country).HasMaxLength(100);
        });

    public static void OwnsCompensation<T>(this EntityTypeBuilder<T> b, System.Linq.Expressions.Expression<Func<T, Compensation?>> compensation) where T : class
        => b.OwnsOne(compensation, c =>
        {
            c.Property(x => x.Currency).HasMaxLength(3);
            c.Property(x => x.Minimum).HasPrecision(14, 2);
            c.Property(x => x.Maximum).HasPrecision(14, 2);
        });
}
