using System.Globalization;
using Shortlist.Domain.Candidates;

namespace Shortlist.Matching.Talent;

/// <summary>A piece of a snippet; <see cref="Match"/> marks the words that matched.</summary>
public sealed record Highlight(string Text, bool Match);

/// <summary>
/// Where a query term shows in a profile: the field (a role, the headline, the summary, skills, certifications or the
/// résumé), for a role its title, employer and dates, and a snippet with the matching words marked.
/// </summary>
public sealed record TalentEvidence(string Term, string Field, string? Role, string? Employer, string? Dates, IReadOnlyList<Highlight> Snippet);

/// <summary>Finds the evidence of a talent-search hit in the candidate's profile; runs only for the results shown.</summary>
public static class TalentEvidenceFinder
{
    private const int Context = 60;

    /// <summary>Up to <paramref name="perTerm"/> places per matched term, most recent role first.</summary>
    public static IReadOnlyList<TalentEvidence> Find(Candidate candidate, IReadOnlyList<TermMatch> matched, TalentVocabulary vocabulary, int perTerm = 2)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(matched);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var found = new List<TalentEvidence>();
        // Each text is split into words once for all the terms (a page of 20 with a few terms looks at each field many times).
        var words = new Dictionary<string, List<WordSpan>>(ReferenceEqualityComparer.Instance);
        IReadOnlyList<Highlight>? Look(string? text, List<string[]> phrases)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (!words.TryGetValue(text, out var spans)) words[text] = spans = [.. ProfileWords.Spans(text)];
            return Snippet(text, spans, phrases);
        }
        var roles = candidate.Roles.OrderByDescending(r => r.End ?? DateOnly.MaxValue).ThenByDescending(r => r.Start).ToList();
        List<(string Field, string? Text)>? others = null;
        foreach (var m in matched)
        {
            var phrases = new List<string[]> { m.Term.Split(' ', StringSplitOptions.RemoveEmptyEntries) };
            if (m.Code is { } code)
            {
                phrases.AddRange(vocabulary.WordsOf(code).Select(w => w.Split(' ')));
                phrases.Add(code.Split(' '));
            }
            var places = 0;
            foreach (var role in roles)
            {
                var snippet = Look(role.Title, phrases) ?? Look(role.Description, phrases) ?? Look(role.Industry, phrases);
                if (snippet is null) continue;
                found.Add(new TalentEvidence(m.Term, "role", role.Title, role.Employer, Dates(role), snippet));
                if (++places >= perTerm) break;
            }
            if (places >= perTerm) continue;
            others ??= [.. Others(candidate)];
            foreach (var (field, text) in others)
            {
                if (Look(text, phrases) is not { } snippet) continue;
                found.Add(new TalentEvidence(m.Term, field, null, null, null, snippet));
                if (++places >= perTerm) break;
            }
            if (places == 0 && m.Code is not null)
            {
                // Held through the taxonomy without a mention in the text (a skill the parser mapped from a synonym).
                var years = m.Years is double y && y > 0 ? $" ({y.ToString("0.#", CultureInfo.InvariantCulture)} years{(m.LastUsedYear is int l ? $", last used {l}" : "")})" : "";
                found.Add(new TalentEvidence(m.Term, "taxonomy", null, null, null, [new Highlight(m.Name ?? m.Code, true), new Highlight(years, false)]));
            }
        }
        return found;
    }

    private static IEnumerable<(string Field, string? Text)> Others(Candidate c)
    {
        yield return ("headline", c.Headline);
        yield return ("summary", c.Summary);
        yield return ("skills", string.Join(", ", c.Skills.Select(s => s.Name)));
        yield return ("certifications", string.Join(", ", c.Certifications.Select(s => s.Name)));
        yield return ("industries", string.Join(", ", c.Industries.Select(s => s.Industry)));
        yield return ("name", c.FirstName + " " + c.LastName);
        yield return ("location", c.Location?.ToString());
        yield return ("education", string.Join("; ", c.Education.Select(e => string.Join(", ", new[] { e.Degree, e.Field, e.Institution }.Where(x => !string.IsNullOrWhiteSpace(x))))));
        yield return ("résumé", c.ResumeText);
    }

    private static string Dates(ProfileRole role)
        => $"{role.Start.ToString("MMM yyyy", CultureInfo.InvariantCulture)}–{(role.End is { } e ? e.ToString("MMM yyyy", CultureInfo.InvariantCulture) : "present")}";

    /// <summary>The first place in <paramref name="text"/> where one of the phrases occurs, with about 60 characters either side, or null.</summary>
    public static IReadOnlyList<Highlight>? Snippet(string? text, IReadOnlyList<string[]> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (string.IsNullOrWhiteSpace(text)) return null;
        return Snippet(text, [.. ProfileWords.Spans(text)], phrases);
    }

    private static IReadOnlyList<Highlight>? Snippet(string text, List<WordSpan> spans, IReadOnlyList<string[]> phrases)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            foreach (var phrase in phrases)
            {
                if (phrase.Length == 0 || i + phrase.Length > spans.Count) continue;
                var ok = true;
                for (var k = 0; k < phrase.Length && ok; k++) ok = spans[i + k].Word == phrase[k];
                if (!ok) continue;
                var from = spans[i].Start;
                var to = spans[i + phrase.Length - 1].Start + spans[i + phrase.Length - 1].Length;
                // Further mentions within the window are marked too.
                var start = Math.Max(0, from - Context);
                var end = Math.Min(text.Length, to + Context);
                while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
                while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
                var parts = new List<Highlight>();
                if (start > 0) parts.Add(new Highlight("…", false));
                parts.Add(new Highlight(Clean(text[start..from]), false));
                parts.Add(new Highlight(Clean(text[from..to]), true));
                parts.Add(new Highlight(Clean(text[to..end]), false));
                if (end < text.Length) parts.Add(new Highlight("…", false));
                return [.. parts.Where(p => p.Text.Length > 0)];
            }
        }
        return null;
    }

    private static string Clean(string s) => s.ReplaceLineEndings(" ");
}
