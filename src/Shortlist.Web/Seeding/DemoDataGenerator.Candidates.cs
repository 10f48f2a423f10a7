using System.Globalization;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Taxonomy;

namespace Shortlist.Web.Seeding;

/// <summary>A generated candidate with what the pipeline generator needs to pick fitting positions.</summary>
public sealed record DemoCandidate(Candidate Candidate, string Family, string Industry, DateTimeOffset CreatedAt);

public sealed partial class DemoDataGenerator
{
    private static readonly string[] EmailDomains = ["example.com", "example.org", "example.net"];
    private static readonly string[] Seniority = ["Early-career", "Experienced", "Senior", "Principal-level"];
    private static readonly (EngagementTypes Types, int Weight)[] EngagementChoices =
    [
        (EngagementTypes.Contract, 22), (EngagementTypes.Permanent, 28), (EngagementTypes.Contract | EngagementTypes.ContractToHire, 14),
        (EngagementTypes.ContractToHire | EngagementTypes.Permanent, 12), (EngagementTypes.Contract | EngagementTypes.ContractToHire | EngagementTypes.Permanent, 24),
    ];

    /// <summary>A role with the project it is remembered for; the track record reuses the project's figures.</summary>
    private sealed record CareerRole(ProfileRole Role, RoleFamilySeed Family, int Level, IndustrySeed Industry, ProjectTheme Theme,
        string Methodology, decimal Budget, int TeamSize);

    /// <summary>
    /// Creates candidate number <paramref name="number"/>; the number goes into the e-mail address (unique as long as
    /// numbers are) and the phone number. The profile is consistent: skills, years and industries come from the roles.
    /// </summary>
    public DemoCandidate CreateCandidate(int number)
    {
        var r = _people;
        var ci = CultureInfo.InvariantCulture;
        var family = r.Weighted(DemoCatalog.RoleFamilies, f => f.CandidateShare);
        var city = r.Weighted(DemoCatalog.Cities, c => c.Weight);
        var (first, last) = _peopleNames.Next(city.Country, city.Name == "Montreal");
        var email = string.Create(ci, $"{DemoNames.Ascii(first)}.{DemoNames.Ascii(last)}{number}@{EmailDomains[number % EmailDomains.Length]}");
        var created = _now - TimeSpan.FromMinutes(r.Next(60, 720 * 24 * 60));
        // Homes spread around the city centre (about ±13 km) so that radius searches have edges to find.
        var home = new Place(city.Name, city.Region, city.Country,
            Math.Round(city.Latitude + r.Double(-0.12, 0.12), 4), Math.Round(city.Longitude + r.Double(-0.15, 0.15), 4));
        var candidate = new Candidate(first, last, email, created, Phone(city, number), home);

        var years = Math.Clamp(r.Normal(12, 6.5), 1.5, 34);
        var primary = r.Weighted(DemoCatalog.Industries, i => i.Share);
        var employed = r.Chance(0.78);
        var career = Career(r, family, city, primary, years, employed);
        var currency = DemoCatalog.CurrencyOf(city.Country);

        var skills = Skills(r, career);
        var certifications = Certifications(r, family, city, years, skills);
        var industries = career.GroupBy(c => c.Industry.Code)
            .Select(g => new ProfileIndustry(g.Key, HalfYears(ProfileRole.YearsCovered(g.Select(c => c.Role), _today))))
            .OrderByDescending(i => i.Years).ToList();
        var track = TrackRecord(r, family, career);

        var current = career[^1];
        var headlineParts = new[]
        {
            current.Role.Title,
            DemoCatalog.IndustryOf(industries[0].Industry).Name,
            string.Join(", ", skills.Where(s => DemoCatalog.CategoryOf(s.TaxonomyCode) is TaxonomyCategory.Platform).Take(2).Select(s => s.Name)),
            string.Join(", ", certifications.Take(2).Select(c => c.Name)),
        };
        var headline = string.Join(" | ", headlineParts.Where(p => p.Length > 0));
        if (headline.Length > 200) headline = headline[..200].TrimEnd();

        var industryNames = string.Join(" and ", industries.Take(2).Select(i => DemoCatalog.IndustryOf(i.Industry).Name.ToLowerInvariant()));
        var methods = skills.Where(s => DemoCatalog.CategoryOf(s.TaxonomyCode) == TaxonomyCategory.Methodology).Take(2).Select(s => s.Name).ToList();
        var tools = skills.Where(s => DemoCatalog.CategoryOf(s.TaxonomyCode) == TaxonomyCategory.Tool).Take(3).Select(s => s.Name).ToList();
        var summary = string.Create(ci, $"{Seniority[current.Level]} {LowerFirst(family.Name)} with {years:0} years of experience in {industryNames}. ")
            + string.Create(ci, $"{(family.LeadsProjects ? "Led" : "Delivered")} {track.Count} {(track.Count == 1 ? "project" : "projects")} such as {track[0].Name}")
            + string.Create(ci, $", with budgets up to {Money(track.Max(t => t.Budget ?? 0), currency)} and teams of up to {track.Max(t => t.TeamSize ?? 0)}. ")
            + (certifications.Count > 0 ? $"Certified {string.Join(", ", certifications.Select(c => c.Name))}. " : "")
            + (methods.Count > 0 ? $"Works in {string.Join(" and ", methods)}" : "Works")
            + (tools.Count > 0 ? $" with {string.Join(", ", tools)}." : ".");

        candidate.SetProfile(headline, summary, career.Select(c => c.Role), skills, certifications, industries, track, created);
        candidate.SetPreferences(PreferencesFor(r, family, current.Level, city, employed), created);
        candidate.SetSource(r.Weighted(DemoCatalog.Sources, s => s.Weight).Source, created);
        return new DemoCandidate(candidate, family.Code, primary.Code, created);
    }

