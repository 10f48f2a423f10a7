namespace Shortlist.Web.Seeding;

/// <summary>How likely a member of a role family holds a certification, and after how many years of career.</summary>
public sealed record CertificationOdds(string Code, double Probability, int MinimumYears = 0, double? ProbabilityInUk = null);

/// <summary>
/// A role family: its titles by seniority (0 junior … 3 lead), the skills and tools its roles use,
/// its certifications, the family people often come from, and a typical US contract rate at mid level.
/// </summary>
public sealed record RoleFamilySeed(string Code, string Name, double CandidateShare, double PositionShare,
    IReadOnlyList<IReadOnlyList<string>> TitlesByLevel, IReadOnlyList<string> CoreSkills, IReadOnlyList<string> Tools,
    IReadOnlyList<CertificationOdds> Certifications, string? Feeder, decimal HourlyUsd, bool LeadsProjects, IReadOnlyList<string> Duties);

/// <summary>A city with coordinates and a phone prefix from the ranges reserved for fiction (555-01xx, Ofcom drama numbers).</summary>
public sealed record CitySeed(string Name, string Region, string Country, double Latitude, double Longitude, string PhonePrefix, int PhoneDigits, int Weight);

/// <summary>Curated, realistic lists the demo data is drawn from. Codes refer to <see cref="Taxonomy"/>.</summary>
public static partial class DemoCatalog
{
    /// <summary>Role families; shares say how the talent pool and the open positions divide between them.</summary>
    public static IReadOnlyList<RoleFamilySeed> RoleFamilies { get; } =
    [
        new("it-project-manager", "IT project manager", 0.30, 0.34,
            [["IT Project Coordinator", "Associate Project Manager", "Project Analyst"],
             ["IT Project Manager", "Project Manager", "Technical Project Manager"],
             ["Senior IT Project Manager", "Senior Project Manager", "Senior Technical Project Manager"],
             ["Lead Project Manager", "Principal Project Manager", "Senior Project Manager, Enterprise Applications"]],
            ["risk-management", "budgeting", "scheduling", "stakeholder-management", "vendor-management", "change-management", "release-management",
             "project-governance", "resource-planning", "communication", "leadership", "executive-reporting", "kpi-reporting", "negotiation"],
            ["ms-project", "jira", "smartsheet", "confluence", "sharepoint", "excel", "servicenow"],
            [new("pmp", 0.62, 3, 0.30), new("prince2", 0.06, 1, 0.60), new("capm", 0.10), new("csm", 0.28, 1), new("pmi-acp", 0.12, 3),
             new("safe-agilist", 0.16, 3), new("itil-4", 0.12), new("six-sigma-green-belt", 0.08), new("prince2-agile", 0.01, 3, 0.15)],
            "business-analyst", 65m, true,
            ["Own the integrated project plan, RAID log, budget and status reporting.",
             "Run steering committees and keep executives, vendors and clinical or business leads aligned.",
             "Plan cutover and go-live, and manage scope, schedule and cost through change control.",
             "Lead cross-functional teams of developers, analysts, testers and vendor staff."]),
        new("program-manager", "Program manager", 0.11, 0.12,
            [["Project Manager", "IT Project Manager"],
             ["Program Manager", "IT Program Manager"],
             ["Senior Program Manager", "Senior IT Program Manager", "Programme Manager"],
             ["Director, Program Management", "Portfolio Director", "Head of Delivery"]],
            ["budgeting", "risk-management", "vendor-management", "executive-reporting", "stakeholder-management", "earned-value-management",
             "resource-planning", "business-case", "project-governance", "portfolio-management", "leadership", "negotiation", "change-management"],
            ["ms-project", "smartsheet", "clarity-ppm", "planview", "jira", "power-bi", "excel"],
            [new("pmp", 0.75, 3, 0.35), new("pgmp", 0.14, 8), new("msp", 0.02, 5, 0.35), new("prince2", 0.05, 1, 0.55),
             new("safe-agilist", 0.30, 3), new("safe-rte", 0.05, 6), new("six-sigma-black-belt", 0.05, 6)],
            "it-project-manager", 85m, true,
            ["Lead a program of related projects and the vendors that deliver them.",
             "Own the program budget, benefits case and executive reporting.",
             "Set up governance: stage gates, steering committee, dependency and risk management across workstreams.",
             "Coach project managers and keep the portfolio on time and on budget."]),
        new("business-systems-analyst", "Business systems analyst", 0.21, 0.24,
            [["Junior Business Systems Analyst", "Business Systems Analyst I", "Associate Systems Analyst"],
             ["Business Systems Analyst", "Systems Analyst", "IT Business Systems Analyst"],
             ["Senior Business Systems Analyst", "Senior Systems Analyst"],
             ["Lead Business Systems Analyst", "Principal Systems Analyst"]],
            ["requirements-elicitation", "requirements-traceability", "user-stories", "use-cases", "bpmn", "uml", "process-mapping", "gap-analysis",
             "uat", "data-mapping", "data-modeling", "sql", "facilitation", "integration-api"],
            ["jira", "confluence", "visio", "lucidchart", "azure-devops", "alm", "excel"],
            [new("cbap", 0.18, 5), new("ccba", 0.12, 2), new("ecba", 0.06), new("pmi-pba", 0.07, 3), new("csm", 0.12, 1), new("cspo", 0.06, 2),
             new("six-sigma-green-belt", 0.07), new("itil-4", 0.06)],
            "qa-analyst", 52m, false,
            ["Elicit and document business and functional requirements, user stories and acceptance criteria.",
             "Map as-is and to-be processes in BPMN and run fit-gap workshops with the vendor.",
             "Write data mapping and interface specifications and query source systems in SQL.",
             "Plan and lead user acceptance testing and triage defects with developers."]),
        new("business-analyst", "Business analyst", 0.10, 0.08,
            [["Junior Business Analyst", "Business Analyst I"],
             ["Business Analyst", "IT Business Analyst"],
             ["Senior Business Analyst"],
             ["Lead Business Analyst", "Business Analysis Manager"]],
            ["requirements-elicitation", "process-mapping", "user-stories", "uat", "business-case", "cost-benefit-analysis", "gap-analysis",
             "stakeholder-management", "facilitation", "communication", "process-improvement", "kpi-reporting"],
            ["visio", "excel", "power-bi", "jira", "confluence", "miro", "tableau"],
            [new("cbap", 0.14, 5), new("ccba", 0.12, 2), new("ecba", 0.08), new("six-sigma-green-belt", 0.10), new("csm", 0.10, 1), new("pmi-pba", 0.05, 3)],
            null, 48m, false,
            ["Work with business owners to define needs, processes and the business case.",
             "Facilitate requirements workshops and turn outcomes into prioritized user stories.",
             "Support testing, training and adoption after go-live.",
             "Build KPI reports that show whether the change delivered its benefits."]),
        new("scrum-master", "Scrum master", 0.12, 0.10,
            [["Associate Scrum Master", "Agile Team Facilitator"],
             ["Scrum Master", "Agile Delivery Lead"],
             ["Senior Scrum Master", "Agile Coach"],
             ["Release Train Engineer", "Enterprise Agile Coach"]],
            ["sprint-planning", "backlog-management", "facilitation", "coaching", "conflict-resolution", "kpi-reporting", "release-management",
             "stakeholder-management", "communication", "risk-management"],
            ["jira", "confluence", "azure-devops", "miro", "smartsheet"],
            [new("csm", 0.65), new("psm", 0.32), new("safe-scrum-master", 0.18, 1), new("safe-agilist", 0.20, 3), new("pmi-acp", 0.15, 3),
             new("icp-acc", 0.08, 4), new("safe-rte", 0.06, 6), new("pmp", 0.12, 3, 0.05)],
            "qa-analyst", 60m, false,
            ["Facilitate sprint planning, reviews, retrospectives and PI planning.",
             "Remove impediments and coach teams and product owners in Scrum and Kanban.",
             "Track flow metrics and make delivery risks visible to stakeholders.",
             "Coordinate dependencies across teams on the release train."]),
        new("pmo-lead", "PMO lead", 0.06, 0.05,
            [["PMO Analyst", "Project Analyst"],
             ["PMO Manager", "Portfolio Analyst"],
             ["PMO Lead", "Senior PMO Manager"],
             ["Director, PMO", "Head of PMO"]],
            ["portfolio-management", "project-governance", "kpi-reporting", "resource-planning", "budgeting", "executive-reporting", "process-improvement",
             "risk-management", "business-case", "leadership", "stakeholder-management"],
            ["clarity-ppm", "planview", "power-bi", "smartsheet", "ms-project", "excel", "servicenow"],
            [new("pmp", 0.68, 3, 0.30), new("prince2", 0.06, 1, 0.60), new("msp", 0.02, 5, 0.30), new("pfmp", 0.08, 8), new("itil-4", 0.15),
             new("six-sigma-green-belt", 0.12)],
            "it-project-manager", 70m, true,
            ["Run portfolio intake, prioritization and capacity planning.",
             "Set project standards, templates and stage gates, and report portfolio health to the executive team.",
             "Stand up PPM tooling and dashboards for budgets, resources and benefits.",
             "Mentor project managers and run the PMO's continuous improvement."]),
        new("product-owner", "Product owner", 0.08, 0.05,
            [["Associate Product Owner", "Product Analyst"],
             ["Product Owner", "Technical Product Owner"],
             ["Senior Product Owner"],
             ["Lead Product Owner", "Product Manager"]],
            ["backlog-management", "user-stories", "roadmapping", "stakeholder-management", "requirements-elicitation", "uat", "customer-analytics",
             "kpi-reporting", "communication", "business-case"],
            ["jira", "confluence", "azure-devops", "miro", "power-bi", "tableau"],
            [new("cspo", 0.45), new("pspo", 0.18), new("safe-popm", 0.15, 2), new("csm", 0.15), new("pmi-pba", 0.04, 3)],
            "business-analyst", 62m, false,
            ["Own and order the product backlog and write clear user stories with acceptance criteria.",
             "Turn stakeholder goals into a roadmap and release plan.",
             "Accept work every sprint and measure outcomes after release.",
             "Work daily with the delivery team, design and the business."]),
        new("qa-analyst", "QA analyst", 0.02, 0.02,
            [["QA Analyst", "Test Analyst"], ["Senior QA Analyst", "Test Lead"], ["QA Lead", "Test Manager"], ["QA Manager", "Head of Testing"]],
            ["test-management", "uat", "sql", "requirements-traceability", "release-management", "communication"],
            ["alm", "jira", "azure-devops", "excel"],
            [new("csm", 0.06), new("itil-4", 0.05)],
            null, 45m, false,
            ["Plan and run system, integration and regression testing.",
             "Trace test cases to requirements and report defects and quality metrics.",
             "Support user acceptance testing and release readiness."]),
    ];

