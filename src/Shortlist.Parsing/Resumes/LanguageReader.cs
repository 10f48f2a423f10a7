using System.Text.RegularExpressions;

namespace Shortlist.Parsing.Resumes;

/// <summary>
/// Spoken languages: the names of languages in a languages section, on a "Languages:" line, in a sentence that speaks
/// of fluency ("Fluent in English and Spanish", "Bilingual: English and Chinese", "French, mother tongue"), or two or more
/// written one after another where no degree or teaching post is named ("English, Tamil." in personal details). A
/// language named alone without such a cue ("German based manufacturers"), or a run of them that describes the next word
/// ("German, French and Spanish subsidiaries"), is not read.
/// </summary>
internal static partial class LanguageReader
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "English", "Spanish", "French", "German", "Italian", "Portuguese", "Dutch", "Flemish", "Swedish", "Norwegian", "Danish",
        "Finnish", "Icelandic", "Polish", "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian", "Greek", "Russian", "Ukrainian",
        "Belarusian", "Serbian", "Croatian", "Bosnian", "Slovenian", "Albanian", "Lithuanian", "Latvian", "Estonian", "Turkish",
        "Arabic", "Hebrew", "Persian", "Farsi", "Urdu", "Hindi", "Bengali", "Punjabi", "Gujarati", "Marathi", "Tamil", "Telugu",
        "Kannada", "Malayalam", "Oriya", "Odia", "Assamese", "Nepali", "Sinhala", "Sinhalese", "Chinese", "Mandarin", "Cantonese",
        "Japanese", "Korean", "Vietnamese", "Thai", "Malay", "Indonesian", "Tagalog", "Filipino", "Swahili", "Amharic", "Yoruba",
        "Igbo", "Hausa", "Zulu", "Xhosa", "Afrikaans", "Somali", "Catalan", "Basque", "Galician", "Welsh", "Irish", "Latin",
        "Armenian", "Georgian", "Kazakh", "Uzbek", "Pashto", "Kurdish", "Sanskrit",
    };

    /// <summary>Words that say a line is about speaking languages.</summary>
    [GeneratedRegex(@"\b(?:languages?|fluent(?:ly)?|fluency|native|bilingual|trilingual|multilingual|mother\s+tongue|speak(?:s|er|ing)?|spoken|conversant|conversational|proficien(?:t|cy)|intermediate|beginners?|toefl|toeic|ielts|dalf|delf)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\b[A-Z][a-z]+\b|\b[A-Z]{4,}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\b(?:bachelor|master|degree|diploma|b\.?a|m\.?a|literature|major|minor|course|teacher|teaching|lecturer|professor)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StudyOrJob();

    [GeneratedRegex(@"(?<=[a-z)])[.;]\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SentenceEnd();

    /// <summary>The language names of each run of two or more written one after the other: "English, Hindi", "English and Tamil".</summary>
    private static List<string> Runs(string line)
    {
        // Every capitalised word of every line is visited, so the words are looked at as spans and only language names
        // become strings.
        List<string>? found = null;
        List<string>? run = null;
        var end = -1;
        foreach (var word in CapitalisedWord().EnumerateMatches(line))
        {
            var text = line.AsSpan(word.Index, word.Length);
            if (!NameLookup.Contains(text)) continue;
            if (end >= 0 && !ListGap().IsMatch(line.AsSpan(end, word.Index - end)))
            {
                if (run is { Count: > 1 } && !Qualifies(line, end)) (found ??= []).AddRange(run);
                run?.Clear();
            }
            (run ??= []).Add(text.ToString());
            end = word.Index + word.Length;
        }
        if (run is { Count: > 1 } && !Qualifies(line, end)) (found ??= []).AddRange(run);
        return found ?? [];
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameLookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the run ending at <paramref name="end"/> describes the word after it ("German, French and Spanish subsidiaries").</summary>
    private static bool Qualifies(string line, int end)
    {
        var rest = line.AsSpan(end);
        return rest.Length > 1 && rest[0] == ' ' && char.IsLower(rest[1]);
    }

    [GeneratedRegex(@"^(?:\s*[,/&]\s*|\s+(?:and|or)\s+|\s+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ListGap();

    /// <summary>Words that say how well a language is spoken, or that it is one ("Fluent English", "French (intermediate)", "German Language").</summary>
    private static readonly HashSet<string> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        "fluent", "fluently", "fluency", "native", "basic", "conversational", "intermediate", "advanced", "beginner", "elementary",
        "proficient", "language", "spoken", "mother", "tongue", "-", "–",
    };

    /// <summary>
    /// "Fluent English", "French Intermediate", "Basic French", "German Language": a language's name with words of its level
    /// is the language ("English", "French", "German"); anything else is returned as given ("Business English" is a skill).
    /// </summary>
    internal static string WithoutLevel(string item)
    {
        var words = item.Split([' ', '(', ')', ':', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return item;
        var names = words.Where(w => Names.Contains(w)).ToList();
        return names is [var name] && words.All(w => w == name || Levels.Contains(w)) ? name : item;
    }

    /// <summary>The languages <paramref name="sections"/> name, as written, each once.</summary>
    public static List<string> Read(IReadOnlyList<Section> sections)
    {
        var found = new List<string>();
        foreach (var section in sections)
        {
            var languageSection = section.Heading.Contains("language", StringComparison.OrdinalIgnoreCase);
            foreach (var line in section.Lines.SelectMany(l => SentenceEnd().Split(l)))
            {
                if (line.Length == 0) continue;
                // A degree or a teaching post in a language ("Bachelor of English Language and Literature") is not a language spoken.
                if (!languageSection && StudyOrJob().IsMatch(line)) continue;
                // Two or more languages in a row ("English, Tamil.", "English  Afrikaans") are languages spoken wherever they stand.
                foreach (var run in Runs(line)) if (!found.Contains(run, StringComparer.OrdinalIgnoreCase)) found.Add(run);
                if (!languageSection && !Cue().IsMatch(line)) continue;
                foreach (Match word in CapitalisedWord().Matches(line))
                {
                    var name = word.Value.Length > 3 && word.Value.All(char.IsUpper) ? word.Value[0] + word.Value[1..].ToLowerInvariant() : word.Value;
                    if (Names.Contains(name) && !found.Contains(word.Value, StringComparer.OrdinalIgnoreCase)) found.Add(word.Value);
                }
            }
        }
        return found;
    }
}