    /// <summary>
    /// Lays 2–7 roles end to end over the career with the odd gap; early roles may come from the family people
    /// usually grow out of (analysts become project managers), and most roles stay in one or two industries.
    /// </summary>
    private List<CareerRole> Career(DemoRandom r, RoleFamilySeed family, CitySeed city, IndustrySeed primary, double years, bool employed)
    {
        var secondary = r.Weighted(DemoCatalog.Industries, i => i == primary ? 0 : i.Share);
        var careerStart = _today.AddDays(-(int)(years * 365.25));
        var careerEnd = employed ? _today : _today.AddDays(-r.Next(10, 240));
        var count = Math.Clamp((int)Math.Round(years / r.Double(2.8, 4.8)) + 1, 2, 7);
        var totalDays = careerEnd.DayNumber - careerStart.DayNumber;
        var gaps = new int[count];
        for (var i = 1; i < count; i++) gaps[i] = r.Chance(0.3) ? r.Next(20, 150) : 0;
        if (totalDays - gaps.Sum() < count * 120) Array.Clear(gaps);
        var available = totalDays - gaps.Sum();
        var weights = new double[count];
        for (var i = 0; i < count; i++) weights[i] = r.Double(0.6, 1.6);
        var weightSum = weights.Sum();

        var roles = new List<CareerRole>(count);
        var cursor = careerStart;
        for (var i = 0; i < count; i++)
        {
            var last = i == count - 1;
            var start = cursor.AddDays(gaps[i]);
            var end = last ? careerEnd : start.AddDays(Math.Max(60, (int)(available * weights[i] / weightSum)));
            if (end > careerEnd) end = careerEnd;
            cursor = end;
            var elapsed = (start.DayNumber - careerStart.DayNumber) / 365.25;
            var level = elapsed < 3 ? 0 : elapsed < 7 ? 1 : elapsed < 13 ? 2 : 3;
            var roleFamily = !last && level <= 1 && family.Feeder is { } feeder && r.Chance(0.5) ? DemoCatalog.RoleFamilyOf(feeder) : family;
            var roll = r.Double(0, 1);
            var industry = last ? (roll < 0.85 ? primary : secondary) : roll < 0.6 ? primary : roll < 0.9 ? secondary : r.Pick(DemoCatalog.Industries);
            var previous = roles.Count > 0 ? roles[^1] : null;
            var employer = previous is not null && previous.Industry == industry && r.Chance(0.22)
                ? previous.Role.Employer // promoted in place
                : r.Weighted(industry.Employers, e => e.Name == previous?.Role.Employer ? 0 : 1).Name;
            var theme = r.Pick(industry.Themes);
            var place = i >= count - 2 || r.Chance(0.7) ? city : r.Weighted(DemoCatalog.Cities, c => c.Country == city.Country ? c.Weight : 0);
            var methodology = MethodologyOfEra(theme.Methodology, start.Year);
            var budget = ProjectBudget(r, level + (roleFamily.Code == "program-manager" ? 1 : 0));
            var team = TeamSize(r, level);
            var role = new ProfileRole(r.Pick(roleFamily.TitlesByLevel[level]), employer, industry.Code, start, last && employed ? null : end,
                $"{place.Name}, {place.Region}", RoleDescription(roleFamily, theme, methodology, Money(budget, DemoCatalog.CurrencyOf(city.Country)), team));
            roles.Add(new CareerRole(role, roleFamily, level, industry, theme, methodology, budget, team));
        }
        return roles;
    }

