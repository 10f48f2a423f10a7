using System.Globalization;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Web.Features.Candidates;

namespace Shortlist.Web.Features.Portal;

/// <summary>
/// The profile editor's form, all text as typed so a refused form comes back exactly as it was. List sections hold the
/// existing rows plus blank ones; blank rows are ignored. <see cref="ToRequest"/> turns it into the API's request,
/// reporting unreadable values per row.
/// </summary>
public sealed class ProfileForm
{
    public const int BlankRows = 2;
    /// <summary>
    /// The most rows a section reads or grows to: above what a profile may hold (500 skills, 100 roles), so every row a
    /// profile has is read back and the domain's own limits refuse a profile too large, rather than rows being dropped.
    /// </summary>
    public const int MaxRows = 600;

    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public string? Country { get; set; }
    public string? Headline { get; set; }
    public string? Summary { get; set; }
    /// <summary>One link a line.</summary>
    public string? Links { get; set; }
    public List<RoleRow> Roles { get; set; } = [];
    public List<SkillRow> Skills { get; set; } = [];
    public List<CertificationRow> Certifications { get; set; } = [];
    public List<IndustryRow> Industries { get; set; } = [];
    public List<EducationRow> Education { get; set; } = [];
    public List<ProjectRow> TrackRecord { get; set; } = [];
    /// <summary>Preferred locations, one a line.</summary>
    public string? Locations { get; set; }
    public WorkplaceMode Workplace { get; set; } = WorkplaceMode.Hybrid;
    public string? AvailableFrom { get; set; }
    public string? PayMinimum { get; set; }
    public string? PayMaximum { get; set; }
    public CompensationUnit PayUnit { get; set; } = CompensationUnit.Hourly;
    public string? Currency { get; set; } = "USD";
    public bool Contract { get; set; }
    public bool ContractToHire { get; set; }
    public bool Permanent { get; set; }
    public WorkAuthorization Authorization { get; set; }
    public long Version { get; set; }
    /// <summary>
    /// What each section held when the form was opened (a hash a section, <c>skills:…;roles:…</c>), so that a save over a
    /// newer version keeps only the sections this person changed and shows the rest as they are now.
    /// </summary>
    public string? Baseline { get; set; }

    /// <summary>The sections, in the form's order, by the names <see cref="Baseline"/> uses.</summary>
    public static readonly string[] Sections = ["contact", "about", "roles", "skills", "certifications", "industries", "education", "trackRecord", "preferences"];

