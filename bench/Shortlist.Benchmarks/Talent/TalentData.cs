using Shortlist.Benchmarks.Matching;
using Shortlist.Domain.Candidates;
using Shortlist.Domain.Common;
using Shortlist.Domain.Taxonomy;
using Shortlist.Parsing.Taxonomy;

namespace Shortlist.Benchmarks.Talent;

/// <summary>
/// A generated talent pool of full profiles for the <c>talent</c> verb, over the product's curated taxonomy: a name, a
/// headline and summary, one to five roles (title, employer, industry, dates, a description naming skills and work done),
/// 6 to 20 skills with years and last use drawn Zipf-like over ~900 skill, platform, tool, method, domain and regulation
/// entries (project management held by ~85%, Epic by ~10%, the long tail by well under 1%), 0 to 3 certifications (some
/// expired), one or two industries, an education entry, a location around the 30 US metro areas of <see cref="MatchData"/>,
/// an hourly rate, an availability date and a last-change date. About one profile in seven says "contractor".
/// A candidate is a pure function of (seed, number), so it can be made again when its evidence is needed, as the product
/// reads the page of candidates back from the database. No résumé text is generated.
/// </summary>
public sealed class TalentData
{
    /// <summary>The day every search runs on.</summary>
    public static readonly DateOnly Today = MatchData.Today;

    /// <summary>States of <see cref="MatchData.Metros"/>, in the same order.</summary>
    public static readonly string[] MetroRegions =
        ["NY", "CA", "IL", "TX", "TX", "DC", "PA", "FL", "GA", "MA", "AZ", "CA", "CA", "MI", "WA", "MN", "CA", "FL", "CO", "MD", "MO", "FL", "NC", "TX", "OR", "CA", "PA", "TX", "NV", "TN"];

    private static readonly string[] HeadSkills =
    [
        "project-management", "agile", "jira", "scrum", "ms-project", "risk-management", "stakeholder-management", "business-analysis", "budgeting",
        "confluence", "program-management", "waterfall", "smartsheet", "excel", "sql", "kanban", "vendor-management", "epic", "servicenow", "salesforce",
        "sap", "data-analytics", "cloud-computing", "workday", "lean-six-sigma", "ehr", "python", "hipaa", "oracle-health-cerner", "epic-ambulatory",
    ];

    private static readonly string[] Titles =
    [
        "Project Manager", "Senior Project Manager", "IT Project Manager", "Program Manager", "Business Analyst", "Scrum Master", "Senior Business Analyst",
        "Technical Project Manager", "Product Owner", "Epic Analyst", "Delivery Manager", "PMO Director", "Agile Coach", "Senior Program Manager",
        "Implementation Consultant", "Epic Application Analyst", "Data Analyst", "Release Train Engineer", "Portfolio Manager", "Change Manager",
        "Clinical Informatics Specialist", "Infrastructure Project Manager", "ERP Consultant", "Salesforce Administrator", "QA Lead", "Software Engineer",
        "Systems Analyst", "Operations Manager", "Construction Project Manager", "Marketing Project Manager", "Project Coordinator", "PMO Analyst",
        "Director of Program Management", "Epic Project Manager", "Integration Analyst", "Solutions Architect", "Test Manager", "Project Controller",
    ];

    private static readonly string[] EmployerFirst =
    [
        "Mercy", "Northwind", "Contoso", "Summit", "Lakeside", "Riverbend", "Fabrikam", "Bluewater", "Granite", "Harbor", "Keystone", "Pinecrest",
        "Redwood", "Silverline", "Tidewater", "Union", "Evergreen", "Cedar", "Beacon", "Liberty", "Frontier", "Meridian", "Sterling", "Atlas", "Crescent",
    ];

    private static readonly string[] EmployerLast =
        ["Health", "Medical Center", "Bank", "Insurance", "Systems", "Consulting", "Group", "Energy", "Logistics", "Financial", "Health Partners", "Technologies"];

    private static readonly string[] FirstNames =
    [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan",
        "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen", "Wei", "Priya", "Ahmed", "Fatima", "José", "Mónica", "Olga", "Kwame", "Aisha", "Hiroshi",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez",
        "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Nguyen", "Patel", "Kim", "Chen", "Müller", "Okafor", "Ivanova",
    ];

    private static readonly string[] Work = ["implementation", "migration", "rollout", "upgrade", "integration", "go-live", "consolidation", "modernization"];
    private static readonly string[] Fields = ["Computer Science", "Business Administration", "Nursing", "Information Systems", "Finance", "Engineering", "Health Administration"];
    private static readonly string[] Degrees = ["BS", "BA", "MBA", "MS", "MSN"];

    private readonly TaxonomyTerm[] _skills, _certs, _industries;
    private readonly double[] _skillCdf, _certCdf, _industryCdf, _titleCdf, _metroCdf;