    /// <summary>Scrum in 2003 would give the data away: projects started before agile went mainstream ran differently.</summary>
    private static string MethodologyOfEra(string methodology, int year) => methodology switch
    {
        "Scrum" or "Kanban" when year < 2010 => "Waterfall",
        "SAFe" when year < 2015 => year < 2010 ? "Waterfall" : "Scrum",
        "Hybrid delivery" when year < 2008 => "Waterfall",
        _ => methodology,
    };

    private static string RoleDescription(RoleFamilySeed family, ProjectTheme theme, string methodology, string budget, int team)
    {
        var what = family.Code switch
        {
            "it-project-manager" or "program-manager" or "pmo-lead" => "Led the",
            "scrum-master" => "Scrum master for the",
            "product-owner" => "Product owner on the",
            "qa-analyst" => "Tested the",
            _ => "Analyst on the",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{what} {theme.Name} project: {theme.Deliverable}. Team of {team}, budget {budget}, {methodology.ToLowerInvariant()}.");
    }

    /// <summary>Years of a skill are the years covered by the roles that used it (overlaps once); last used is the end of the latest such role.</summary>
    private List<ProfileSkill> Skills(DemoRandom r, List<CareerRole> career)
    {
        var used = new Dictionary<string, (List<ProfileRole> Roles, int LastUsed)>(StringComparer.Ordinal);
        var inRole = new HashSet<string>(StringComparer.Ordinal); // a role counts once for a skill, however many reasons name it
        foreach (var c in career)
        {
            inRole.Clear();
            var endYear = (c.Role.End ?? _today).Year;
            var startYear = c.Role.Start.Year;
            Use(c.Family.Code);
            foreach (var code in r.Sample(c.Family.CoreSkills, r.Next(2, 3))) Use(code);
            Use(r.Pick(c.Family.Tools));
            // The project's first code is what it was about (Epic, Guidewire, …); the rest are not always listed.
            for (var i = 0; i < c.Theme.Codes.Count; i++) if (i == 0 || r.Chance(0.6)) Use(c.Theme.Codes[i]);
            if (r.Chance(0.5)) Use(r.Pick(c.Industry.Playbook));
            if (CodeByName.TryGetValue(c.Methodology, out var method)) Use(method);
            // Methods follow the era: waterfall before agile went mainstream, SAFe only lately.
            if (startYear < 2014 ? r.Chance(0.7) : r.Chance(0.2)) Use("waterfall");
            if (startYear >= 2010 && r.Chance(startYear < 2016 ? 0.5 : 0.85)) Use("agile");
            if (startYear >= 2010 && r.Chance(startYear < 2016 ? 0.35 : 0.6)) Use("scrum");
            if (startYear >= 2014 && r.Chance(0.2)) Use("kanban");
            if (startYear >= 2017 && r.Chance(0.12)) Use("safe");
            foreach (var code in inRole)
                used[code] = used.TryGetValue(code, out var u) ? ([.. u.Roles, c.Role], Math.Max(u.LastUsed, endYear)) : ([c.Role], endYear);

            void Use(string code)
            {
                if (DemoCatalog.CategoryOf(code) is not (TaxonomyCategory.Industry or TaxonomyCategory.Certification)) inRole.Add(code);
            }
        }
        return used.Select(u => new ProfileSkill(u.Key, DemoCatalog.NameOf(u.Key), HalfYears(ProfileRole.YearsCovered(u.Value.Roles, _today)), u.Value.LastUsed))
            .OrderByDescending(s => s.Years).ThenBy(s => s.TaxonomyCode, StringComparer.Ordinal).ToList();
    }

    private List<ProfileCertification> Certifications(DemoRandom r, RoleFamilySeed family, CitySeed city, double years, List<ProfileSkill> skills)
    {
        var list = new List<ProfileCertification>();
        var careerStartYear = _today.Year - (int)years;
        var uk = city.Country == "GB";
        foreach (var odds in family.Certifications)
        {
            if (years >= odds.MinimumYears && r.Chance(uk ? odds.ProbabilityInUk ?? odds.Probability : odds.Probability))
                list.Add(Certification(r, odds.Code, careerStartYear + odds.MinimumYears));
        }
        var has = skills.Select(s => s.TaxonomyCode).ToHashSet(StringComparer.Ordinal);
        // Vendor certifications follow the platforms actually used.
        if (has.Contains("epic") && r.Chance(0.25)) list.Add(Certification(r, "epic-certification", careerStartYear + 1));
        if (has.Contains("salesforce") && r.Chance(0.2)) list.Add(Certification(r, "salesforce-admin", careerStartYear + 1));
        if (has.Contains("aws") && r.Chance(0.1)) list.Add(Certification(r, "aws-cloud-practitioner", _today.Year - 6));
        if (has.Contains("azure") && r.Chance(0.1)) list.Add(Certification(r, "az-900", _today.Year - 6));
        if ((has.Contains("cybersecurity") || has.Contains("nerc-cip")) && years >= 5 && r.Chance(0.08)) list.Add(Certification(r, "cissp", careerStartYear + 5));
        if (family.Code == "program-manager" && years >= 12 && r.Chance(0.06)) list.Add(Certification(r, "togaf", careerStartYear + 8));
        return list;
    }

    private ProfileCertification Certification(DemoRandom r, string code, int earliestYear)
    {
        var year = r.Next(Math.Min(earliestYear, _today.Year), _today.Year);
        DateOnly? expires = null;
        if (DemoCatalog.RenewalYears.TryGetValue(code, out var cycle))
        {
            var date = new DateOnly(year + cycle, r.Next(1, 12), 1);
            var lapsed = r.Chance(0.12);
            while (!lapsed && date <= _today) date = date.AddYears(cycle);
            expires = date;
        }
        return new ProfileCertification(code, DemoCatalog.NameOf(code), year, expires, DemoCatalog.IssuerOf(code));
    }

    private List<ProjectRecord> TrackRecord(DemoRandom r, RoleFamilySeed family, List<CareerRole> career)
    {
        var count = family.LeadsProjects ? r.Next(2, 5) : r.Next(1, 3);
        var records = new List<ProjectRecord>(count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var indexes = Enumerable.Range(0, career.Count).ToList();
        for (var attempt = 0; records.Count < count && attempt < count * 3; attempt++)
        {
            var c = career[r.Weighted(indexes, i => i + 1)]; // recent roles are described best
            // A role's own project (the one its description names) comes first, with the same figures.
            var ownName = $"{c.Theme.Name} – {c.Role.Employer}";
            var own = !names.Contains(ownName);
            var theme = own ? c.Theme : r.Pick(c.Industry.Themes);
            var name = own ? ownName : $"{theme.Name} – {c.Role.Employer}";
            if (!names.Add(name)) continue;
            var level = c.Level + (family.Code == "program-manager" ? 1 : 0);
            bool? onTime = r.Chance(0.05) ? null : r.Chance(0.62 + (0.05 * c.Level));
            bool? onBudget = r.Chance(0.05) ? null : r.Chance(0.66 + (0.04 * c.Level));
            records.Add(new ProjectRecord(name, own ? c.Budget : ProjectBudget(r, level), own ? c.TeamSize : TeamSize(r, Math.Min(level, 3)),
                onTime, onBudget, r.Next(c.Role.Start.Year, (c.Role.End ?? _today).Year)));
        }
        return records;
    }

    private Preferences PreferencesFor(DemoRandom r, RoleFamilySeed family, int level, CitySeed city, bool employed)
    {
        var workplace = r.Weighted([WorkplaceMode.Remote, WorkplaceMode.Hybrid, WorkplaceMode.OnSite],
            w => w switch { WorkplaceMode.Remote => 38, WorkplaceMode.Hybrid => 47, _ => 15 });
        var engagement = r.Weighted(EngagementChoices, e => e.Weight).Types;
        var currency = DemoCatalog.CurrencyOf(city.Country);
        var hourly = family.HourlyUsd * (decimal)LevelPay[level] * (decimal)r.Double(0.88, 1.15) * DemoCatalog.PayFactorOf(city.Country);
        var wantsRate = engagement.HasFlag(EngagementTypes.Contract) && (!engagement.HasFlag(EngagementTypes.Permanent) || r.Chance(0.5));
        Compensation? pay = r.Chance(0.05) ? null // not stated
            : wantsRate ? new Compensation(RoundTo(hourly, 5), r.Chance(0.6) ? RoundTo(hourly * 1.12m, 5) : null, CompensationUnit.Hourly, currency)
            : new Compensation(RoundTo(hourly * 1750m, 1000), r.Chance(0.6) ? RoundTo(hourly * 1750m * 1.1m, 1000) : null, CompensationUnit.Annual, currency);
        var roll = r.Double(0, 1);
        DateOnly? available = !employed || roll < 0.1 ? _today : roll < 0.8 ? _today.AddDays(r.Next(14, 90)) : null;
        var authorization = city.Country == "US"
            ? r.Weighted([WorkAuthorization.Citizen, WorkAuthorization.PermanentResident, WorkAuthorization.WorkVisa, WorkAuthorization.RequiresSponsorship, WorkAuthorization.Unknown],
                a => a switch { WorkAuthorization.Citizen => 60, WorkAuthorization.PermanentResident => 17, WorkAuthorization.WorkVisa => 13, WorkAuthorization.RequiresSponsorship => 7, _ => 3 })
            : r.Weighted([WorkAuthorization.Citizen, WorkAuthorization.PermanentResident, WorkAuthorization.WorkVisa, WorkAuthorization.RequiresSponsorship, WorkAuthorization.Unknown],
                a => a switch { WorkAuthorization.Citizen => 58, WorkAuthorization.PermanentResident => 24, WorkAuthorization.WorkVisa => 11, WorkAuthorization.RequiresSponsorship => 5, _ => 2 });
        return new Preferences(workplace, engagement, pay, available, authorization);
    }

    /// <summary>"Product owner" → "product owner", but "IT project manager" stays.</summary>
    private static string LowerFirst(string text)
        => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static double HalfYears(double years) => Math.Max(0.5, Math.Round(years * 2, MidpointRounding.AwayFromZero) / 2);
}
