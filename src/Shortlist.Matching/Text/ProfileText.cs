using System.Security.Cryptography;
using System.Text;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Positions;

namespace Shortlist.Matching.Text;

/// <summary>
/// The text whose embedding stands for a candidate or a position. MiniLM reads about 256 word pieces (roughly 1,100
/// characters of English) and ignores the rest, so the most telling parts come first and each part has a budget:
/// a long summary cannot push the roles and skills out. The text is deterministic: the same record gives the same text,
/// so its <see cref="ContentHash"/> says when an embedding must be recomputed.
/// </summary>
public static class ProfileText
{
    /// <summary>The longest text produced; beyond it the model would not read anyway.</summary>
    public const int MaxLength = 1_200;

    private const int SummaryBudget = 500;
    private const int DescriptionBudget = 300;
    private const int MaxRoles = 6;
    private const int MaxSkills = 25;

    /// <summary>
    /// A candidate as text: headline; summary (first ~500 characters); the most recent roles' titles with the employer's
    /// industry; skill names (most years first); certification names; then the roles' descriptions while room is left.
    /// Names, contact details, rates and other personal data are left out.
    /// </summary>
    public static string ForCandidate(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var text = new Builder();
        text.Sentence(candidate.Headline);
        text.Sentence(Clip(candidate.Summary, SummaryBudget));
        var roles = candidate.Roles
            .OrderByDescending(r => r.End ?? DateOnly.MaxValue).ThenByDescending(r => r.Start).ThenBy(r => r.Title, StringComparer.Ordinal)
            .ToList();
        text.List(null, roles.Take(MaxRoles).Select(r => string.IsNullOrWhiteSpace(r.Industry) ? r.Title : $"{r.Title} ({r.Industry.Trim()})"));
        text.List("Skills", candidate.Skills
            .OrderByDescending(s => s.Years).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(MaxSkills).Select(s => s.Name));
        text.List("Certifications", candidate.Certifications.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Name));
        foreach (var role in roles.Take(MaxRoles)) text.Sentence(Clip(role.Description, DescriptionBudget));
        return text.ToString();
    }

    /// <summary>
    /// A position as text: title, industry, requirement labels (must-haves first, then by weight), then the description
    /// while room is left.
    /// </summary>
    public static string ForPosition(Position position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var text = new Builder();
        text.Sentence(string.IsNullOrWhiteSpace(position.Industry) ? position.Title : $"{position.Title} ({position.Industry.Trim()})");
        text.List("Requirements", position.Requirements
            .OrderBy(r => r.Importance).ThenByDescending(r => r.Weight).ThenBy(r => r.Label, StringComparer.Ordinal)
            .Select(r => r.Label));
        text.Sentence(position.Description);
        return text.ToString();
    }

    /// <summary>
    /// A fingerprint of <paramref name="text"/> as embedded by <paramref name="model"/>: lower-case hex SHA-256 of the model
    /// name, a newline and the text (UTF-8). A stored embedding whose hash differs is stale.
    /// </summary>
    public static string ContentHash(string text, string model)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(model);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(model + "\n" + text)));
    }

    private static string? Clip(string? text, int budget)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = Normalize(text);
        if (t.Length <= budget) return t;
        var cut = t.LastIndexOf(' ', budget);
        return t[..(cut > budget / 2 ? cut : budget)];
    }

    // Runs of white space (new lines, tabs) become one space.
    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed class Builder
    {
        private readonly StringBuilder _text = new();

        public void Sentence(string? sentence)
        {
            if (string.IsNullOrWhiteSpace(sentence)) return;
            var s = Normalize(sentence);
            Append(s.EndsWith('.') ? s : s + ".");
        }

        public void List(string? label, IEnumerable<string> items)
        {
            var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(Normalize).Distinct(StringComparer.Ordinal).ToList();
            if (list.Count == 0) return;
            Sentence((label is null ? "" : label + ": ") + string.Join(", ", list));
        }

        private void Append(string s)
        {
            var room = MaxLength - _text.Length - (_text.Length > 0 ? 1 : 0);
            if (room <= 0) return;
            if (_text.Length > 0) _text.Append(' ');
            if (s.Length > room)
            {
                var cut = s.LastIndexOf(' ', room - 1);
                s = s[..(cut > 0 ? cut : room)];
            }
            _text.Append(s);
        }

        public override string ToString() => _text.ToString();
    }
}