    /// <summary>Candidates in the pool.</summary>
    public int Count { get; }
    /// <summary>The seed.</summary>
    public int Seed { get; }
    /// <summary>The product's taxonomy, which the pool's skills, certifications and industries come from.</summary>
    public IReadOnlyList<TaxonomyTerm> Taxonomy { get; }

    /// <summary>A pool of <paramref name="count"/> candidates.</summary>
    public TalentData(int count, int seed)
    {
        Count = count; Seed = seed;
        Taxonomy = TaxonomyCatalog.Embedded.Terms;
        var skillCategories = new[] { TaxonomyCategory.Skill, TaxonomyCategory.Platform, TaxonomyCategory.Tool, TaxonomyCategory.Methodology, TaxonomyCategory.Domain, TaxonomyCategory.Regulation, TaxonomyCategory.SoftSkill };
        var byCode = Taxonomy.ToDictionary(t => t.Code);
        var head = HeadSkills.Where(byCode.ContainsKey).Select(c => byCode[c]).ToList();
        var shuffle = new Random(7);
        var rest = Taxonomy.Where(t => skillCategories.Contains(t.Category) && !HeadSkills.Contains(t.Code)).OrderBy(_ => shuffle.Next()).ToList();
        _skills = [.. head, .. rest];
        _certs = [.. Taxonomy.Where(t => t.Category == TaxonomyCategory.Certification)];
        _industries = [.. Taxonomy.Where(t => t.Category == TaxonomyCategory.Industry)];
        _skillCdf = Zipf(_skills.Length, 1.0);
        _certCdf = Zipf(_certs.Length, 1.1);
        _industryCdf = Zipf(_industries.Length, 0.9);
        _titleCdf = Zipf(Titles.Length, 0.8);
        var weights = MatchData.Metros.Select(m => m.Weight).ToArray();
        _metroCdf = Cdf(weights);
    }

    private static double[] Zipf(int n, double s) => Cdf([.. Enumerable.Range(1, n).Select(r => 1 / Math.Pow(r, s))]);

    private static double[] Cdf(double[] weights)
    {
        var cdf = new double[weights.Length];
        var sum = weights.Sum(); var acc = 0.0;
        for (var i = 0; i < weights.Length; i++) { acc += weights[i] / sum; cdf[i] = acc; }
        cdf[^1] = 1;
        return cdf;
    }

    private static int Pick(double[] cdf, Random r)
    {
        var i = Array.BinarySearch(cdf, r.NextDouble());
        return Math.Min(cdf.Length - 1, i < 0 ? ~i : i);
    }

