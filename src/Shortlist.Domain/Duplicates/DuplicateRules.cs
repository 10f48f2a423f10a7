using System.Globalization;
using System.Text;
using Shortlist.Domain.Candidates;

namespace Shortlist.Domain.Duplicates;

/// <summary>
/// When two candidate records are likely the same person: the same e-mail address, the same phone number, or the same
/// name with overlapping role histories. The keys are stored on each candidate and indexed, so a check reads only the
/// few records that share one; the rules then say why.
/// </summary>
public static class DuplicateRules
{
    /// <summary>Digits a phone key keeps: the last nine, so a number with or without its country code or trunk prefix matches.</summary>
    public const int PhoneDigits = 9;

    private static readonly HashSet<string> CompanySuffixes =
        ["inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co", "company", "plc", "gmbh", "ag", "sa", "llp", "lp", "the", "group"];

    /// <summary>The e-mail key: trimmed, lower case, without a "+tag" in the local part; null when there is no address.</summary>
    public static string? EmailKey(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return null;
        var address = email.Trim().ToLowerInvariant();
        var at = address.LastIndexOf('@');
        if (at <= 0) return address;
        var local = address[..at];
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        if (plus > 0) local = local[..plus];
        var key = local + address[at..];
        return key.EndsWith(".invalid", StringComparison.Ordinal) ? null : key;
    }

    /// <summary>
    /// The phone key: the digits only (an extension after "x" or "ext" left out), the last <see cref="PhoneDigits"/> of them;
    /// null when there are fewer than seven digits.
    /// </summary>
    public static string? PhoneKey(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var text = phone.ToLowerInvariant();
        var ext = text.IndexOfAny(['x', '#']);
        var extWord = text.IndexOf("ext", StringComparison.Ordinal);
        if (extWord >= 0 && (ext < 0 || extWord < ext)) ext = extWord;
        if (ext > 0) text = text[..ext];
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length < 7) return null;
        return digits.Length > PhoneDigits ? digits[^PhoneDigits..] : digits;
    }

    /// <summary>The name key: the first letter of the given name and the family name, folded (case, accents, spaces, punctuation), e.g. "j|oneill".</summary>
    public static string? NameKey(string? firstName, string? lastName)
    {
        var first = Tokens(firstName).FirstOrDefault();
        var last = string.Concat(Tokens(lastName));
        if (first is null || last.Length == 0) return null;
        return $"{first[0]}|{last}";
    }

    /// <summary>
    /// True when the names are the same person's: the same family name (folded) and given names that agree — equal, one an
    /// initial of the other, or one the start of the other ("Chris", "Christopher").
    /// </summary>
    public static bool NamesMatch(string firstA, string lastA, string firstB, string lastB)
    {
        if (NameKey(firstA, lastA) is not { } a || a != NameKey(firstB, lastB)) return false;
        var x = Tokens(firstA).First();
        var y = Tokens(firstB).First();
        if (x == y) return true;
        if (x.Length == 1 || y.Length == 1) return x[0] == y[0];
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>An employer name folded for comparison: case, accents, punctuation and company suffixes ("Inc.", "LLC") left out.</summary>
    public static string EmployerKey(string employer) => string.Join(' ', Tokens(employer).Where(t => !CompanySuffixes.Contains(t)));

    /// <summary>True when two job titles share at least half of their words (folded).</summary>
    public static bool TitlesSimilar(string a, string b)
    {
        var x = Tokens(a).ToHashSet();
        var y = Tokens(b).ToHashSet();
        if (x.Count == 0 || y.Count == 0) return false;
        var common = x.Intersect(y).Count();
        return common * 2 >= Math.Max(x.Count, y.Count);
    }

    /// <summary>
    /// Where two role histories meet: for each employer both worked at with overlapping dates or a similar title, a phrase
    /// such as "both at Mercy Health 2019–2022" or "both at Mercy Health as Program Manager". Empty when they do not meet.
    /// </summary>
    public static IReadOnlyList<string> SharedHistory(IEnumerable<ProfileRole> a, IEnumerable<ProfileRole> b)
    {
        var found = new List<string>();
        var seen = new HashSet<string>();
        var others = b.ToList();
        foreach (var x in a)
        {
            var employer = EmployerKey(x.Employer);
            if (employer.Length == 0) continue;
            foreach (var y in others.Where(y => EmployerKey(y.Employer) == employer))
            {
                var xEnd = x.End ?? DateOnly.MaxValue;
                var yEnd = y.End ?? DateOnly.MaxValue;
                string? phrase = null;
                if (x.Start <= yEnd && y.Start <= xEnd)
                {
                    var from = (x.Start > y.Start ? x.Start : y.Start).Year;
                    var end = xEnd < yEnd ? xEnd : yEnd;
                    var to = end == DateOnly.MaxValue ? "present" : end.Year.ToString(CultureInfo.InvariantCulture);
                    phrase = $"both at {x.Employer.Trim()} {from}–{to}";
                }
                else if (TitlesSimilar(x.Title, y.Title)) phrase = $"both at {x.Employer.Trim()} as {x.Title.Trim()}";
                if (phrase is not null && seen.Add(employer)) found.Add(phrase);
            }
        }
        return found;
    }

    /// <summary>Why two candidates are likely the same person ("same e-mail", "same phone", "same name; both at …"); empty when they are not.</summary>
    public static IReadOnlyList<string> Reasons(Candidate a, Candidate b)
    {
        if (a.Id == b.Id || a.ErasedAt is not null || b.ErasedAt is not null) return [];
        var reasons = new List<string>();
        if (EmailKey(a.Email) is { } email && email == EmailKey(b.Email)) reasons.Add("same e-mail");
        if (PhoneKey(a.Phone) is { } phone && phone == PhoneKey(b.Phone)) reasons.Add("same phone");
        if (NamesMatch(a.FirstName, a.LastName, b.FirstName, b.LastName) && SharedHistory(a.Roles, b.Roles) is { Count: > 0 } shared)
            reasons.Add("same name; " + string.Join("; ", shared));
        return reasons;
    }

    /// <summary>Text folded for comparison: lower-case words without accents or punctuation, one space apart.</summary>
    public static string Fold(string? text) => string.Join(' ', Tokens(text));

    /// <summary>Lower-case words without accents or punctuation; hyphens and apostrophes join ("O'Neill" → "oneill").</summary>
    private static IEnumerable<string> Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) folded.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’' or '-') continue;
            else folded.Append(' ');
        }
        foreach (var token in folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)) yield return token;
    }
}
