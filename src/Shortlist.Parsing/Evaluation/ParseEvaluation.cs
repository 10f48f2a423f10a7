using System.Globalization;
using System.Text.Json;
using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Skills;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Evaluation;

/// <summary>Which part of the Dotin training set to score: tuning (N % 5 != 0) or held out (N % 5 == 0).</summary>
public enum DotinSplit
{
    /// <summary>Files whose number is not a multiple of 5; heuristics are tuned on these only.</summary>
    Tuning,
    /// <summary>Files whose number is a multiple of 5; never looked at while tuning.</summary>
    HeldOut,
    /// <summary>Every file.</summary>
    All,
}

/// <summary>
/// Precision, recall and F1 of the résumé parser per field on the Dotin annotations (N.txt + N.labels.json), and of
/// the skill matcher on SkillSpan postings. Values are compared after folding case, whitespace and punctuation (dots,
/// hyphens, brackets, quotes: "B.E" is "B.E.", "B-Tech" is "B.Tech"); counts are summed over documents (micro-average),
/// each document contributing its distinct values once.
/// </summary>
public static partial class ParseEvaluation
{
    /// <summary>The fields scored on Dotin and the label keys each is compared with.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> DotinFields = new Dictionary<string, string[]>
    {
        ["name"] = ["Name"],
        ["email"] = ["Email Address"],
        ["designation"] = ["Designation"],
        ["company"] = ["Companies worked at"],
        ["degree"] = ["Degree"],
        ["college"] = ["College Name"],
        ["skills"] = ["Job Specific Skills", "Tech Tools", "Soft Skills"],
    };

    /// <summary>Scores the parser on one split of the Dotin folder.</summary>
    public static EvaluationResult EvaluateDotin(string directory, ResumeParser parser, DateOnly today, DotinSplit split)
        => EvaluateDotin(directory, parser, today, n => InSplit(n, split), $"dotin-train {split.ToString().ToLowerInvariant()}");

    /// <summary>True when file number <paramref name="number"/> belongs to <paramref name="split"/>: held out when a multiple of 5.</summary>
    public static bool InSplit(int number, DotinSplit split) => split == DotinSplit.All || split == DotinSplit.Tuning == (number % 5 != 0);

    /// <summary>
    /// Scores the parser on the Dotin documents whose number <paramref name="include"/> accepts, each read within
    /// <paramref name="limits"/> (the default ones when null).
    /// </summary>
    /// <exception cref="InvalidDataException">A file is larger than the limit, a text the parser refuses (its time budget
    /// spent, a passage too complex) or labels that are not a labels document; the message names the file.</exception>
    public static EvaluationResult EvaluateDotin(string directory, ResumeParser parser, DateOnly today, Func<int, bool> include, string name, ParseLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(include);
        ArgumentNullException.ThrowIfNull(parser);
        limits ??= ParseLimits.Default;
        var totals = DotinFields.Keys.ToDictionary(k => k, k => new FieldScore(k, 0, 0, 0));
        var labelled = DotinFields.Keys.ToDictionary(k => k, k => new FieldScore(k, 0, 0, 0));
        var documents = 0;
        foreach (var (number, textPath, labelPath) in DotinFiles(directory))
        {
            if (!include(number)) continue;
            documents++;
            var text = ReadLimited(textPath, limits);
            ParsedResume resume;
            try { resume = parser.Parse(ExtractedText.FromPlainText(text, Path.GetFileName(textPath)), today, limits); }
            catch (ParseException e) { throw new InvalidDataException($"{Path.GetFileName(textPath)}: {e.Code}: {e.Message}", e); }
            var labels = ReadLabels(labelPath, limits);
            var predicted = Predict(resume, NamedSkillMentions(parser.Skills, text));
            foreach (var field in DotinFields.Keys)
            {
                var gold = Gold(labels, field);
                var guess = predicted[field].Select(Normalize).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
                var score = Score(field, gold, guess, text);
                totals[field] = totals[field].Add(score);
                if (gold.Count > 0) labelled[field] = labelled[field].Add(score);
            }
        }
        return new EvaluationResult(name, documents, totals.Values.ToList()) { LabelledOnly = labelled.Values.ToList() };
    }

