using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;

namespace Shortlist.Matching.Index;

/// <summary>Years of use of one taxonomy entry (skill, certification or industry) and the year it was last used.</summary>
public readonly record struct TermYears(string Code, double Years, int? LastUsedYear);

/// <summary>The projects a candidate led, reduced to what ranking reads.</summary>
public readonly record struct TrackSummary(double LargestBudget, int LargestTeam, int Projects, int OnTime, int OnBudget)
{
    /// <summary>No track record.</summary>
    public static TrackSummary None => default;

    /// <summary>Summarises <paramref name="records"/>.</summary>
    public static TrackSummary Of(IEnumerable<ProjectRecord> records)
    {
        double budget = 0; int team = 0, projects = 0, onTime = 0, onBudget = 0;
        foreach (var r in records)
        {
            projects++;
            if (r.Budget is decimal b && (double)b > budget) budget = (double)b;
            if (r.TeamSize is int t && t > team) team = t;
            if (r.OnTime == true) onTime++;
            if (r.OnBudget == true) onBudget++;
        }
        return new(budget, team, projects, onTime, onBudget);
    }
}

/// <summary>
/// What the index holds about one candidate: taxonomy entries with years, the columns constraints and fit read,
/// and the profile's int8 text embedding when it has been computed; for talent search, the words and word pairs of the
/// profile (<see cref="Talent.ProfileWords"/>), those of its titles, and the day of its last change.
/// </summary>
public sealed record CandidateDocument(
    Guid Id,
    IReadOnlyList<TermYears> Terms,
    double? Latitude,
    double? Longitude,
    WorkplaceMode Workplace,
    EngagementTypes Engagement,
    WorkAuthorization Authorization,
    DateOnly? AvailableFrom,
    double? HourlyRate,
    double TotalYears,
    TrackSummary Track,
    sbyte[]? Embedding = null,
    IReadOnlyList<string>? Words = null,
    IReadOnlyList<string>? TitleWords = null,
    DateOnly? LastActivity = null)
{
    /// <summary>Hours in a working year, to compare hourly rates with annual salaries.</summary>
    public const double HoursPerYear = 2080;

    /// <summary>The hourly equivalent of the lower end of a compensation band.</summary>
    public static double? HourlyOf(Compensation? c, bool upper = false)
    {
        var amount = upper ? c?.Maximum ?? c?.Minimum : c?.Minimum ?? c?.Maximum;
        if (amount is not decimal a) return null;
        return c!.Unit == CompensationUnit.Annual ? (double)a / HoursPerYear : (double)a;
    }

    /// <summary>The document for a candidate's profile: skills, certifications and industries merged by code (most years, latest use).</summary>
    public static CandidateDocument From(Candidate candidate, DateOnly today, sbyte[]? embedding = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var terms = new Dictionary<string, TermYears>(StringComparer.Ordinal);
        void Add(string code, double years, int? last)
        {
            if (string.IsNullOrWhiteSpace(code)) return;
            code = code.Trim().ToLowerInvariant();
            if (terms.TryGetValue(code, out var had))
            {
                years = Math.Max(years, had.Years);
                last = had.LastUsedYear is int h && (last is null || h > last) ? h : last;
            }
            terms[code] = new TermYears(code, years, last);
        }
        foreach (var s in candidate.Skills) Add(s.TaxonomyCode, s.Years, s.LastUsedYear);
        foreach (var c in candidate.Certifications)
        {
            var valid = c.Expires is not DateOnly e || e >= today;
            if (valid) Add(c.TaxonomyCode, c.Year is int y ? Math.Max(0, today.Year - y) : 0, today.Year);
        }
        foreach (var i in candidate.Industries) Add(i.Industry, i.Years, null);
        var p = candidate.Preferences;
        return new CandidateDocument(
            candidate.Id, [.. terms.Values],
            candidate.Location?.Latitude, candidate.Location?.Longitude,
            p.Workplace, p.Engagement, p.Authorization, p.AvailableFrom, HourlyOf(p.Compensation),
            ProfileRole.YearsCovered(candidate.Roles, today), TrackSummary.Of(candidate.TrackRecord), embedding,
            Talent.ProfileWords.OfCandidate(candidate), Talent.ProfileWords.TitlesOf(candidate),
            candidate.UpdatedAt == default ? null : DateOnly.FromDateTime(candidate.UpdatedAt.UtcDateTime));
    }
}