    /// <summary>The role family for <paramref name="code"/>.</summary>
    public static RoleFamilySeed RoleFamilyOf(string code) => RoleFamilies.First(f => f.Code == code);

    /// <summary>The body that issues each certification of the demo (a prefix of the code is enough: "safe-" is Scaled Agile).</summary>
    public static string? IssuerOf(string code) => code switch
    {
        "pmp" or "pgmp" or "pfmp" or "capm" or "pmi-acp" or "pmi-pba" or "pmi-rmp" => "Project Management Institute",
        "cbap" or "ccba" or "ecba" => "International Institute of Business Analysis",
        "csm" or "cspo" or "a-csm" => "Scrum Alliance",
        "psm" or "psm-i" or "psm-ii" or "pspo" => "Scrum.org",
        "itil-4" or "itil-foundation" or "prince2" or "prince2-agile" or "prince2-foundation" or "prince2-practitioner" => "PeopleCert",
        "cissp" => "ISC2",
        "togaf" => "The Open Group",
        "az-900" => "Microsoft",
        "aws-cloud-practitioner" => "Amazon Web Services",
        "salesforce-admin" => "Salesforce",
        "epic-certification" => "Epic Systems",
        _ when code.StartsWith("safe-", StringComparison.Ordinal) => "Scaled Agile",
        _ => null,
    };