    /// <summary>The text of <paramref name="path"/>; a file over the size limit is refused before it is read.</summary>
    internal static string ReadLimited(string path, ParseLimits limits)
    {
        if (new FileInfo(path).Length > limits.MaxBytes)
            throw new InvalidDataException(limits.MaxBytes >= 1024 * 1024
                ? string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: too-large: larger than {limits.MaxBytes / (1024.0 * 1024):0.#} MB")
                : string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: too-large: larger than {limits.MaxBytes} bytes"));
        return File.ReadAllText(path);
    }

    /// <summary>The labelled values of <paramref name="field"/>, each once (by <see cref="Normalize"/>), empty ones left out.</summary>
    internal static List<string> Gold(IReadOnlyDictionary<string, List<string>> labels, string field)
        => DotinFields[field].SelectMany(k => labels.GetValueOrDefault(k) ?? []).Where(v => Normalize(v).Length > 0)
            .DistinctBy(Normalize, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Counts one document's field: each labelled value is matched by at most one distinct predicted value, either the
    /// whole value or, when the labelled span runs across a line break of the text ("B.E. in ENC⏎⏎North Maharashtra
    /// University" labelled as the college "ENC North Maharashtra University"), its part on one of those lines.
    /// </summary>
    public static FieldScore Score(string field, IReadOnlyList<string> gold, IReadOnlySet<string> guess, string text)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var tp = 0;
        foreach (var value in gold)
        {
            var hit = new[] { Normalize(value) }.Concat(LineParts(value, text)).FirstOrDefault(v => guess.Contains(v) && !used.Contains(v));
            if (hit is null) continue;
            used.Add(hit);
            tp++;
        }
        return new FieldScore(field, tp, guess.Count - tp, gold.Count - tp);
    }

    /// <summary>The normalised parts of <paramref name="value"/> on each line when its first occurrence in the text spans lines.</summary>
    private static IEnumerable<string> LineParts(string value, string text)
    {
        var words = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) yield break;
        var pattern = string.Join(@"\s+", words.Select(System.Text.RegularExpressions.Regex.Escape));
        var match = System.Text.RegularExpressions.Regex.Match(text, pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        if (!match.Success || !match.Value.Contains('\n', StringComparison.Ordinal)) yield break;
        foreach (var part in match.Value.Split('\n'))
            if (Normalize(part) is { Length: > 0 } normalized) yield return normalized;
    }

    /// <summary>Scores the tuning and the held-out split.</summary>
    public static (EvaluationResult Tuning, EvaluationResult HeldOut) EvaluateDotin(string directory, ResumeParser parser, DateOnly today)
        => (EvaluateDotin(directory, parser, today, DotinSplit.Tuning), EvaluateDotin(directory, parser, today, DotinSplit.HeldOut));

    /// <summary>
    /// The values the parser gives for each scored field. Degrees and colleges are the education entries plus the degrees
    /// and schools named anywhere in the text; degrees also count the certificates and licences named anywhere, which the
    /// Dotin labels file under "Degree" ("CPR Certification", "Professional Educator License"). Skills are the listed
    /// skills and the spoken languages plus, when <paramref name="mentions"/> are given, the taxonomy mentions as the text
    /// writes them (the labels are spans of the text, so "MS Excel" is compared as written, not as the term's name
    /// "Microsoft Excel"), only those of terms that are skills (not industries, role families or certifications;
    /// <see cref="NamedSkillMentions"/> also leaves domains out); without mentions, the names of the mapped skills.
    /// </summary>
    public static Dictionary<string, List<string>> Predict(ParsedResume resume, IReadOnlyList<SkillMention>? mentions = null)
    {
        var headline = HeadlineParts(resume.Headline);
        var designations = resume.Roles.Select(r => r.Title).OfType<string>().Concat(resume.MentionedTitles).ToList();
        var companies = resume.Roles.Select(r => r.Employer).OfType<string>().Concat(resume.MentionedEmployers).ToList();
        if (headline.Length > 0) designations.Add(headline[0]);
        // "Project Manager / Technology Lead", "Paralegal/Bookkeeper", "Founder and CEO" hold two titles; the annotations list each.
        designations = designations.SelectMany(MentionReader.TitleParts).ToList();
        if (headline.Length > 1) companies.Add(headline[1]);
        // Mentions of industries and role families ("banking", "project manager") are not skills.
        var skillCodes = resume.Skills.Select(s => s.TaxonomyCode).ToHashSet(StringComparer.Ordinal);
        return new Dictionary<string, List<string>>
        {
            ["name"] = resume.Name is { } n ? [n] : [],
            ["email"] = resume.Email is { } e ? [e] : [],
            ["designation"] = designations,
            ["company"] = companies,
            ["degree"] = resume.Education.Select(x => x.AsWritten ?? x.Degree).OfType<string>().Concat(resume.MentionedDegrees).Concat(resume.MentionedCertificates).ToList(),
            // The labels name colleges: secondary schools of the education section are left out.
            ["college"] = resume.Education.Select(x => x.Institution).OfType<string>().Where(i => !SchoolReader.IsSecondary(i)).Concat(resume.MentionedSchools).ToList(),
            ["skills"] = resume.ListedSkills.Concat(resume.Languages).Concat(mentions?.Where(m => skillCodes.Contains(m.Code)).Select(m => m.Text) ?? resume.Skills.Select(s => s.Name)).ToList(),
        };
    }

    /// <summary>
    /// The title and the employer a headline names: "Project Manager - Acme" (the title, then the employer after a dash),
    /// "DevOps Consultant with Infosys Limited", "Working as Escalation Engineer with Microsoft." (the title between "working as"
    /// and "with" or "at"); one part when no employer follows.
    /// </summary>
    internal static string[] HeadlineParts(string? headline)
    {
        if (headline is null) return [];
        if (headline.Split(" - ", 2) is [_, _] dashed) return dashed;
        var m = HeadlineWith().Match(headline);
        return m.Success ? [m.Groups["title"].Value, m.Groups["employer"].Value] : [headline];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?i:(?:currently\s+)?working\s+as\s+(?:an?\s+)?)?(?<title>[A-Z][^,]*?)\s+(?:with|at)\s+(?<employer>[A-Z][^,]*?)\.?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex HeadlineWith();

    /// <summary>
    /// The taxonomy mentions of <paramref name="text"/> that name a skill the way a résumé claims one: not a role family
    /// ("project manager" is a job, not a skill) nor a domain (in a sentence, "supply chain", "CRM", "social media" say what
    /// the work was about; listed under a skills heading, the parser reads them as claimed), and written as a name, with a
    /// capital letter ("Java", "SQL", "Agile"), not as a common word of a sentence ("testing", "programming",
    /// "documentation"); lists are read by the parser itself.
    /// "Interpersonal skills" is "Interpersonal", as the parser reads "Excellent communication skills" in a list.
    /// </summary>
    public static List<SkillMention> NamedSkillMentions(SkillMatcher matcher, string text)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        return matcher.Match(text).Where(m => m.Text.Any(char.IsUpper) && matcher.Find(m.Code)?.Category is not (Shortlist.Domain.Taxonomy.TaxonomyCategory.RoleFamily or Shortlist.Domain.Taxonomy.TaxonomyCategory.Domain))
            .Select(m => m.Text.EndsWith(" skills", StringComparison.OrdinalIgnoreCase) && m.Text.Length > 7 ? m with { Text = m.Text[..^7] } : m).ToList();
    }

    /// <summary>
    /// Case and whitespace folded; dots, hyphens, underscores, brackets and quotes read as spaces ("Sr.Software
    /// Engineer" is "sr software engineer", "B-Tech" and "B.Tech" are "b tech"); stray punctuation at the ends removed.
    /// Letters, digits and the symbols that change a meaning (+ # / &amp;) are kept, so "C" and "C++" stay apart.
    /// </summary>
    public static string Normalize(string value)
    {
        var folded = new System.Text.StringBuilder(value.Length);
        foreach (var c in value.ToLowerInvariant())
            folded.Append(c is '.' or '-' or '–' or '—' or '_' or '(' or ')' or '[' or ']' or '"' or '\'' or '’' or '‘' or '“' or '”' or '\\' ? ' ' : c);
        return string.Join(' ', folded.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', ';', ':', '|');
    }

    internal static IEnumerable<(int Number, string Text, string Labels)> DotinFiles(string directory)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"The Dotin folder '{directory}' does not exist.");
        foreach (var labels in Directory.EnumerateFiles(directory, "*.labels.json").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileName(labels)[..^".labels.json".Length];
            var text = Path.Combine(directory, stem + ".txt");
            if (int.TryParse(stem, CultureInfo.InvariantCulture, out var number) && File.Exists(text)) yield return (number, text, labels);
        }
    }

    internal static Dictionary<string, List<string>> ReadLabels(string path, ParseLimits? limits = null)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(ReadLimited(path, limits ?? ParseLimits.Default)); }
        catch (JsonException e) { throw new InvalidDataException($"{Path.GetFileName(path)}: not a labels document ({e.Message.Split('\n')[0].Trim()})", e); }
        using var owned = document;
        if (document.RootElement.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{Path.GetFileName(path)}: not a labels document (a JSON object of field names)");
        var labels = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
            labels[property.Name] = property.Value.ValueKind == JsonValueKind.Array
                ? property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
                : property.Value.ValueKind == JsonValueKind.String ? [property.Value.GetString()!] : [];
        return labels;
    }
}
