using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Engagements;
using Shortlist.Domain.Pipeline;
using Shortlist.Domain.Positions;

namespace Shortlist.Data.Configurations;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> b)
    {
        b.ConfigureEntity();
        b.HasOne<Position>().WithMany().HasForeignKey(a => a.PositionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Candidate>().WithMany().HasForeignKey(a => a.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.History).AsJson();
        // One application per candidate and position: applying twice is refused by the database too.
        b.HasIndex(a => new { a.PositionId, a.CandidateId }).IsUnique();
        b.HasIndex(a => a.CandidateId);
        b.Property(a => a.OfferAmount).HasPrecision(14, 2);
        b.Property(a => a.OfferTerms).HasMaxLength(2_000);
    }
}

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> b)
    {
        b.ConfigureEntity();
        b.HasOne<Application>().WithMany().HasForeignKey(i => i.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> b)
    {
        b.ConfigureEntity();
        b.HasOne<Application>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.ApplicationId).IsUnique();
        b.Property(p => p.FeeOrRate).HasPrecision(14, 2);
    }
}

internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> b)
    {
        b.ConfigureEntity();
        b.HasOne<Placement>().WithMany().HasForeignKey(e => e.PlacementId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.PlacementId).IsUnique();
        b.Property(e => e.BillRate).HasPrecision(10, 2);
        b.Ignore(e => e.MoneyBudget);
    }
}

internal sealed class TimesheetWeekConfiguration : IEntityTypeConfiguration<TimesheetWeek>
{
    public void Configure(EntityTypeBuilder<TimesheetWeek> b)
    {
        b.ConfigureEntity();
        b.HasOne<Engagement>().WithMany().HasForeignKey(t => t.EngagementId).OnDelete(DeleteBehavior.Cascade);
        // One timesheet per engagement and week: two people opening the same week get the same row.
        b.HasIndex(t => new { t.EngagementId, t.WeekStart }).IsUnique();
        b.HasIndex(t => t.Status);
        b.Property(t => t.Days).AsJson();
        b.Property(t => t.DecidedBy).HasMaxLength(200);
        b.Property(t => t.RejectionReason).HasMaxLength(1_000);
        b.Ignore(t => t.TotalHours);
        b.Ignore(t => t.IsEditable);
    }
}

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.ConfigureEntity();
        b.HasOne<Application>().WithMany().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.ApplicationId).IsUnique();
        // The client's shortlist is read by organization and position.
        b.HasIndex(s => new { s.OrganizationId, s.PositionId });
        b.Property(s => s.Feedback).AsJson();
        b.Property(s => s.ProposedSlots).AsJson();
        b.Ignore(s => s.LatestFeedback);
        b.Ignore(s => s.AwaitsDeclineClosure);
    }
}

internal sealed class CandidateRevealConfiguration : IEntityTypeConfiguration<Shortlist.Domain.Organizations.CandidateReveal>
{
    public void Configure(EntityTypeBuilder<Shortlist.Domain.Organizations.CandidateReveal> b)
    {
        b.ConfigureEntity();
        b.HasOne<Shortlist.Domain.Organizations.Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Candidate>().WithMany().HasForeignKey(r => r.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.OrganizationId, r.CandidateId }).IsUnique();
    }
}