    /// <summary>Years between renewals of certifications that lapse unless renewed.</summary>
    public static IReadOnlyDictionary<string, int> RenewalYears { get; } = new Dictionary<string, int>
    {
        ["pmp"] = 3,
        ["pgmp"] = 3,
        ["pfmp"] = 3,
        ["pmi-acp"] = 3,
        ["pmi-pba"] = 3,
        ["capm"] = 3,
        ["cbap"] = 3,
        ["ccba"] = 3,
        ["csm"] = 2,
        ["cspo"] = 2,
        ["safe-agilist"] = 1,
        ["safe-scrum-master"] = 1,
        ["safe-popm"] = 1,
        ["safe-rte"] = 1,
        ["itil-4"] = 3,
        ["prince2"] = 3,
        ["prince2-agile"] = 3,
        ["cissp"] = 3,
        ["cisa"] = 3,
        ["aws-cloud-practitioner"] = 3,
    };

    /// <summary>Cities candidates live in and clients work from; weights follow the size of each IT job market.</summary>
    public static IReadOnlyList<CitySeed> Cities { get; } =
    [
        new("New York", "NY", "US", 40.7128, -74.0060, "+1 212-555-01", 2, 10),
        new("Boston", "MA", "US", 42.3601, -71.0589, "+1 617-555-01", 2, 5),
        new("Chicago", "IL", "US", 41.8781, -87.6298, "+1 312-555-01", 2, 7),
        new("Dallas", "TX", "US", 32.7767, -96.7970, "+1 214-555-01", 2, 6),
        new("Houston", "TX", "US", 29.7604, -95.3698, "+1 713-555-01", 2, 5),
        new("Austin", "TX", "US", 30.2672, -97.7431, "+1 512-555-01", 2, 4),
        new("Atlanta", "GA", "US", 33.7490, -84.3880, "+1 404-555-01", 2, 5),
        new("Charlotte", "NC", "US", 35.2271, -80.8431, "+1 704-555-01", 2, 4),
        new("Washington", "DC", "US", 38.9072, -77.0369, "+1 202-555-01", 2, 6),
        new("Philadelphia", "PA", "US", 39.9526, -75.1652, "+1 215-555-01", 2, 4),
        new("Pittsburgh", "PA", "US", 40.4406, -79.9959, "+1 412-555-01", 2, 2),
        new("Minneapolis", "MN", "US", 44.9778, -93.2650, "+1 612-555-01", 2, 4),
        new("Denver", "CO", "US", 39.7392, -104.9903, "+1 303-555-01", 2, 4),
        new("Phoenix", "AZ", "US", 33.4484, -112.0740, "+1 602-555-01", 2, 4),
        new("Seattle", "WA", "US", 47.6062, -122.3321, "+1 206-555-01", 2, 5),
        new("San Francisco", "CA", "US", 37.7749, -122.4194, "+1 415-555-01", 2, 5),
        new("Los Angeles", "CA", "US", 34.0522, -118.2437, "+1 213-555-01", 2, 5),
        new("San Diego", "CA", "US", 32.7157, -117.1611, "+1 619-555-01", 2, 3),
        new("Sacramento", "CA", "US", 38.5816, -121.4944, "+1 916-555-01", 2, 2),
        new("Columbus", "OH", "US", 39.9612, -82.9988, "+1 614-555-01", 2, 3),
        new("Nashville", "TN", "US", 36.1627, -86.7816, "+1 615-555-01", 2, 3),
        new("Raleigh", "NC", "US", 35.7796, -78.6382, "+1 919-555-01", 2, 3),
        new("Tampa", "FL", "US", 27.9506, -82.4572, "+1 813-555-01", 2, 3),
        new("Miami", "FL", "US", 25.7617, -80.1918, "+1 305-555-01", 2, 3),
        new("Hartford", "CT", "US", 41.7658, -72.6734, "+1 860-555-01", 2, 2),
        new("Des Moines", "IA", "US", 41.5868, -93.6250, "+1 515-555-01", 2, 1),
        new("Richmond", "VA", "US", 37.5407, -77.4360, "+1 804-555-01", 2, 2),
        new("Baltimore", "MD", "US", 39.2904, -76.6122, "+1 410-555-01", 2, 2),
        new("St. Louis", "MO", "US", 38.6270, -90.1994, "+1 314-555-01", 2, 2),
        new("Kansas City", "MO", "US", 39.0997, -94.5786, "+1 816-555-01", 2, 2),
        new("Salt Lake City", "UT", "US", 40.7608, -111.8910, "+1 801-555-01", 2, 2),
        new("Detroit", "MI", "US", 42.3314, -83.0458, "+1 313-555-01", 2, 2),
        new("Indianapolis", "IN", "US", 39.7684, -86.1581, "+1 317-555-01", 2, 2),
        new("Omaha", "NE", "US", 41.2565, -95.9345, "+1 402-555-01", 2, 1),
        new("Toronto", "ON", "CA", 43.6532, -79.3832, "+1 416-555-01", 2, 7),
        new("Montreal", "QC", "CA", 45.5017, -73.5673, "+1 514-555-01", 2, 3),
        new("Vancouver", "BC", "CA", 49.2827, -123.1207, "+1 604-555-01", 2, 3),
        new("Calgary", "AB", "CA", 51.0447, -114.0719, "+1 403-555-01", 2, 2),
        new("Ottawa", "ON", "CA", 45.4215, -75.6972, "+1 613-555-01", 2, 2),
        new("Halifax", "NS", "CA", 44.6488, -63.5752, "+1 902-555-01", 2, 1),
        new("London", "England", "GB", 51.5074, -0.1278, "+44 20 7946 0", 3, 8),
        new("Manchester", "England", "GB", 53.4808, -2.2426, "+44 161 496 0", 3, 2),
        new("Birmingham", "England", "GB", 52.4862, -1.8904, "+44 121 496 0", 3, 2),
        new("Leeds", "England", "GB", 53.8008, -1.5491, "+44 113 496 0", 3, 1),
        new("Bristol", "England", "GB", 51.4545, -2.5879, "+44 117 496 0", 3, 1),
        new("Edinburgh", "Scotland", "GB", 55.9533, -3.1883, "+44 131 496 0", 3, 2),
        new("Glasgow", "Scotland", "GB", 55.8642, -4.2518, "+44 141 496 0", 3, 1),
    ];