    /// <summary>Candidate number <paramref name="n"/>: always the same profile for the same seed.</summary>
    public Candidate Make(int n)
    {
        var r = new Random(unchecked(Seed * 1_000_003 + n));
        var changedDaysAgo = (int)Math.Min(1500, -Math.Log(1 - r.NextDouble()) * 200);
        var now = new DateTimeOffset(Today.AddDays(-changedDaysAgo).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

        Place? place = null;
        if (r.NextDouble() >= 0.02)
        {
            var m = Cdf2(r);
            var metro = MatchData.Metros[m];
            var km = Math.Abs(Gaussian(r)) * (r.Next(10) == 0 ? 120 : 25);
            var angle = r.NextDouble() * 2 * Math.PI;
            place = new Place(metro.Name, MetroRegions[m], "US", Math.Round(metro.Lat + km * Math.Sin(angle) / 111.0, 5),
                Math.Round(metro.Lon + km * Math.Cos(angle) / (111.0 * Math.Cos(metro.Lat * Math.PI / 180)), 5));
        }
        var first = FirstNames[r.Next(FirstNames.Length)];
        var last = LastNames[r.Next(LastNames.Length)];
        var c = new Candidate(first, last, $"c{n}@pool.test", now, location: place);

        var career = Math.Round(r.NextDouble() * r.NextDouble() * 30 + 1, 1);
        var skills = new List<ProfileSkill>();
        var held = new HashSet<int>();
        var want = 6 + r.Next(15);
        for (var tries = 0; skills.Count < want && tries < want * 4; tries++)
        {
            var s = Pick(_skillCdf, r);
            if (!held.Add(s)) continue;
            var years = Math.Round(Math.Min(career, 0.25 + r.NextDouble() * career) * 4) / 4;
            int? lastUsed = r.Next(5) == 0 ? null : 2026 - (int)(r.NextDouble() * r.NextDouble() * 15);
            skills.Add(new ProfileSkill(_skills[s].Code, _skills[s].Name, years, lastUsed));
        }
        var certs = new List<ProfileCertification>();
        var certCount = r.NextDouble() switch { < 0.40 => 0, < 0.75 => 1, < 0.93 => 2, _ => 3 };
        var heldCerts = new HashSet<int>();
        for (var i = 0; i < certCount; i++)
        {
            var k = Pick(_certCdf, r);
            if (!heldCerts.Add(k)) continue;
            var year = 2026 - 1 - r.Next(20);
            DateOnly? expires = r.NextDouble() switch { < 0.15 => Today.AddDays(-1 - r.Next(1500)), < 0.45 => Today.AddDays(1 + r.Next(1000)), _ => null };
            certs.Add(new ProfileCertification(_certs[k].Code, _certs[k].Name, year, expires));
        }
        var industries = new List<ProfileIndustry>();
        var industryCount = r.Next(3) == 0 ? 2 : 1;
        var heldIndustries = new HashSet<int>();
        for (var i = 0; i < industryCount; i++)
        {
            var k = Pick(_industryCdf, r);
            if (heldIndustries.Add(k)) industries.Add(new ProfileIndustry(_industries[k].Code, Math.Round(1 + r.NextDouble() * Math.Min(20, career), 1)));
        }

        var contractor = r.Next(7) == 0;
        var roles = new List<ProfileRole>();
        var roleCount = 1 + Math.Min(4, (int)(career / 5) + r.Next(2));
        var end = (DateOnly?)null;
        var cursor = Today;
        var skillNames = skills.Select(s => s.Name).ToArray();
        for (var i = 0; i < roleCount; i++)
        {
            var months = 12 + r.Next(60);
            var start = cursor.AddMonths(-months);
            var title = Titles[Pick(_titleCdf, r)];
            var employer = contractor && r.Next(2) == 0 ? "Self-employed" : $"{EmployerFirst[r.Next(EmployerFirst.Length)]} {EmployerLast[r.Next(EmployerLast.Length)]}";
            var industryCode = industries[r.Next(industries.Count)].Industry;
            var industry = _industries.First(t => t.Code == industryCode).Name;
            string S() => skillNames.Length == 0 ? "the platform" : skillNames[Math.Min(skillNames.Length - 1, (int)(Math.Pow(r.NextDouble(), 2) * skillNames.Length))];
            var description = r.Next(4) switch
            {
                0 => $"Led the {S()} {Work[r.Next(Work.Length)]} across {2 + r.Next(60)} sites, managing a ${1 + r.Next(40)}M budget and a team of {3 + r.Next(40)}.",
                1 => $"Managed the {Work[r.Next(Work.Length)]} of {S()} for {employer}; ran {S()} ceremonies and reported to the steering committee.",
                2 => $"Delivered {S()} and {S()} projects on time using {S()}; owned the schedule, risks and stakeholders.",
                _ => $"Coordinated vendors and clinicians for the {S()} {Work[r.Next(Work.Length)]}; built status reports in {S()}.",
            };
            if (contractor && r.Next(2) == 0) description += " Engaged as an independent contractor.";
            roles.Add(new ProfileRole(title, employer, industry, start, end, place?.City, description));
            end = start.AddMonths(-r.Next(4));
            cursor = end.Value;
        }
        var current = roles[0].Title;
        var headline = $"{current} | {string.Join(", ", skillNames.Take(2).Concat(certs.Take(1).Select(x => x.Name)))}" + (contractor ? " (contractor)" : "");
        var summary = $"{current} with {career:0} years in {roles[0].Industry}. Known for {skillNames.FirstOrDefault() ?? "delivery"} and {Work[r.Next(Work.Length)]} work."
            + (contractor ? " Available as a contractor." : "");
        c.SetProfile(headline, summary, roles, skills, certs, industries, [], now);
        c.SetEducation([new ProfileEducation($"University of {MatchData.Metros[r.Next(MatchData.Metros.Length)].Name}", Degrees[r.Next(Degrees.Length)], Fields[r.Next(Fields.Length)], 2026 - (int)career - 1 - r.Next(4))], now);
        decimal? rate = r.Next(7) == 0 ? null : (decimal)Math.Round(Math.Clamp(75 * Math.Exp(0.35 * Gaussian(r)), 25, 300), 2);
        DateOnly? available = r.Next(5) == 0 ? null : Today.AddDays(r.Next(-90, 181));
        var w = r.NextDouble();
        c.SetPreferences(new Preferences(w < 0.25 ? WorkplaceMode.OnSite : w < 0.70 ? WorkplaceMode.Hybrid : WorkplaceMode.Remote,
            contractor ? EngagementTypes.Contract : EngagementTypes.Contract | EngagementTypes.Permanent,
            rate is null ? null : new Compensation(rate, rate + 15, CompensationUnit.Hourly), available, WorkAuthorization.Citizen), now);
        return c;
    }

    private int Cdf2(Random r) => Pick(_metroCdf, r);

    private static double Gaussian(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