    /// <summary>A hash of what each section holds, blank rows and line-ending differences aside.</summary>
    public Dictionary<string, string> SectionHashes()
    {
        static string N(string? value) => (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        static string Hash(IEnumerable<object?> parts)
            => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
                System.Text.Json.JsonSerializer.Serialize(parts.Select(p => p switch { null => "", string s => N(s), _ => p })))))[..16];
        // A row's text as JSON, a browser's CR LF in a description (escaped "\r\n") read as the LF it was sent as.
        IEnumerable<object?> Rows<T>(List<T> rows, Func<T, bool> blank)
            => rows.Where(r => r is not null && !blank(r)).Select(r => (object?)System.Text.Json.JsonSerializer.Serialize(r).Replace(@"\r\n", @"\n", StringComparison.Ordinal));
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["contact"] = Hash([FirstName, LastName, Email, Phone, City, Region, Country]),
            ["about"] = Hash([Headline, Summary, Links]),
            ["roles"] = Hash(Rows(Roles, r => r.IsBlank)),
            ["skills"] = Hash(Rows(Skills, r => r.IsBlank)),
            ["certifications"] = Hash(Rows(Certifications, r => r.IsBlank)),
            ["industries"] = Hash(Rows(Industries, r => r.IsBlank)),
            ["education"] = Hash(Rows(Education, r => r.IsBlank)),
            ["trackRecord"] = Hash(Rows(TrackRecord, r => r.IsBlank)),
            ["preferences"] = Hash([Locations, Workplace.ToString(), AvailableFrom, PayMinimum, PayMaximum, PayUnit.ToString(), Currency, Contract, ContractToHire, Permanent, Authorization.ToString()]),
        };
    }

    /// <summary>Sets <see cref="Baseline"/> to what the form holds now.</summary>
    public void MarkBaseline() => Baseline = string.Join(';', SectionHashes().Select(kv => $"{kv.Key}:{kv.Value}"));

    /// <summary>
    /// The sections this form changed since it was opened (by <see cref="Baseline"/>); null when the form carries no
    /// baseline (then every section counts as changed).
    /// </summary>
    public HashSet<string>? ChangedSections()
    {
        if (string.IsNullOrWhiteSpace(Baseline)) return null;
        var opened = Baseline.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return [.. SectionHashes().Where(kv => !opened.TryGetValue(kv.Key, out var hash) || hash != kv.Value).Select(kv => kv.Key)];
    }

    /// <summary>
    /// This form's changed <paramref name="sections"/> laid over <paramref name="newer"/> (the profile as it is now):
    /// what another person or a résumé upload changed elsewhere is kept.
    /// </summary>
    public void CopySectionsTo(ProfileForm newer, IReadOnlySet<string> sections)
    {
        if (sections.Contains("contact")) (newer.FirstName, newer.LastName, newer.Email, newer.Phone, newer.City, newer.Region, newer.Country) = (FirstName, LastName, Email, Phone, City, Region, Country);
        if (sections.Contains("about")) (newer.Headline, newer.Summary, newer.Links) = (Headline, Summary, Links);
        if (sections.Contains("roles")) newer.Roles = Roles;
        if (sections.Contains("skills")) newer.Skills = Skills;
        if (sections.Contains("certifications")) newer.Certifications = Certifications;
        if (sections.Contains("industries")) newer.Industries = Industries;
        if (sections.Contains("education")) newer.Education = Education;
        if (sections.Contains("trackRecord")) newer.TrackRecord = TrackRecord;
        if (sections.Contains("preferences"))
            (newer.Locations, newer.Workplace, newer.AvailableFrom, newer.PayMinimum, newer.PayMaximum, newer.PayUnit, newer.Currency, newer.Contract, newer.ContractToHire, newer.Permanent, newer.Authorization)
                = (Locations, Workplace, AvailableFrom, PayMinimum, PayMaximum, PayUnit, Currency, Contract, ContractToHire, Permanent, Authorization);
    }

    public sealed class RoleRow
    {
        public string? Title { get; set; }
        public string? Employer { get; set; }
        public string? Industry { get; set; }
        public string? Start { get; set; }
        /// <summary>Empty means "present".</summary>
        public string? End { get; set; }
        public string? Location { get; set; }
        public string? Description { get; set; }
        public bool IsBlank => Blank(Title, Employer, Industry, Start, End, Location, Description);
    }

    public sealed class SkillRow
    {
        public string? Name { get; set; }
        public string? Years { get; set; }
        public string? LastUsed { get; set; }
        public bool IsBlank => Blank(Name, Years, LastUsed);
    }

    public sealed class CertificationRow
    {
        public string? Name { get; set; }
        public string? Year { get; set; }
        public string? Expires { get; set; }
        public string? Issuer { get; set; }
        public bool IsBlank => Blank(Name, Year, Expires, Issuer);
    }

    public sealed class IndustryRow
    {
        public string? Industry { get; set; }
        public string? Years { get; set; }
        public bool IsBlank => Blank(Industry, Years);
    }

    public sealed class EducationRow
    {
        public string? Institution { get; set; }
        public string? Degree { get; set; }
        public string? Field { get; set; }
        public string? Year { get; set; }
        public bool IsBlank => Blank(Institution, Degree, Field, Year);
    }

    public sealed class ProjectRow
    {
        public string? Name { get; set; }
        public string? Budget { get; set; }
        public string? TeamSize { get; set; }
        /// <summary>"yes", "no" or empty.</summary>
        public string? OnTime { get; set; }
        public string? OnBudget { get; set; }
        public string? Year { get; set; }
        public bool IsBlank => Blank(Name, Budget, TeamSize, OnTime, OnBudget, Year);
    }

    /// <summary>The form filled from a profile, with blank rows to add to.</summary>
    public static ProfileForm From(Candidate c, TaxonomyLookup taxonomy)
    {
        var pay = c.Preferences.Compensation;
        var form = new ProfileForm
        {
            FirstName = c.FirstName, LastName = c.LastName, Email = c.Email, Phone = c.Phone,
            City = c.Location?.City, Region = c.Location?.Region, Country = c.Location?.Country,
            Headline = c.Headline, Summary = c.Summary, Links = string.Join('\n', c.Links),
            // Rows keep the stored order, so saving an untouched form changes nothing.
            Roles = [.. c.Roles.Select(r => new RoleRow
            {
                Title = r.Title, Employer = r.Employer, Industry = r.Industry is { } industry ? taxonomy.NameOf(industry) : null, Start = Date(r.Start), End = r.End is { } end ? Date(end) : null,
                Location = r.Location, Description = r.Description,
            })],
            Skills = [.. c.Skills.Select(s => new SkillRow { Name = s.Name, Years = Number(s.Years), LastUsed = s.LastUsedYear?.ToString(CultureInfo.InvariantCulture) })],
            Certifications = [.. c.Certifications.Select(x => new CertificationRow { Name = x.Name, Year = x.Year?.ToString(CultureInfo.InvariantCulture), Expires = x.Expires is { } e ? Date(e) : null, Issuer = x.Issuer })],
            Industries = [.. c.Industries.Select(i => new IndustryRow { Industry = taxonomy.NameOf(i.Industry), Years = Number(i.Years) })],
            Education = [.. c.Education.Select(e => new EducationRow { Institution = e.Institution, Degree = e.Degree, Field = e.Field, Year = e.Year?.ToString(CultureInfo.InvariantCulture) })],
            TrackRecord = [.. c.TrackRecord.Select(p => new ProjectRow
            {
                Name = p.Name, Budget = p.Budget?.ToString(CultureInfo.InvariantCulture), TeamSize = p.TeamSize?.ToString(CultureInfo.InvariantCulture),
                OnTime = YesNo(p.OnTime), OnBudget = YesNo(p.OnBudget), Year = p.Year?.ToString(CultureInfo.InvariantCulture),
            })],
            Locations = string.Join('\n', c.Preferences.Locations ?? []),
            Workplace = c.Preferences.Workplace, AvailableFrom = c.Preferences.AvailableFrom is { } from ? Date(from) : null,
            PayMinimum = pay?.Minimum?.ToString(CultureInfo.InvariantCulture), PayMaximum = pay?.Maximum?.ToString(CultureInfo.InvariantCulture),
            PayUnit = pay?.Unit ?? CompensationUnit.Hourly, Currency = pay?.Currency ?? "USD",
            Contract = c.Preferences.Engagement.HasFlag(EngagementTypes.Contract),
            ContractToHire = c.Preferences.Engagement.HasFlag(EngagementTypes.ContractToHire),
            Permanent = c.Preferences.Engagement.HasFlag(EngagementTypes.Permanent),
            Authorization = c.Preferences.Authorization, Version = c.Version,
        };
        form.MarkBaseline();
        form.AddBlankRows(null);
        return form;
    }

    /// <summary>Adds blank rows: to one section (by name), or a few to every section that has none.</summary>
    public void AddBlankRows(string? section)
    {
        void Pad<T>(List<T> rows, string name, Func<T, bool> blank) where T : new()
        {
            var wanted = string.Equals(section, name, StringComparison.OrdinalIgnoreCase) ? BlankRows + 1 : section is null ? BlankRows - rows.Count(blank) : 0;
            for (var i = 0; i < wanted && rows.Count < MaxRows; i++) rows.Add(new T());
        }
        Pad(Roles, nameof(Roles), r => r.IsBlank);
        Pad(Skills, nameof(Skills), r => r.IsBlank);
        Pad(Certifications, nameof(Certifications), r => r.IsBlank);
        Pad(Industries, nameof(Industries), r => r.IsBlank);
        Pad(Education, nameof(Education), r => r.IsBlank);
        Pad(TrackRecord, nameof(TrackRecord), r => r.IsBlank);
    }

    /// <summary>
    /// The request for <see cref="ProfileEditor"/>, skipping blank rows. Errors are keyed like the editor's
    /// (<c>skills[3]</c>) but with the form's row index; <paramref name="rowOf"/> maps the request's indexes back to rows.
    /// </summary>
    public CandidateRequest ToRequest(Dictionary<string, string[]> errors, out Dictionary<string, List<int>> rowOf)
    {
        rowOf = [];
        var map = rowOf;
        List<TOut> Rows<TIn, TOut>(List<TIn> rows, string field, Func<TIn, bool> blank, Func<TIn, TOut> read)
        {
            var list = new List<TOut>();
            map[field] = [];
            for (var i = 0; i < rows.Count && i < MaxRows; i++)
            {
                if (rows[i] is null || blank(rows[i])) continue;
                try { list.Add(read(rows[i])); map[field].Add(i); }
                catch (FormatException e) { errors[$"{field}[{i}]"] = [e.Message]; }
            }
            return list;
        }

        var roles = Rows(Roles, "roles", r => r.IsBlank, r => new ProfileRole(r.Title?.Trim() ?? "", r.Employer?.Trim() ?? "", Text(r.Industry),
            ReadDate(r.Start, "start date") ?? throw new FormatException("Give the start date."), ReadDate(r.End, "end date"), Text(r.Location), Paragraphs(r.Description)));
        var skills = Rows(Skills, "skills", s => s.IsBlank, s => new ProfileSkill(s.Name?.Trim() ?? "", s.Name?.Trim() ?? "",
            ReadDouble(s.Years, "years") ?? 0, ReadInt(s.LastUsed, "last used year")));
        var certifications = Rows(Certifications, "certifications", c => c.IsBlank, c => new ProfileCertification(c.Name?.Trim() ?? "", c.Name?.Trim() ?? "",
            ReadInt(c.Year, "year"), ReadDate(c.Expires, "expiry date"), Text(c.Issuer)));
        var industries = Rows(Industries, "industries", i => i.IsBlank, i => new ProfileIndustry(i.Industry?.Trim() ?? "", ReadDouble(i.Years, "years") ?? 0));
        var education = Rows(Education, "education", e => e.IsBlank, e => new ProfileEducation(e.Institution?.Trim() ?? "", Text(e.Degree), Text(e.Field), ReadInt(e.Year, "year")));
        var projects = Rows(TrackRecord, "trackRecord", p => p.IsBlank, p => new ProjectRecord(p.Name?.Trim() ?? "", ReadDecimal(p.Budget, "budget"),
            ReadInt(p.TeamSize, "team size"), ReadBool(p.OnTime), ReadBool(p.OnBudget), ReadInt(p.Year, "year")));

        Preferences? preferences = null;
        try
        {
            var min = ReadDecimal(PayMinimum, "minimum rate or salary");
            var max = ReadDecimal(PayMaximum, "maximum rate or salary");
            var engagement = (Contract ? EngagementTypes.Contract : 0) | (ContractToHire ? EngagementTypes.ContractToHire : 0) | (Permanent ? EngagementTypes.Permanent : 0);
            preferences = new Preferences(Workplace, engagement,
                min is null && max is null ? null : new Compensation(min, max, PayUnit, (Currency ?? "").Trim().ToUpperInvariant()),
                ReadDate(AvailableFrom, "availability date"), Authorization, Lines(Locations));
        }
        catch (FormatException e) { errors["preferences"] = [e.Message]; }

        Place? location = Text(City) is null && Text(Region) is null && Text(Country) is null ? null : new Place(Text(City), Text(Region), Text(Country));
        return new CandidateRequest(FirstName ?? "", LastName ?? "", Email ?? "", Text(Phone), location, Text(Headline), Paragraphs(Summary),
            roles, skills, certifications, industries, projects, preferences, Lines(Links), education, Version);
    }

    private static bool Blank(params string?[] values) => values.All(string.IsNullOrWhiteSpace);
    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    private static List<string> Lines(string? text) => [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Number(double d) => d.ToString("0.###", CultureInfo.InvariantCulture);
    // Browsers send textarea line breaks as CRLF; stored text uses LF.
    private static string? Paragraphs(string? value) => Text(value)?.Replace("\r\n", "\n", StringComparison.Ordinal);
    private static string? YesNo(bool? b) => b switch { true => "yes", false => "no", _ => null };
    private static bool? ReadBool(string? text) => Text(text)?.ToLowerInvariant() switch { "yes" => true, "no" => false, _ => null };

    private static DateOnly? ReadDate(string? text, string what)
    {
        if (Text(text) is not { } t) return null;
        if (DateOnly.TryParseExact(t, ["yyyy-MM-dd", "yyyy-MM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new FormatException($"The {what} '{t}' is not a date (year-month-day, e.g. 2021-03-01).");
    }

    private static int? ReadInt(string? text, string what)
    {
        if (Text(text) is not { } t) return null;
        return int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"The {what} '{t}' is not a whole number.");
    }

    private static double? ReadDouble(string? text, string what)
    {
        if (Text(text) is not { } t) return null;
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : throw new FormatException($"The {what} '{t}' is not a number.");
    }

    private static decimal? ReadDecimal(string? text, string what)
    {
        if (Text(text) is not { } t) return null;
        return decimal.TryParse(t.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"The {what} '{t}' is not a number.");
    }
}
