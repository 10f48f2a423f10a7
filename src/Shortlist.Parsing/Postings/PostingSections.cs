using Shortlist.Domain.Common;

namespace Shortlist.Parsing.Postings;

/// <summary>Posting headings and wording that say how much a requirement matters.</summary>
internal static class PostingSections
{
    private static readonly string[] MustHeadings =
    [
        "requirements", "required", "must have", "must haves", "qualifications", "minimum qualifications", "basic qualifications",
        "required qualifications", "required skills", "what you need", "what you'll need", "what we're looking for", "what we are looking for",
        "skills and experience", "experience and skills", "who you are", "you have", "key requirements", "essential", "essential skills",
        "job requirements", "mandatory", "minimum requirements", "requirements and qualifications", "your profile", "skills",
    ];

    private static readonly string[] NiceHeadings =
    [
        "preferred", "preferred qualifications", "preferred skills", "nice to have", "nice to haves", "bonus", "bonus points", "pluses",
        "desired", "desired skills", "desirable", "good to have", "additional qualifications", "it would be great if", "extra credit", "plus",
        "what would make you stand out", "what will make you stand out", "what makes you stand out", "you'll stand out if", "you will stand out if",
        "to stand out", "even better if", "ideally you have",
    ];

    /// <summary>Nice-to-have headings that open requirement lines too ("Optional travel", "Ideally you have Tableau"): headings only alone.</summary>
    private static readonly string[] NiceHeadingsAlone = ["stand out", "even better", "ideally", "bonus if", "nice if", "optional"];

    private static readonly string[] OtherHeadings =
    [
        "responsibilities", "key responsibilities", "duties", "what you'll do", "what you will do", "the role", "about the role", "about us",
        "about the company", "benefits", "perks", "overview", "job description", "description", "summary", "who we are", "compensation",
        "why join us", "location", "salary", "the opportunity", "your role", "role", "day to day", "what we offer",
    ];

    /// <summary>The importance a heading sets for the lines under it; Strong for other headings; null when the line is not a heading.</summary>
    public static Importance? Heading(string line)
    {
        var text = line.Trim().TrimEnd(':').Trim().ToLowerInvariant().Replace('-', ' ').Replace('’', '\'');
        if (text.Length is 0 or > 50 || text.Split(' ').Length > 7) return null;
        if (NiceHeadings.Any(h => text == h || text.StartsWith(h + " ", StringComparison.Ordinal)) || NiceHeadingsAlone.Contains(text)) return Importance.Nice;
        if (MustHeadings.Any(h => text == h || text.StartsWith(h + " ", StringComparison.Ordinal))) return Importance.Must;
        if (OtherHeadings.Any(h => text == h || text.StartsWith(h + " ", StringComparison.Ordinal))) return Importance.Strong;
        return null;
    }

    /// <summary>True for a heading over benefits and perks.</summary>
    public static bool IsPerks(string line)
    {
        var text = line.Trim().TrimEnd(':').Trim().ToLowerInvariant();
        return text.StartsWith("benefits", StringComparison.Ordinal) || text.StartsWith("perks", StringComparison.Ordinal)
            || text.StartsWith("what we offer", StringComparison.Ordinal) || text.StartsWith("why join", StringComparison.Ordinal) || text == "compensation";
    }

    /// <summary>The importance a line's own wording sets, overriding its section, or null.</summary>
    public static Importance? Wording(string line)
    {
        var text = line.ToLowerInvariant();
        // "Strongly preferred" asks for more than a plus and less than a must.
        if (Has(text, "strongly preferred", "highly preferred", "strongly desired", "highly desired", "strong preference"))
            return Importance.Strong;
        // "PMP certification is not required": named, but optional.
        if (Has(text, "not required", "not mandatory", "not essential", "not a must", "isn't required", "is not necessary", "not necessary", "optional", "not needed"))
            return Importance.Nice;
        if (Has(text, "a plus", "is a plus", "nice to have", "nice-to-have", "preferred", "bonus", "desirable", "ideally", "an advantage", "beneficial", "is helpful", "would be great"))
            return Importance.Nice;
        if (Has(text, "required", "must ", "must-have", "must have", "mandatory", "essential", "minimum of", "at least"))
            return Importance.Must;
        return null;
    }

    private static bool Has(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
