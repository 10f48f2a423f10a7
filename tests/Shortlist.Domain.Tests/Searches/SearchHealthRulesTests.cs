using Shortlist.Domain.Common;
using Shortlist.Domain.Searches;

namespace Shortlist.Domain.Tests.Searches;

public class SearchHealthRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static SearchHealth Evaluate(DateOnly? shortlistBy = null, DateOnly? fillBy = null, int submitted = 0, bool placed = false, double logged = 0, double? budget = null)
        => SearchHealthRules.Evaluate(new SearchProgress(Today, shortlistBy, fillBy, submitted, placed, logged, budget));

    [Fact]
    public void A_search_with_distant_dates_and_budget_left_is_on_track()
    {
        var health = Evaluate(Today.AddDays(20), Today.AddDays(50), submitted: 0, logged: 5, budget: 40);
        Assert.Equal(SearchStatus.OnTrack, health.Status);
        Assert.Equal("Dates and budget are being met.", health.Reason);
    }

    [Fact]
    public void Shortlist_date_passed_with_fewer_than_three_submitted_is_late_with_the_numbers()
    {
        var health = Evaluate(Today.AddDays(-1), Today.AddDays(30), submitted: 2);
        Assert.Equal(SearchStatus.Late, health.Status);
        Assert.Equal("The shortlist was due 2026-03-09 and 2 of 3 submitted.", health.Reason);
    }

    [Fact]
    public void Shortlist_date_passed_with_a_full_shortlist_is_not_late()
        => Assert.Equal(SearchStatus.OnTrack, Evaluate(Today.AddDays(-1), Today.AddDays(30), submitted: SearchHealthRules.ShortlistSize).Status);

    [Theory]
    [InlineData(0, "less than a day")]
    [InlineData(1, "1 day")]
    [InlineData(7, "7 days")]
    public void Shortlist_due_within_a_week_and_short_is_at_risk(int days, string words)
    {
        var health = Evaluate(Today.AddDays(days), submitted: 0);
        Assert.Equal(SearchStatus.AtRisk, health.Status);
        Assert.Equal($"The shortlist is due in {words} and none of 3 submitted.", health.Reason);
    }

    [Fact]
    public void Shortlist_due_in_eight_days_is_not_yet_a_risk() => Assert.Equal(SearchStatus.OnTrack, Evaluate(Today.AddDays(8)).Status);

    [Fact]
    public void Fill_date_passed_without_a_placement_is_late_and_with_one_is_fine()
    {
        Assert.Equal(SearchStatus.Late, Evaluate(fillBy: Today.AddDays(-3), submitted: 5).Status);
        Assert.Equal(SearchStatus.OnTrack, Evaluate(Today.AddDays(-30), Today.AddDays(-3), submitted: 1, placed: true).Status);
        Assert.Equal("Placed.", Evaluate(fillBy: Today.AddDays(-3), placed: true).Reason);
    }

    [Fact]
    public void Fill_date_within_a_week_is_at_risk() => Assert.Equal(SearchStatus.AtRisk, Evaluate(fillBy: Today.AddDays(5), submitted: 4).Status);

    [Theory]
    [InlineData(31.9, SearchStatus.OnTrack)]
    [InlineData(32, SearchStatus.AtRisk)]
    [InlineData(40, SearchStatus.AtRisk)]
    [InlineData(40.5, SearchStatus.OverBudget)]
    public void Hours_against_the_budget(double logged, SearchStatus expected) => Assert.Equal(expected, Evaluate(logged: logged, budget: 40).Status);

    [Fact]
    public void Over_budget_says_by_how_much_and_stays_over_budget_when_placed()
    {
        var health = Evaluate(logged: 45, budget: 40, placed: true);
        Assert.Equal(SearchStatus.OverBudget, health.Status);
        Assert.Equal("45 hours logged against a budget of 40.", health.Reason);
    }

    [Fact]
    public void Without_a_budget_hours_never_make_a_search_over_budget() => Assert.Equal(SearchStatus.OnTrack, Evaluate(logged: 500).Status);

    [Fact]
    public void Late_outranks_over_budget_and_every_reason_is_kept_worst_first()
    {
        var health = Evaluate(Today.AddDays(-2), Today.AddDays(4), submitted: 1, logged: 50, budget: 40);
        Assert.Equal(SearchStatus.Late, health.Status);
        Assert.Equal(3, health.Reasons.Count);
        Assert.StartsWith("The shortlist was due", health.Reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("50 hours logged", health.Reasons[1], StringComparison.Ordinal);
        Assert.StartsWith("The role is to be filled in 4 days", health.Reasons[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Effort_entries_refuse_nonsense_hours_and_future_days()
    {
        var now = new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
        Assert.Throws<DomainRuleException>(() => new EffortEntry(Guid.NewGuid(), Guid.NewGuid(), Today, 0, null, now));
        Assert.Throws<DomainRuleException>(() => new EffortEntry(Guid.NewGuid(), Guid.NewGuid(), Today, 25, null, now));
        Assert.Throws<DomainRuleException>(() => new EffortEntry(Guid.NewGuid(), Guid.NewGuid(), Today, double.NaN, null, now));
        Assert.Throws<DomainRuleException>(() => new EffortEntry(Guid.NewGuid(), Guid.NewGuid(), Today.AddDays(3), 2, null, now));
        Assert.Equal(2.5, new EffortEntry(Guid.NewGuid(), Guid.NewGuid(), Today, 2.5, "Screening calls", now).Hours);
    }
}