    /// <summary>The city named <paramref name="name"/>.</summary>
    public static CitySeed CityOf(string name) => Cities.First(c => c.Name == name);

    /// <summary>The currency of pay in <paramref name="country"/>.</summary>
    public static string CurrencyOf(string country) => country switch { "CA" => "CAD", "GB" => "GBP", _ => "USD" };

    /// <summary>Pay in local currency relative to US pay in dollars: lower markets, different currencies.</summary>
    public static decimal PayFactorOf(string country) => country switch { "CA" => 1.08m, "GB" => 0.62m, _ => 1m };

    /// <summary>Titles of client contacts who review candidates.</summary>
    public static IReadOnlyList<string> HiringManagerTitles { get; } =
    [
        "Director, IT Project Management Office", "IT Director, Enterprise Applications", "Manager, Business Systems",
        "Director of Clinical Applications", "VP, Technology Delivery", "Senior Manager, Digital Programs", "Director, Data and Analytics",
        "IT Manager, Business Applications", "Head of Transformation", "Director, Infrastructure and Operations",
    ];

    /// <summary>Titles of client executives who receive status reports.</summary>
    public static IReadOnlyList<string> ExecutiveTitles { get; } =
        ["Chief Information Officer", "Chief Digital Officer", "SVP, Technology", "Chief Operating Officer", "VP, Information Technology"];

    /// <summary>Where candidates came from, with weights.</summary>
    public static IReadOnlyList<(string Source, int Weight)> Sources { get; } =
        [("sourced", 35), ("applied", 30), ("imported", 20), ("referral", 15)];

    /// <summary>Notes recruiters leave on pipeline moves.</summary>
    public static IReadOnlyList<string> StageNotes { get; } =
    [
        "Strong match on the must-haves; rate within band.", "Phone screen went well; clear communicator.",
        "Client asked for more detail on budget ownership.", "Relevant go-live experience in the same industry.",
        "Available on the requested start date.", "Hiring manager wants a panel interview.", "References checked.",
    ];
}
