using System.Globalization;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Taxonomy;
using Shortlist.Matching.Results;

namespace Shortlist.Matching.Explaining;

/// <summary>
/// Finds where in a profile each requirement shows: the roles (title, employer, years) whose words mention the entry
/// or one of its aliases, else the summary or the skills list. Runs only for the results shown.
/// </summary>
public sealed class EvidenceFinder
{
    private readonly Dictionary<string, string[]> _words = new(StringComparer.Ordinal);

    /// <summary>A finder over the taxonomy's names and aliases.</summary>
    public EvidenceFinder(IEnumerable<TaxonomyTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        foreach (var t in terms)
            _words[t.Code] = [.. new[] { t.Name }.Concat(t.Aliases.Where(TaxonomyTerm.IsPlain)).Where(w => w.Length >= 2).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length)];
    }

    /// <summary>The hit with evidence added to every requirement met or partly met.</summary>
    public MatchHit WithEvidence(MatchHit hit, Candidate candidate, int perRequirement = 3)
    {
        ArgumentNullException.ThrowIfNull(hit);
        ArgumentNullException.ThrowIfNull(candidate);
        var requirements = hit.Requirements.Select(r => r.Outcome == Outcome.Missing || r.MatchedCode is null ? r : r with { Evidence = Find(r.MatchedCode, candidate, perRequirement) }).ToList();
        return hit with { Requirements = requirements };
    }

    /// <summary>Where <paramref name="code"/> shows in the profile, most recent role first.</summary>
    public IReadOnlyList<Evidence> Find(string code, Candidate candidate, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var words = _words.TryGetValue(code, out var w) ? w : [code];
        var found = new List<Evidence>();
        foreach (var role in candidate.Roles.OrderByDescending(r => r.End ?? DateOnly.MaxValue).ThenByDescending(r => r.Start))
        {
            var snippet = Snippet(role.Title, words) ?? Snippet(role.Description, words);
            if (snippet is null) continue;
            found.Add(new Evidence(role.Title, role.Employer, Span(role), snippet));
            if (found.Count >= max) return found;
        }
        if (found.Count == 0)
        {
            if (Snippet(candidate.Summary, words) is { } s) found.Add(new Evidence(null, null, null, s));
            else if (candidate.Certifications.FirstOrDefault(c => c.TaxonomyCode == code) is { } cert)
                found.Add(new Evidence(null, null, cert.Year?.ToString(CultureInfo.InvariantCulture), $"Certification: {cert.Name}"));
            else if (candidate.Skills.FirstOrDefault(s2 => s2.TaxonomyCode == code) is { } skill)
                found.Add(new Evidence(null, null, null, $"Skills: {skill.Name}"));
            else if (candidate.Industries.FirstOrDefault(i => i.Industry == code) is { } industry)
            {
                var roles = candidate.Roles.Where(r => string.Equals(r.Industry, code, StringComparison.OrdinalIgnoreCase)).Take(max);
                found.AddRange(roles.Select(r => new Evidence(r.Title, r.Employer, Span(r), null)));
                if (found.Count == 0) found.Add(new Evidence(null, null, null, $"{industry.Years:0.#} years in the industry"));
            }
        }
        return found;
    }

    private static string Span(ProfileRole role)
        => $"{role.Start.ToString("MMM yyyy", CultureInfo.InvariantCulture)}–{(role.End is { } e ? e.ToString("MMM yyyy", CultureInfo.InvariantCulture) : "present")}";

    /// <summary>About 60 characters either side of the first mention, on word boundaries, or null.</summary>
    internal static string? Snippet(string? text, string[] words)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (var word in words)
        {
            var at = IndexOfWord(text, word);
            if (at < 0) continue;
            var start = Math.Max(0, at - 60);
            var end = Math.Min(text.Length, at + word.Length + 60);
            while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            var core = text[start..end].ReplaceLineEndings(" ").Trim();
            return (start > 0 ? "…" : "") + core + (end < text.Length ? "…" : "");
        }
        return null;
    }

    private static int IndexOfWord(string text, string word)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return -1;
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (before && after) return at;
            from = at + 1;
        }
        return -1;
    }
}
