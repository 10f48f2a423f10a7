using System.Text.RegularExpressions;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Taxonomy;
using Shortlist.Parsing.Skills;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Resumes;

/// <summary>
/// Turns extracted résumé text into a profile: contact details, sections, dated roles, education, certifications,
/// skills and industries (mapped to the taxonomy, with years counted over the roles that mention them) and track record.
/// </summary>
public sealed partial class ResumeParser(SkillMatcher skills)
{
    [GeneratedRegex(@"^(?<d>(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d)\s*[–—-]\s+(?!(?i:present|current|now|till|to\s+date|[a-z]{3,9}\.?,?\s+(?:19|20)\d\d)\b)(?<rest>\D.*)$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex OpenRange();

    [GeneratedRegex(@"^(?<d>present|current|now|(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d)\b\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex CloseRange();

    [GeneratedRegex(@"\((?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d(?<to>\s*(?:to|until|till|through|[-–—]))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex OpenBracketedYear();

    [GeneratedRegex(@"^(?<d>(?<to>(?:to|until|till|through|[-–—])\s*)?(?:present|current|date|now|(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d))\s*\)\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ClosingBracketedYear();

    /// <summary>
    /// Two dates with only spaces between them, or a year glued to "present" ("April 2010  June 2012", "2010  2014",
    /// "18/06/2014  Present", "2003Present"): a range whose dash was lost when the text was extracted.
    /// </summary>
    [GeneratedRegex(@"(?<![\w/.-])(?<a>(?:" + MonthPatterns.Any + @",?\s+|(?:\d{1,2}[/.-]){1,2})?(?<y1>(?:19|20)\d\d))(?:\s{2,}(?<b>(?:" + MonthPatterns.Any + @",?\s+|(?:\d{1,2}[/.-]){1,2})?(?<y2>(?:19|20)\d\d)|present|current)|\s?(?<b>present))(?![\w/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DashlessRange();

    /// <summary>The taxonomy matcher the parser maps skills with.</summary>
    public SkillMatcher Skills { get; } = skills;

    /// <summary>Parses <paramref name="text"/>; <paramref name="today"/> ends roles that run to the present.</summary>
    public ParsedResume Parse(ExtractedText text, DateOnly today) => Parse(text, today, ParseLimits.Default);

    /// <summary>
    /// Parses <paramref name="text"/> within <paramref name="limits"/>' time budget (counted from this call; the
    /// extraction had its own): the budget and <paramref name="cancellation"/> are checked between the passes and every
    /// few dozen lines inside the section, role and mention passes, so one enormous page cannot run long.
    /// </summary>
    /// <exception cref="ParseException">Timeout when the budget is spent or the caller cancelled; TooComplex when a passage
    /// still makes a pattern run past its timeout.</exception>
    public ParsedResume Parse(ExtractedText text, DateOnly today, ParseLimits limits, CancellationToken cancellation = default)
    {
        try { return ParseWithin(text, today, limits, cancellation); }
        catch (RegexMatchTimeoutException e)
        {
            // Lines are cut to MaxLine characters so no reader's pattern should run long; if one still does, the file is
            // refused with a clear problem rather than an error.
            throw new ParseException(ParseProblem.TooComplex, "The text has a passage too complex to read.", e);
        }
    }

    private ParsedResume ParseWithin(ExtractedText text, DateOnly today, ParseLimits limits, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var budget = new Budget(limits.Budget, cancellation);
        if (text.Format == SourceFormat.JsonResume && text.Json is { } json) return Enrich(JsonResumeReader.Read(json), text.Text, today, budget);
        var lines = Reflow(text.Text);
        budget.Check();
        var sections = Sections.Split(lines, budget);
        var header = sections.Where(s => s.Kind == SectionKind.Header).SelectMany(s => s.Lines).ToList();
        var experience = sections.Where(s => s.Kind == SectionKind.Experience).SelectMany(s => s.Lines).ToList();
        // An experience heading other than one that stands beside a main one ("Internships").
        var hasExperience = sections.Any(s => s.Kind == SectionKind.Experience && !Sections.IsSideExperience(s.Heading));
        // No experience heading: the roles are read from every section that may hold them. Only headings that stand beside a
        // main one ("Early Career" under an unrecognised "Career Overview"): from those and every section that may hold them
        // but awards, publications, service and the like.
        static bool MayHoldJobs(Section s) => s.Kind is SectionKind.Projects or SectionKind.Experience || s.Kind == SectionKind.Other && !Sections.HoldsNoJobs(s.Heading);
        if (experience.Count == 0)
            experience = sections.Where(s => s.Kind is SectionKind.Header or SectionKind.Summary or SectionKind.Other or SectionKind.Projects).SelectMany(s => s.Lines).ToList();
        else if (!hasExperience)
            experience = sections.Where(s => s.Kind == SectionKind.Header || MayHoldJobs(s)).SelectMany(s => s.Lines).ToList();
        // "02/07/2009" is July where the résumé's other dates put the day first ("18/06/2014").
        var roles = RoleReader.Read(experience, budget, DateRanges.WritesDayFirst(experience));
        // "ACCOMPLISHMENTS / THUNDERBIRD SCHOOL OF GLOBAL MANAGEMENT, Phoenix, Arizona / 2000 to 2012 / Chief Business Officer", then
        // "PRIOR EXPERIENCE" with no dated entry: when the experience headings hold no role, the career is under another heading.
        if (roles.Count == 0 && hasExperience)
        {
            var elsewhere = sections.Where(s => s.Kind == SectionKind.Summary || MayHoldJobs(s)).SelectMany(s => s.Lines).ToList();
            roles = RoleReader.Read(elsewhere, budget, DateRanges.WritesDayFirst(elsewhere));
        }
        // "Employment / Courtyard Group, Consultant, 2006-Present / Selected projects: / … / PharmAchieve, Founder and CEO,
        // 2009-Present": a projects heading inside the jobs, after which the jobs go on. Its entries that name both a title and
        // an employer are roles; the projects' own entries ("Ontario Diabetes Registry (Client: …) 2008-Present") are not.
        if (hasExperience)
            for (var i = 1; i < sections.Count; i++)
                if (sections[i].Kind == SectionKind.Projects && sections[i - 1].Kind == SectionKind.Experience)
                    roles.AddRange(RoleReader.Read(sections[i].Lines.ToList(), budget, DateRanges.WritesDayFirst(sections[i].Lines))
                        .Where(r => r.Title is { } t && Lexicon.IsTitle(t) && r.Employer is not null));
        var education = EducationReader.Read(sections.Where(s => s.Kind == SectionKind.Education).SelectMany(s => s.Lines).ToList());
        if (education.Count == 0) education = EducationReader.ReadLoose(sections.Where(s => s.Kind != SectionKind.Skills).SelectMany(s => s.Lines));
        var name = header.Take(8).FirstOrDefault(Contact.LooksLikeName) ?? header.Take(8).Select(Contact.NameIn).FirstOrDefault(n => n is not null) ?? lines.Take(3).Select(Contact.NamePrefix).FirstOrDefault(n => n is not null)
            ?? lines.Take(60).Where(l => l.StartsWith("name", StringComparison.OrdinalIgnoreCase) && l.Contains(':', StringComparison.Ordinal)).Select(Contact.NameIn).FirstOrDefault(n => n is not null)
            ?? Contact.LabelledName(lines) ?? Contact.FirstLineName(lines) ?? NameAboveContact(lines);
        var summary = string.Join(' ', sections.Where(s => s.Kind == SectionKind.Summary).SelectMany(s => s.Lines).Where(l => l.Length > 0));
        var listed = ListedSkills(sections.Where(s => s.Kind == SectionKind.Skills).SelectMany(s => s.Lines)
            .Concat(sections.Where(s => s.Kind != SectionKind.Skills).SelectMany(s => s.Lines).Where(IsSkillLabelLine)));
        listed.AddRange(SkillsNamedInSentences(sections.Where(s => s.Kind != SectionKind.Skills).SelectMany(s => s.Lines)).Where(i => !listed.Contains(i, StringComparer.OrdinalIgnoreCase)));
        // The sections where the writer's own work is written: not the skills, nor lists of awards, publications, referees and the like.
        var written = sections.Where(s => s.Kind != SectionKind.Skills && !Sections.HoldsNoWork(s)).ToList();
        var (titles, employers) = MentionReader.Read(written.Where(s => s.Kind != SectionKind.Certifications).SelectMany(s => s.Lines), budget);
        // "Teacher, Lane High School": schools below college level named outside the education section are where the writer worked.
        employers.AddRange(SchoolReader.Employers(sections.Where(s => s.Kind == SectionKind.Experience).SelectMany(s => s.Lines))
            .Where(e => !employers.Contains(e, StringComparer.OrdinalIgnoreCase)).ToList());
        // Role header lines, section by section; the header only when no experience heading was found (after its contact lines).
        foreach (var section in written.Where(s => s.Kind is not (SectionKind.Education or SectionKind.Certifications) && (s.Kind != SectionKind.Header || !hasExperience)))
        {
            var (headerTitles, headerEmployers) = HeaderReader.Read(section.Lines, section.Kind);
            titles.AddRange(headerTitles.Where(t => !titles.Contains(t, StringComparer.OrdinalIgnoreCase)));
            employers.AddRange(headerEmployers.Where(e => !employers.Contains(e, StringComparer.OrdinalIgnoreCase)));
        }
        // "Senior Associate Consultant - Infosys/Offshore Lead": a title, then after a dash an employer read elsewhere, is the title.
        var employerNames = employers.Concat(roles.Select(r => r.Employer).OfType<string>()).Select(e => Lexicon.LegalFormAtEnd().Replace(e, "")).Where(e => e.Length >= 3).ToList();
        // A title has letters and is no address ("10", "daysi.kertzmann@gmail.com Director").
        // Nor the rest of a phrase cut at a joining word ("and Lawyer to Lawyer").
        // "Bernier Software-Firmware Engineer": the writer's name before a title on the header's line is not part of it.
        titles = titles.Select(t => MentionReader.CleanTitle(WithoutName(TitleBeforeEmployer(t, employerNames), name))).Where(t => t.Any(char.IsLetter) && !t.Contains('@', StringComparison.Ordinal) && !OpensWithJoiner(t) && !DegreeReader.IsDegree(t) && !IsProduct(t))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // "Adjunct Associate" read beside "Adjunct Associate Professor": the front of a longer title, cut at a word that ends titles too.
        titles = titles.Where(t => !(CutBefore().IsMatch(t) && titles.Any(u => u.Length > t.Length + 1 && u.StartsWith(t + " ", StringComparison.OrdinalIgnoreCase)))).ToList();
        // "Kendall Rod Considine HALF TECHNOLOGIES": the name a page's running header repeats, before the first line of the next page.
        if (name is not null)
        {
            roles = roles.Select(r => r with { Title = r.Title is { } t ? WithoutName(t, name) : null, Employer = r.Employer is { } e ? WithoutName(e, name) : null }).ToList();
            employers = employers.Select(e => WithoutName(e, name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }
        roles = roles.Select(r => r.Title is { } t && MentionReader.CleanTitle(t) is var clean && clean != t ? r with { Title = clean } : r).ToList();
        // A role's title holds a word titles are made of; a heading, a project or a school read from the header lines ("Academic
        // Details", "Innovate My School", "State University") is not shown as one.
        // Nor is a product whose name ends in a title word ("SharePoint Designer", "System Center Operations Manager").
        roles = roles.Select(r => r.Title is { } t && (!MentionReader.HoldsTitleWord(t) || IsProduct(t)) ? r with { Title = null } : r).ToList();
        // "Business Intelligence", "Market Research" read where an employer stands name what was done, not where.
        // Nor is the writer's own name, or a label of the contact block ("NAME"), read where an employer stands.
        // Nor is the rest of a phrase cut at a joining word ("and CIO-level", "of the board").
        bool NoEmployer(string e) => NamesWork(e) || name is not null && e.Equals(name, StringComparison.OrdinalIgnoreCase) || e.Equals("name", StringComparison.OrdinalIgnoreCase)
            || OpensWithJoiner(e);
        // "Political Science. Responsible for supervising faculty": the employer ends where a sentence after it starts.
        employers = employers.Select(e => SentenceAfter().Replace(e, "")).Distinct(StringComparer.OrdinalIgnoreCase).Where(e => !NoEmployer(e)).ToList();
        roles = roles.Select(r => r with
        {
            Employer = r.Employer is { } e && SentenceAfter().Replace(e, "") is var cut && !NoEmployer(cut) ? cut : null,
            Location = r.Location is { } l ? RolePlace(l) : null,
        }).ToList();
        budget.Check();
        // The top of the résumé, where its own contact details stand.
        var top = string.Join('\n', header.Count > 0 ? header : lines.Take(15));
        var resume = new ParsedResume
        {
            Name = name,
            Email = Contact.Email(text.Text),
            Phone = Contact.Phone(top) ?? Contact.Phone(text.Text),
            Location = Contact.HeaderPlace(header),
            // The résumé's own links: those of its header, and profiles (LinkedIn, GitHub, …) wherever they are; not every address its text cites.
            Links = Contact.Links(top).Concat(Contact.Links(text.Text).Where(Contact.IsProfileLink))
                .Distinct(StringComparer.OrdinalIgnoreCase).Take(10).ToList(),
            Headline = Headline(header, name),
            Summary = summary.Length > 0 ? (summary.Length > 5000 ? summary[..5000] : summary) : null,
            Roles = roles,
            MentionedTitles = titles,
            MentionedEmployers = employers,
            Education = education,
            ListedSkills = listed,
            Languages = LanguageReader.Read(sections),
            MentionedDegrees = WithoutFronts(DegreeReader.Read(sections.Where(s => s.Kind != SectionKind.Skills).SelectMany(s => s.Lines)),
                education.Select(e => e.AsWritten).OfType<string>()),
            MentionedCertificates = CertificateReader.Read(lines),
            Projects = ProjectReader.Read(sections.Where(s => s.Kind == SectionKind.Projects).SelectMany(s => s.Lines).ToList()),
            // A certificate's school ("Linux Professional Institute", a course from "Stanford University") is where it was taken, not studied.
            MentionedSchools = SchoolReader.Read(written.Where(s => s.Kind != SectionKind.Certifications).SelectMany(s => s.Lines)),
            TrackRecord = TrackRecordReader.Read(roles, text.Text),
        };
        return Enrich(resume, text.Text, today, budget);
    }

    /// <summary>
    /// Whether the taxonomy reads the whole of <paramref name="text"/> as one tool or platform: "Microsoft SharePoint
    /// Designer", "Oracle Test Manager" name products, not posts, though they end in a title word.
    /// </summary>
    private bool IsProduct(string text)
        => Skills.Match(text) is [var m] && m.Start == 0 && m.Length == text.Length
            && Skills.Find(m.Code)?.Category is TaxonomyCategory.Tool or TaxonomyCategory.Platform;

    /// <summary>Adds what the taxonomy tells: skills and industries with years, certifications, total years.</summary>
    private ParsedResume Enrich(ParsedResume resume, string text, DateOnly today, Budget budget)
    {
        budget.Check();
        var dated = resume.Roles.Select(r => (Role: r, Profile: r.ToProfileRole())).Where(x => x.Profile is not null).ToList();
        var roleCodes = dated.Select(x => RoleCodes(x.Role)).ToList();
        var titleCodes = dated.Select(x => Codes(x.Role.Title ?? "")).ToList();
        var mentions = WithInner(Skills.Match(text)).Where(m => !InName(text, m)).ToList();
        budget.Check();
        var skills = new List<ProfileSkill>();
        var certifications = new List<ProfileCertification>();
        // Where certificates start, so that an issuer is read with the certificate it follows and not the next one.
        var certificateStarts = mentions.Where(m => Skills.Find(m.Code)?.Category == TaxonomyCategory.Certification).Select(m => (m.Start, Code: (string?)m.Code))
            .Concat(resume.MentionedCertificates.SelectMany(c => Occurrences(text, c)).Select(at => (Start: at, Code: (string?)null)))
            .OrderBy(c => c.Start).ToList();
        var industries = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var code in mentions.Select(m => m.Code).Distinct())
        {
            var term = Skills.Find(code)!;
            var inRoles = dated.Where((_, i) => roleCodes[i].Contains(code)).Select(x => x.Profile!).ToList();
            var years = Math.Round(Math.Min(60, ProfileRole.YearsCovered(inRoles, today)), 1);
            int? last = inRoles.Count > 0 ? inRoles.Max(r => (r.End ?? today) > today ? today.Year : (r.End ?? today).Year) : null;
            switch (term.Category)
            {
                case TaxonomyCategory.Certification:
                    // "Working toward PMP", "PMP-style reporting": named, not held.
                    if (mentions.Where(m => m.Code == code).All(m => Aspired(text, m)) && !resume.Certifications.Any(c => c.TaxonomyCode == code)) break;
                    var listed = resume.Certifications.FirstOrDefault(c => c.TaxonomyCode == code || Skills.Codes(c.Name).Contains(code));
                    var year = listed?.Year ?? mentions.Where(m => m.Code == code).Select(m => CertificationYear(text, m)).FirstOrDefault(y => y is not null);
                    var issuer = listed?.Issuer ?? mentions.Where(m => m.Code == code).Select(m => CertificateIssuer.Near(text, m.Start, m.Start + m.Length, certificateStarts, code)).FirstOrDefault(i => i is not null);
                    // "Oracle Certified Professional, Java SE 8 Programmer": a level the taxonomy knows, with its field after a comma, as written.
                    var written = resume.MentionedCertificates.FirstOrDefault(c => mentions.Any(m => m.Code == code && c.StartsWith(m.Text + ", ", StringComparison.OrdinalIgnoreCase)));
                    certifications.Add(new ProfileCertification(code, written ?? term.Name, year, Issuer: issuer));
                    break;
                case TaxonomyCategory.Industry:
                    industries[term.Code] = years;
                    break;
                case TaxonomyCategory.RoleFamily:
                    // A role family counts for the years of the roles whose title names it, not for a mention in passing.
                    var titled = dated.Where((_, i) => titleCodes[i].Contains(code)).Select(x => x.Profile!).ToList();
                    if (titled.Count == 0) break;
                    skills.Add(new ProfileSkill(code, term.Name, Math.Round(Math.Min(60, ProfileRole.YearsCovered(titled, today)), 1),
                        titled.Max(r => (r.End ?? today) > today ? today.Year : (r.End ?? today).Year)));
                    break;
                default:
                    skills.Add(new ProfileSkill(code, term.Name, years, last));
                    break;
            }
        }
        // A role counts toward an industry when it names the industry or a term under it (Epic → EHR → healthcare).
        for (var i = 0; i < dated.Count; i++)
            foreach (var industry in roleCodes[i].Select(IndustryOf).OfType<TaxonomyTerm>().Distinct())
            {
                var inIndustry = dated.Where((_, k) => roleCodes[k].Any(c => IndustryOf(c)?.Code == industry.Code)).Select(x => x.Profile!).ToList();
                industries[industry.Code] = Math.Round(Math.Min(60, ProfileRole.YearsCovered(inIndustry, today)), 1);
            }
        // An industry the summary or headline names itself ("7 years on retail supply chain systems"), that no role names,
        // counts the roles that name no industry of their own: the summary speaks of the whole career. A term under an
        // industry (Epic, AML) is not the industry named, and a wish ("seeking a role in banking") is no experience.
        var unplaced = dated.Where((_, i) => !roleCodes[i].Any(c => IndustryOf(c) is not null)).Select(x => x.Profile!).ToList();
        if (unplaced.Count > 0)
            foreach (var code in SummaryIndustries($"{resume.Headline}\n{resume.Summary}"))
                if (industries.GetValueOrDefault(code) == 0 && !roleCodes.Any(c => c.Contains(code)))
                    industries[code] = Math.Round(Math.Min(60, ProfileRole.YearsCovered(unplaced, today)), 1);
        var known = certifications.Count > 0 || resume.Certifications.Count == 0 ? certifications : resume.Certifications;
        // Certificates the taxonomy does not know ("CPR Certification") are certifications of the profile too, under their own code.
        // A certificate is the taxonomy's when it holds a certification the text's mentions name ("Certified Scrum Master (CSM)").
        var named = mentions.Where(m => Skills.Find(m.Code)?.Category == TaxonomyCategory.Certification).Select(m => m.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // "AWS Certified Solutions Architect" beside the listed "AWS Certified Solutions Architect – Associate": the front of a
        // certificate the profile already holds names it again.
        var others = resume.MentionedCertificates.Where(c => !named.Any(n => HoldsWords(c, n))
            && !known.Any(k => k.Name.Length > c.Length && k.Name.StartsWith(c, StringComparison.OrdinalIgnoreCase) && !char.IsLetterOrDigit(k.Name[c.Length]))).ToList();
        // A certificate the taxonomy does not know, with the year and issuer its listing gave or the text writes beside it.
        ProfileCertification OtherCertificate(string name, ProfileCertification? listed) => new(CertificateReader.Code(name), name,
            listed?.Year ?? YearAfter(text, name),
            Issuer: listed?.Issuer ?? Occurrences(text, name).Select(at => CertificateIssuer.Near(text, at, at + name.Length, certificateStarts, null)).FirstOrDefault(i => i is not null));
        var mentionsByCode = mentions.ToLookup(m => m.Code, StringComparer.Ordinal);
        return resume with
        {
            Skills = skills,
            SkillWords = skills.ToDictionary(k => k.TaxonomyCode, k => (IReadOnlyList<string>)mentionsByCode[k.TaxonomyCode]
                .Select(m => string.Join(' ', m.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Distinct(StringComparer.OrdinalIgnoreCase).Take(10).ToList(),
                StringComparer.Ordinal),
            Certifications = known.Concat(others.Select(o => OtherCertificate(o, resume.Certifications.FirstOrDefault(c => string.Equals(c.Name, o, StringComparison.OrdinalIgnoreCase)))))
                .DistinctBy(c => c.TaxonomyCode, StringComparer.Ordinal).ToList(),
            OtherCertificates = others,
            Industries = industries.Select(kv => new ProfileIndustry(kv.Key, kv.Value)).ToList(),
            // A JSON Resume's roles carry their cues in their summaries and highlights, as a text's roles do in their lines.
            TrackRecord = resume.TrackRecord.Count > 0 ? resume.TrackRecord : TrackRecordReader.Read(resume.Roles, text),
            TotalYears = Math.Round(ProfileRole.YearsCovered(dated.Select(x => x.Profile!), today), 1),
        };
    }

    /// <summary>
    /// The mentions plus the terms inside a role family's name: "Scrum Master" is the role and Scrum, "Salesforce
    /// Administrator" the role and Salesforce, so that a Scrum Master's years count for Scrum.
    /// </summary>
    private List<SkillMention> WithInner(List<SkillMention> mentions)
    {
        List<SkillMention>? all = null;
        foreach (var mention in mentions)
        {
            var head = mention.Text.LastIndexOf(' ');
            if (head <= 0 || Skills.Find(mention.Code)?.Category != TaxonomyCategory.RoleFamily) continue;
            foreach (var inner in Skills.Match(mention.Text[..head]))
                if (Skills.Find(inner.Code)?.Category is not (TaxonomyCategory.RoleFamily or TaxonomyCategory.Industry))
                    (all ??= [.. mentions]).Add(inner with { Start = mention.Start + inner.Start });
        }
        return all is null ? mentions : [.. all.OrderBy(m => m.Start)];
    }

    /// <summary>
    /// Whether a mention of a common word ("Innovation", "Collaborative", "Presentations") is a word of some name or heading
    /// rather than a skill claimed: written with a capital among capitalised words on one line ("Rafiki Collaborative
    /// Documentary", "Research and Innovation Award", "BNP Paribas Partners for Innovation)", "Selected Professional
    /// Presentations (last 15 years)"). Names of languages, tools and platforms ("Core Java APIs", "Senior Java Developer"),
    /// acronyms ("CRM") and lists are not affected.
    /// </summary>
    private bool InName(string text, SkillMention mention)
    {
        var word = mention.Text;
        if (word.Contains(' ', StringComparison.Ordinal) || word.Length < 4 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower)) return false;
        // A soft skill is always a common word; a skill or a domain only when it reads as one ("Testing", "Analytics",
        // "Documentation"), not a name ("Java" in "Senior Java Developer", "Redis", "Android").
        var category = Skills.Find(mention.Code)?.Category;
        if (category != TaxonomyCategory.SoftSkill && (category is not (TaxonomyCategory.Skill or TaxonomyCategory.Domain) || !CommonWordEnding().IsMatch(word))) return false;
        var before = PreviousWord(text, mention.Start);
        if (before is "for" or "of" or "and" or "&" or "in" && PreviousWord(text, mention.Start - before.Length - 1) is { } earlier) before = earlier;
        if (!Capitalised(before)) return false;
        var end = mention.Start + mention.Length;
        if (end >= text.Length || text[end] is '\n' or '\r') return false;
        var after = NextWord(text, end);
        // "Excellent Communication Skill", "Strong Leadership Abilities": praise of the skill, not a name.
        if (after?.TrimEnd('.', ',', ';') is "Skill" or "Skills" or "Ability" or "Abilities") return false;
        return Capitalised(after?.TrimEnd('.', ',', ';', ':')) || text[end] is '(' or ')' || text[end] == ' ' && end + 1 < text.Length && text[end + 1] == '(';
    }

    [GeneratedRegex(@"(?:tions?|sions?|ings?|ships?|ments?|ity|ics|ive|ness|ance|ence)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CommonWordEnding();

    private static bool Capitalised(string? word) => word is { Length: > 1 } && char.IsUpper(word[0]) && word.Any(char.IsLower) && char.IsLetter(word[^1]);

    /// <summary>The word right before <paramref name="at"/>, after exactly one space on the same line; null otherwise.</summary>
    private static string? PreviousWord(string text, int at)
    {
        if (at < 2 || text[at - 1] != ' ' || text[at - 2] is ' ' or '\n' or '\r') return null;
        var start = at - 1;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        return text[start..(at - 1)];
    }

    /// <summary>The word right after <paramref name="end"/>, after exactly one space on the same line; null otherwise.</summary>
    private static string? NextWord(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || char.IsWhiteSpace(text[end + 1])) return null;
        var stop = end + 1;
        while (stop < text.Length && !char.IsWhiteSpace(text[stop])) stop++;
        return text[(end + 1)..stop];
    }

    [GeneratedRegex(@"\b(?:seeking|looking\s+(?:to|for)|aspir\w*|hop(?:e|es|ing)\s+to|wish(?:es|ing)?\s+to|transition(?:ing)?\s+into|move\s+into|career\s+change|objective)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Wish();

    [GeneratedRegex(@"\b\d+\+?\s*(?:years?|yrs?)\b|\bexperience[ds]?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Experience();

    /// <summary>
    /// The industries a summary names itself, with the industries above them ("12 years in banking" is financial services
    /// too), in sentences that state experience (years or "experience") or state no wish ("seeking a role in banking").
    /// </summary>
    private IEnumerable<string> SummaryIndustries(string summary)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in summary.Split(['.', '!', '?', ';', '\n'], StringSplitOptions.RemoveEmptyEntries))
            if (Experience().IsMatch(sentence) || !Wish().IsMatch(sentence))
                foreach (var mention in Skills.Match(sentence))
                    if (Skills.Find(mention.Code)?.Category == TaxonomyCategory.Industry) AddWithBroader(codes, mention.Code);
        return codes.Where(code => Skills.Find(code)?.Category == TaxonomyCategory.Industry);
    }

    /// <summary>The codes mentioned in <paramref name="text"/> and the broader terms above them (Epic counts as EHR).</summary>
    private HashSet<string> Codes(string text)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in WithInner(Skills.Match(text))) AddWithBroader(codes, mention.Code);
        return codes;
    }

    /// <summary>
    /// The codes a role's title, employer and lines name, with the broader terms above them, and the industries its
    /// employer's name tells ("Cowtown Health Alliance" is healthcare) when the taxonomy holds them.
    /// </summary>
    private HashSet<string> RoleCodes(ParsedRole role)
    {
        var codes = Codes($"{role.Title}\n{role.Employer}\n{role.Description}");
        foreach (var code in EmployerIndustry.Of(role.Employer)) AddWithBroader(codes, code);
        return codes;
    }

    private void AddWithBroader(HashSet<string> codes, string code)
    {
        var term = Skills.Find(code);
        for (var depth = 0; term is not null && depth < 6 && codes.Add(term.Code.Trim().ToLowerInvariant()); depth++)
            term = term.ParentCode is { } parent ? Skills.Find(parent) : null;
    }

    private TaxonomyTerm? IndustryOf(string code)
    {
        var term = Skills.Find(code);
        for (var depth = 0; term is not null && depth < 6; depth++)
        {
            if (term.Category == TaxonomyCategory.Industry) return term;
            term = term.ParentCode is { } parent ? Skills.Find(parent) : null;
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="value"/> is, as a whole, the name of a taxonomy term for a kind of work (a domain, skill,
    /// method, regulation, role family or certification: "Business Intelligence", "Steering Committee"), or of a vendor's
    /// product named after the vendor ("Microsoft SharePoint", "SAP ABAP", "Oracle Database": a known employer's name and
    /// more that is not its legal form). Other platforms and tools are left alone, many being their vendors' names too
    /// ("SAP", "Splunk", "Smartsheet", "Tableau"), and so are industries, whose aliases name employers ("US Navy").
    /// </summary>
    private bool NamesWork(string value)
    {
        var trimmed = value.Trim();
        return Skills.Match(trimmed).Any(m => m.Start == 0 && m.Length == trimmed.Length
            && Skills.Find(m.Code)?.Category switch
            {
                null or TaxonomyCategory.Industry => false,
                TaxonomyCategory.Platform or TaxonomyCategory.Tool => trimmed.Contains(' ', StringComparison.Ordinal)
                    && EmployerIndustry.KnownIndustry(trimmed.Split(' ')[0]) is not null && EmployerIndustry.KnownIndustry(trimmed) is null,
                _ => true,
            });
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="words"/> as whole words, ignoring case.</summary>
    private static bool HoldsWords(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    /// <summary>Where <paramref name="name"/> is written in <paramref name="text"/>, case as written, at most 50 times.</summary>
    private static IEnumerable<int> Occurrences(string text, string name)
    {
        var count = 0;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0 && count < 50; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal), count++)
            yield return at;
    }

    /// <summary>The year written right after <paramref name="name"/> in its cell ("CPR Certification, 2019"), if any.</summary>
    private static int? YearAfter(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        if (at < 0) return null;
        var after = text.AsSpan(at + name.Length, Math.Min(30, text.Length - at - name.Length)).ToString();
        var cell = after.Split(["  ", "\n", "\t", " | "], StringSplitOptions.None)[0];
        var year = System.Text.RegularExpressions.Regex.Match(cell, @"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return year.Success ? int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:working\s+(?:on|towards?)|pursuing|studying\s+for|preparing\s+for|candidate\s+for|in\s+pursuit\s+of|enrolled\s+in|plan(?:s|ning)?\s+to\s+(?:take|earn|sit|obtain|get|pursue))\s+(?:(?:the|my|an?|her|his|their)\s+)?(?:[\w-]+\s+){0,2}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex AspirationBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:-(?:style|like|based|aligned|inspired|flavou?red)\b|\s*\(?(?:in\s+progress|expected|pending|exam\s+scheduled|candidate)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex AspirationAfter();

    /// <summary>True when a certification is named as a goal or a manner, not held: "working toward PMP", "PMP-style reports", "CBAP (in progress)".</summary>
    private static bool Aspired(string text, SkillMention mention)
    {
        var end = mention.Start + mention.Length;
        return AspirationBefore().IsMatch(text[Math.Max(0, mention.Start - 50)..mention.Start])
            || AspirationAfter().IsMatch(text.AsSpan(end, Math.Min(20, text.Length - end)).ToString());
    }

    private static int? CertificationYear(string text, SkillMention mention)
    {
        var lineStart = text.LastIndexOf('\n', mention.Start) + 1;
        var lineEnd = text.IndexOf('\n', mention.Start);
        var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
        // "running a release train since 2023. SAFe RTE": a year that starts something else is not the certificate's.
        var years = System.Text.RegularExpressions.Regex.Matches(line, @"(?<!\d)(?<!\b(?:since|from|until|through)\s)(?:19[89]\d|20\d\d)(?!\d)", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return years.Count > 0 ? int.Parse(years[^1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The longest line the readers see; longer ones are cut at spaces.</summary>
    internal const int MaxLine = 2000;

    /// <summary>
    /// Lines, trimmed; text flattened onto a few very long lines (columns joined by runs of spaces) is split back at
    /// those runs so headings and entries stand on lines of their own again, and lines longer than <see cref="MaxLine"/>
    /// are cut at spaces.
    /// </summary>
    internal static List<string> Reflow(string text)
    {
        var lines = new List<string>();
        // Only an older Europass CV has these labels; the distinctive ones are looked for before the pattern runs.
        if (text.Contains("Occupation or position held", StringComparison.Ordinal) || text.Contains("Name and address of employer", StringComparison.Ordinal))
            text = EuropassLabel().Replace(text, "");
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Contains("\\x", StringComparison.Ordinal) ? EscapedBytes().Replace(raw, DecodeBytes) : raw;
            line = line.Trim().Trim('"').Trim();
            if (line.Contains("  ", StringComparison.Ordinal) || line.Contains("resent", StringComparison.OrdinalIgnoreCase))
                line = DashlessRange().Replace(line, m => m.Groups["y2"].Success && string.CompareOrdinal(m.Groups["y2"].Value, m.Groups["y1"].Value) < 0
                    ? m.Value : $"{m.Groups["a"].Value} – {m.Groups["b"].Value}");
            if (line.Length > 100 && line.Contains("  ", StringComparison.Ordinal))
                lines.AddRange(line.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            else lines.Add(line);
        }
        // A line longer than any a résumé writes (a pasted blob, a hostile file) is cut at spaces into lines of at most
        // MaxLine characters, so every reader's patterns scan a bounded line. The Dotin texts' longest line after the
        // split above is 278 characters.
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length <= MaxLine) continue;
            var line = lines[i];
            var cut = line.LastIndexOf(' ', MaxLine);
            if (cut < MaxLine / 2) cut = MaxLine;
            lines[i] = line[..cut].TrimEnd();
            lines.Insert(i + 1, line[cut..].TrimStart());
        }
        // "2017 – Product Manager, Google" over "Present Leading teams…": a range broken across two lines by a layout column.
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var open = OpenRange().Match(lines[i]);
            var close = open.Success ? CloseRange().Match(lines[i + 1]) : Match.Empty;
            if (!close.Success) continue;
            lines[i] = $"{open.Groups["d"].Value} – {close.Groups["d"].Value} {open.Groups["rest"].Value}";
            lines[i + 1] = close.Groups["rest"].Value;
        }
        // "VICE PRESIDENT/GENERAL MANAGER, MAJOR ACCOUNTS DIVISION (2001" over "to 2003)", "… SANTA CLARA REGION (1999 to" over "2001)":
        // the bracketed years broken across two lines, the word between them on one side.
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (OpenBracketedYear().Match(lines[i]) is not { Success: true } opening || ClosingBracketedYear().Match(lines[i + 1]) is not { Success: true } closing
                || opening.Groups["to"].Success == closing.Groups["to"].Success) continue;
            lines[i] = $"{lines[i].TrimEnd()} {closing.Groups["d"].Value})";
            lines[i + 1] = closing.Groups["rest"].Value;
        }
        return lines;
    }

    /// <summary>
    /// The labels of the older Europass CV's left column ("Dates", "Occupation or position held", "Name and address of
    /// employer", …), which stand before each value: the value is read on its own line.
    /// </summary>
    [GeneratedRegex(@"(?:^|(?<=\s{2,})|(?<=\n))[ \t]*(?:Dates|Occupation or position held|Name and address of employer|Type of business or sector|Main activities and responsibilities|Title of qualification awarded|Name and type of organisation providing education and training|Principal subjects/occupational skills covered)(?=[ \t]|$)[ \t]*", RegexOptions.CultureInvariant | RegexOptions.Multiline, 2000)]
    private static partial Regex EuropassLabel();

    /// <summary>Bytes written out as escapes ("\\xe2\\x80\\xa2" for "•"), as text exported through a byte dump gives them.</summary>
    [GeneratedRegex(@"(?:\\x[0-9a-fA-F]{2})+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EscapedBytes();

    /// <summary>
    /// The characters escaped bytes stand for when they are UTF-8; icon-font glyphs (private use) and control characters
    /// become "•", as they stand for list bullets of a symbol font; bytes that are not UTF-8 become a space.
    /// </summary>
    private static string DecodeBytes(Match match)
    {
        var bytes = new byte[match.Length / 4];
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] = byte.Parse(match.ValueSpan.Slice(i * 4 + 2, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        string decoded;
        try { decoded = new System.Text.UTF8Encoding(false, true).GetString(bytes); }
        catch (System.Text.DecoderFallbackException) { return " "; }
        var text = new System.Text.StringBuilder(decoded.Length + 2);
        foreach (var c in decoded)
            text.Append(c is >= '\uE000' and <= '\uF8FF' || char.IsControl(c) ? '•' : c == '\u200B' ? ' ' : c);
        return text.ToString();
    }

    [GeneratedRegex(@"^\d{1,5}[A-Za-z]?,?\s+[A-Z]|@|\d{3}[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\b(?:P\.?O\.? Box|Street|St|Avenue|Ave|Road|Rd|Lane|Drive)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ContactLine();

    /// <summary>
    /// A name after a preamble (a sample's notice, a template's tips): the first line among the first forty that reads
    /// like a name and has an address, e-mail or phone number on the next line. A line over the dates of an entry ("Child
    /// Care" over "2002 - Present", under a placeholder "First Name Last Name") is an entry's title, not a name.
    /// </summary>
    private static string? NameAboveContact(List<string> lines)
    {
        var nonEmpty = lines.Take(60).Where(l => l.Length > 0).Take(40).ToList();
        for (var i = 0; i + 1 < nonEmpty.Count; i++)
            if (Contact.LooksLikeName(nonEmpty[i]) && nonEmpty[i].Split(' ').All(w => char.IsUpper(w[0])) && (ContactLine().IsMatch(nonEmpty[i + 1]) || Contact.ContactLike(nonEmpty[i + 1]))
                && DateRanges.Find(nonEmpty[i + 1]).Count == 0) return nonEmpty[i];
        return null;
    }

    /// <summary>
    /// The place of a role as read, without what is no place: a sentence after it ("CSUN. Work with high profile"), "in" before
    /// it ("in Alice Springs"); none when it opens in lower case ("staff, four") or names only skills ("Eclipse, Visual Studio").
    /// </summary>
    private string? RolePlace(string location)
    {
        var place = location.Trim();
        var stop = place.IndexOf(". ", StringComparison.Ordinal);
        if (stop > 1 && char.IsLetter(place[stop - 1]) && char.IsLetter(place[stop - 2]) && place[(stop + 2)..] is var after
            && (after.Split(' ').Any(w => w.Length > 0 && char.IsLower(w[0])) || !after.Contains(' ', StringComparison.Ordinal) && !Regions.IsRegion(after) && !Regions.IsCity(after)))
            place = place[..stop];
        if (place.StartsWith("in ", StringComparison.Ordinal) || place.StartsWith("at ", StringComparison.Ordinal)) place = place[3..].Trim();
        if (place.Length < 2 || !char.IsUpper(place[0])) return null;
        if (place.Split(',', StringSplitOptions.TrimEntries).All(WholeTerm)) return null;
        return place;
    }

    /// <summary>
    /// The degrees named in the text, without one that is only the front of a degree read whole ("BSc (Hons)" beside "BSc (Hons)
    /// Marketing", where the subject stands in the next cell).
    /// </summary>
    private static List<string> WithoutFronts(List<string> degrees, IEnumerable<string> entries)
    {
        var whole = degrees.Concat(entries).ToList();
        return degrees.Where(d => !whole.Any(w => w.Length > d.Length + 1 && w.StartsWith(d + " ", StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>The title of "Title - Employer…" when the part after the dash opens with one of <paramref name="employers"/> (names without their legal form); else the line.</summary>
    internal static string TitleBeforeEmployer(string line, IReadOnlyList<string> employers)
    {
        if (line.Split(" - ", 2) is not [var title, var rest] || !Lexicon.IsTitle(title)) return line;
        return employers.Any(e => rest.StartsWith(e, StringComparison.OrdinalIgnoreCase) && (rest.Length == e.Length || !char.IsLetterOrDigit(rest[e.Length])))
            ? title.Trim() : line;
    }

    private static string? Headline(List<string> header, string? name)
    {
        foreach (var raw in header)
        {
            // "Allen Neal King ESB Integration Developer - Cisco Systems": the name, then the headline, on one line.
            var line = WithoutName(raw, name);
            // "ð apennyworth", "Product Manager    § apennyworth": a template's icon (a symbol font's glyph) before a handle stands for
            // a profile, alone or in a column beside the headline.
            if (line.Contains("    ", StringComparison.Ordinal))
                line = string.Join("    ", line.Split("    ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(c => !IconHandle().IsMatch(c)));
            if (IconHandle().IsMatch(line)) continue;
            if (line.Length == 0 || line == name || line.Contains('@', StringComparison.Ordinal) || Contact.Place(line.Split(" - ")[0]) is not null) continue;
            // "123 Gotham St", "Google HQ, Mountain View, CA, USA": a street, or a line that ends in a place, is the address.
            if (char.IsAsciiDigit(line[0]) && StreetLine().IsMatch(line) || Contact.PlaceAtEnd(line) is not null && !Lexicon.IsTitle(line.Split(", ")[0])) continue;
            if (line.Count(char.IsAsciiDigit) > 6 || line.StartsWith("http", StringComparison.OrdinalIgnoreCase)) continue;
            // "Education Resume Example - Experienced Teacher": the title after the document's name.
            var example = ExampleOf().Match(line);
            // "Assistant Bank Manager Resume", "Software Engineer Resume Sample www.timesresumes.com": the document's name after the title.
            var headline = example.Success ? example.Groups["title"].Value.Trim() : DocumentName().Replace(line, "").Trim(' ', '-', ',', '|');
            if (headline.Length == 0 || line.StartsWith("sample ", StringComparison.OrdinalIgnoreCase)) return null;
            return headline.Length <= 120 && Lexicon.IsTitle(headline.Split(" - ")[0]) && !DegreeReader.IsDegree(headline) ? headline : null;
        }
        return null;
    }

    /// <summary>The text without the writer's name written before it on the same line ("Allen Neal King ESB Integration Developer").</summary>
    private static string WithoutName(string text, string? name)
        => name is not null && text.StartsWith(name + " ", StringComparison.Ordinal) ? text[(name.Length + 1)..].TrimStart() : text;

    /// <summary>A full stop after a word of four letters or more or a bracket, then another sentence ("Science. Responsible for …"); not "St. Mary's", "Pvt. Ltd.", "Peter R. Mayer".</summary>
    [GeneratedRegex(@"(?<=[a-z]{4}|\))\.\s+[A-Z].*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SentenceAfter();

    /// <summary>A street's number and name: "123 Gotham St", "4 Architecture Drive".</summary>
    [GeneratedRegex(@"^\d+[A-Za-z]?\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:st|street|rd|road|ave|avenue|blvd|boulevard|dr|drive|lane|ln|way|ct|court|pl|place)\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StreetLine();

    /// <summary>A template's icon, one symbol that is no ASCII letter or digit, before a handle: "ð apennyworth", "§ apennyworth".</summary>
    [GeneratedRegex(@"^[^\sA-Za-z0-9]\s+[\w.-]+$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IconHandle();

    [GeneratedRegex(@"\s+(?:resume|résumé|cv|curriculum vitae)\b(?:\s+(?:sample|template|example|format)\b.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DocumentName();

    [GeneratedRegex(@"^.{0,40}?\b(?:resume|résumé|cv)\s+(?:sample|template|example)\s*[-–:]\s*(?<title>[^-–:]{2,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ExampleOf();

    /// <summary>True when <paramref name="value"/> opens with a joining word in lower case ("and CIO-level", "of the board").</summary>
    private static bool OpensWithJoiner(string value) => value.Split(' ', 2)[0] is "and" or "or" or "of" or "for" or "the" or "with" or "to" or "in" or "on" or "by";

    /// <summary>A title that ends in a word that also opens longer ones ("Adjunct Associate", "Visiting Assistant", "Chief Executive").</summary>
    [GeneratedRegex(@"\b(?:associate|assistant|chief|senior|junior|acting|visiting|adjunct|deputy|vice|executive)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CutBefore();
}
