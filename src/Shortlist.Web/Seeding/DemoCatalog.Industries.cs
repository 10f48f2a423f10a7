namespace Shortlist.Web.Seeding;

/// <summary>A kind of project an industry runs; its codes become requirements, skills and track-record entries.</summary>
public sealed record ProjectTheme(string Name, string Deliverable, string Methodology, IReadOnlyList<string> Codes);

/// <summary>An employer as it appears in careers and as a client; <paramref name="City"/> names an entry of <see cref="DemoCatalog.Cities"/>.</summary>
public sealed record EmployerSeed(string Name, string City);

/// <summary>An industry: its taxonomy code, its playbook (what searches there usually require), its projects and its employers.</summary>
public sealed record IndustrySeed(string Code, string Name, double Share, IReadOnlyList<string> Playbook,
    IReadOnlyList<ProjectTheme> Themes, IReadOnlyList<EmployerSeed> Employers);

public static partial class DemoCatalog
{
    private static ProjectTheme P(string name, string deliverable, string methodology, params string[] codes) => new(name, deliverable, methodology, codes);

    private static EmployerSeed E(string name, string city) => new(name, city);

    /// <summary>
    /// The industries the firm serves. The first two employers of each become the demo clients, so they
    /// are the ones whose cities spread the clients over the US, Canada and the UK.
    /// </summary>
    public static IReadOnlyList<IndustrySeed> Industries { get; } =
    [
        new("healthcare", "Healthcare", 0.22,
            ["hipaa", "hitech", "ehr", "epic", "oracle-health-cerner", "hl7", "fhir", "icd-10", "revenue-cycle", "clinical-workflows", "meditech", "population-health"],
            [
                P("Epic EHR implementation", "an Epic EHR go-live across hospitals and ambulatory clinics", "Hybrid delivery", "epic", "ehr", "hipaa", "clinical-workflows", "hl7"),
                P("Cerner to Epic migration", "the conversion of clinical and billing data from Oracle Health (Cerner) to Epic", "Waterfall", "oracle-health-cerner", "epic", "data-migration", "hipaa"),
                P("FHIR interoperability hub", "a FHIR API layer that shares patient records with payers and partner clinics", "Scrum", "fhir", "hl7", "integration-api", "hipaa"),
                P("Revenue cycle modernization", "a new patient accounting and claims workflow with fewer denials", "Hybrid delivery", "revenue-cycle", "icd-10", "epic", "hipaa"),
                P("Telehealth platform rollout", "virtual visits for primary and behavioral care, integrated with scheduling", "Scrum", "telehealth", "hipaa", "mobile-apps", "azure"),
                P("Population health analytics", "a care-management data platform and dashboards for value-based contracts", "Kanban", "population-health", "data-warehousing", "sql", "power-bi", "hipaa"),
                P("MEDITECH Expanse upgrade", "the upgrade of community hospitals to MEDITECH Expanse", "Waterfall", "meditech", "ehr", "hitech"),
            ],
            [
                E("Lakeshore Health Partners", "Chicago"), E("Cedar Ridge Health System", "Nashville"), E("Bayfront Children's Hospital", "Tampa"),
                E("Summit Valley Medical Center", "Denver"), E("Pinecrest Medical Group", "Raleigh"), E("Riverbend Health Network", "Pittsburgh"),
                E("Northgate Community Hospitals", "Minneapolis"), E("Harbor Point Health", "Boston"), E("Trillium Regional Health", "Toronto"),
                E("Westbrook Physicians Alliance", "Phoenix"), E("Mercy Crossing Health", "St. Louis"), E("Clearwater Behavioral Health", "Seattle"),
            ]),
        new("financial-services", "Financial services", 0.22,
            ["sox", "pci-dss", "basel-iii", "aml-kyc", "core-banking", "payments", "erp", "crm", "cybersecurity", "regulatory-reporting", "fraud-detection", "salesforce"],
            [
                P("Core banking replacement", "the replacement of a 30-year-old core with Temenos Transact", "Hybrid delivery", "core-banking", "temenos", "data-migration", "sox"),
                P("Real-time payments program", "ISO 20022 messaging and instant payments for retail and commercial clients", "SAFe", "payments", "iso-20022", "pci-dss", "integration-api"),
                P("AML transaction monitoring", "a new AML/KYC monitoring platform with case management for investigators", "Scrum", "aml-kyc", "fraud-detection", "data-warehousing", "sql"),
                P("Basel III regulatory reporting", "automated capital and liquidity reporting from a governed data warehouse", "Waterfall", "basel-iii", "regulatory-reporting", "data-warehousing", "sql"),
                P("Salesforce Financial Services Cloud", "a single CRM for advisors and relationship managers", "Scrum", "salesforce", "crm", "wealth-management"),
                P("SAP S/4HANA finance transformation", "a new general ledger, close process and SOX controls on S/4HANA", "Hybrid delivery", "sap-s4hana", "erp", "sox"),
                P("Digital banking app relaunch", "a rebuilt mobile and online banking experience", "Scrum", "digital-banking", "mobile-apps", "pci-dss", "identity-access-management"),
                P("Trading platform cloud migration", "the move of trading and risk systems to AWS", "SAFe", "capital-markets", "cloud-migration", "aws", "cybersecurity"),
            ],
            [
                E("Granite Harbor Bank", "New York"), E("Thamesbridge Bank", "London"), E("Keystone Federal Credit Union", "Philadelphia"),
                E("Ironwood Capital Markets", "New York"), E("Bluewater Payments", "Atlanta"), E("Maple Leaf Trust Financial", "Toronto"),
                E("Prairie State Bancorp", "Kansas City"), E("Copperline Wealth Advisors", "Charlotte"), E("Northstar Lending Group", "Dallas"),
                E("Cascade Mutual Bank", "Seattle"), E("Redwood Card Services", "San Francisco"),
            ]),
        new("retail", "Retail", 0.14,
            ["e-commerce", "pos", "omnichannel", "supply-chain", "customer-analytics", "mobile-apps", "loyalty-programs", "pci-dss", "order-management", "merchandising", "salesforce-commerce-cloud"],
            [
                P("E-commerce replatforming", "a move of the online store to Salesforce Commerce Cloud", "Scrum", "e-commerce", "salesforce-commerce-cloud", "integration-api", "pci-dss"),
                P("POS replacement", "new point-of-sale hardware and software across the store estate", "Waterfall", "pos", "pci-dss", "omnichannel"),
                P("Buy online, pick up in store", "BOPIS and ship-from-store backed by a new order management system", "Scrum", "omnichannel", "order-management", "e-commerce"),
                P("Loyalty and customer analytics", "a relaunched loyalty program with customer 360 analytics", "Kanban", "loyalty-programs", "customer-analytics", "crm", "tableau"),
                P("Warehouse management rollout", "Manhattan WMS at regional distribution centers", "Waterfall", "supply-chain", "manhattan-wms", "integration-api"),
                P("Mobile shopping app", "a native shopping app with personalized offers", "Scrum", "mobile-apps", "e-commerce", "customer-analytics"),
                P("Merchandise planning on SAP", "assortment and merchandise planning on SAP", "Hybrid delivery", "merchandising", "sap", "erp"),
            ],
            [
                E("Brightline Outfitters", "Columbus"), E("Harvest Lane Grocers", "Minneapolis"), E("Coastal Home Goods", "Atlanta"),
                E("Urban Threads Apparel", "Los Angeles"), E("Northfield Pharmacy", "Chicago"), E("Everyday Value Stores", "Dallas"),
                E("Crescent Sporting Goods", "Denver"), E("Beacon Electronics", "Seattle"), E("Hollybrook Department Stores", "Manchester"),
            ]),
        new("insurance", "Insurance", 0.12,
            ["claims-processing", "policy-administration", "underwriting", "guidewire", "duck-creek", "ifrs-17", "naic-data-security", "data-migration", "crm", "regulatory-reporting"],
            [
                P("Guidewire ClaimCenter implementation", "Guidewire ClaimCenter for personal and commercial lines", "SAFe", "guidewire", "claims-processing", "integration-api"),
                P("Policy administration replacement", "the move of personal lines to Duck Creek Policy", "Hybrid delivery", "policy-administration", "duck-creek", "data-migration"),
                P("IFRS 17 compliance program", "IFRS 17 measurement, disclosures and a new subledger", "Waterfall", "ifrs-17", "regulatory-reporting", "sap"),
                P("Underwriting workbench", "a single workbench for commercial underwriters", "Scrum", "underwriting", "salesforce", "integration-api"),
                P("Agent and broker portal", "self-service quoting and servicing for independent agents", "Scrum", "crm", "digital-transformation", "mobile-apps"),
                P("Claims fraud analytics", "predictive fraud scoring for first notice of loss", "Kanban", "claims-processing", "fraud-detection", "data-warehousing"),
            ],
            [
                E("Hartwell Mutual Insurance", "Hartford"), E("Great Lakes Assurance", "Toronto"), E("Pioneer Plains Insurance", "Des Moines"),
                E("Sentinel Casualty Group", "Columbus"), E("Evergreen Life and Annuity", "Omaha"), E("Shoreline Specialty Insurance", "Boston"),
                E("Castlegate Insurance", "Edinburgh"), E("Red Mesa Auto Insurance", "Phoenix"),
            ]),
        new("public-sector", "Public sector", 0.10,
            ["fedramp", "fisma", "nist-800-53", "section-508", "case-management", "citizen-services", "grants-management", "cloud-migration", "procurement", "servicenow"],
            [
                P("Benefits eligibility modernization", "a new eligibility and case management system for health and human services", "Hybrid delivery", "case-management", "citizen-services", "salesforce", "section-508"),
                P("FedRAMP cloud migration", "the move of agency workloads to a FedRAMP-authorized cloud", "Waterfall", "fedramp", "cloud-migration", "azure", "nist-800-53"),
                P("Grants management platform", "one platform for grant applications, awards and reporting", "Scrum", "grants-management", "dynamics-365", "section-508"),
                P("Statewide ERP replacement", "Workday for finance and HR across state agencies", "Hybrid delivery", "workday", "erp", "hcm", "procurement"),
                P("311 citizen services portal", "a 311 portal and mobile app on ServiceNow", "Scrum", "citizen-services", "servicenow", "section-508"),
                P("Unemployment insurance system replacement", "a modern claims and benefits system with fraud controls", "Waterfall", "case-management", "fraud-detection", "fisma"),
            ],
            [
                E("Commonwealth Department of Human Services", "Richmond"), E("City of Lakeport", "Sacramento"), E("State Revenue Authority", "Austin"),
                E("Metro Transit District", "Baltimore"), E("County of Fairhaven", "Washington"), E("Province Digital Services Office", "Ottawa"),
                E("Regional Water Commission", "Salt Lake City"),
            ]),
        new("energy", "Energy and utilities", 0.08,
            ["nerc-cip", "ferc", "smart-grid", "outage-management", "asset-management", "sap-is-u", "maximo", "gis", "scada", "ami", "customer-information-system"],
            [
                P("Smart meter (AMI) rollout", "two million smart meters and a new meter data management system", "Waterfall", "ami", "meter-data-management", "smart-grid"),
                P("Outage management system upgrade", "an ADMS and outage management system tied to GIS", "Hybrid delivery", "outage-management", "gis", "scada"),
                P("NERC CIP compliance program", "NERC CIP controls for high- and medium-impact sites", "Waterfall", "nerc-cip", "cybersecurity", "nist-800-53"),
                P("Customer information system replacement", "SAP IS-U billing and customer care", "Hybrid delivery", "sap-is-u", "customer-information-system", "data-migration"),
                P("Enterprise asset management", "IBM Maximo for generation and transmission assets", "Hybrid delivery", "maximo", "asset-management", "gis"),
                P("Grid analytics platform", "operational data from AVEVA PI in a cloud analytics platform", "Scrum", "osisoft-pi", "smart-grid", "data-warehousing", "azure"),
            ],
            [
                E("Prairie Wind Energy", "Calgary"), E("Gulf Coast Power & Light", "Houston"), E("Blue Ridge Electric Cooperative", "Charlotte"),
                E("Sierra Pacific Utilities", "Sacramento"), E("Northern Grid Transmission", "Minneapolis"), E("Lone Star Natural Gas", "Dallas"),
                E("Highland Renewables", "Glasgow"),
            ]),
        new("manufacturing", "Manufacturing", 0.07,
            ["erp", "sap-s4hana", "mes", "plm", "supply-chain", "iot", "quality-management", "lean", "iso-9001", "21-cfr-part-11"],
            [
                P("SAP S/4HANA plant rollout", "SAP S/4HANA across plants and distribution centers", "Hybrid delivery", "sap-s4hana", "erp", "supply-chain"),
                P("MES deployment", "a manufacturing execution system on every production line", "Waterfall", "mes", "iot", "quality-management"),
                P("PLM consolidation", "one PLM system after three acquisitions", "Hybrid delivery", "plm", "data-migration"),
                P("Predictive maintenance with IIoT", "sensor data and predictive maintenance models for critical equipment", "Scrum", "iot", "azure", "data-warehousing"),
                P("Validated quality management system", "an electronic QMS validated for 21 CFR Part 11", "Waterfall", "quality-management", "21-cfr-part-11", "iso-9001"),
            ],
            [
                E("Ridgeline Components", "Detroit"), E("Atlas Precision Manufacturing", "Birmingham"), E("Ferrous Works Industries", "Pittsburgh"),
                E("Clearview Medical Devices", "Minneapolis"), E("Heartland Packaging", "Indianapolis"), E("Northwest Aerospace Parts", "Seattle"),
            ]),
        new("telecommunications", "Telecommunications", 0.05,
            ["oss-bss", "5g", "network-rollout", "billing-systems", "crm", "fiber-deployment", "customer-experience", "cloud-migration", "salesforce"],
            [
                P("5G network rollout", "5G coverage in the top twenty markets", "Waterfall", "5g", "network-rollout"),
                P("BSS transformation", "a convergent billing and BSS stack replacing four legacy systems", "SAFe", "oss-bss", "billing-systems", "data-migration"),
                P("Fiber-to-the-home build", "fiber to 400,000 homes with field workforce scheduling", "Waterfall", "fiber-deployment", "network-rollout", "gis"),
                P("Customer care CRM consolidation", "one Salesforce service console for retail and contact-center agents", "Scrum", "crm", "salesforce", "customer-experience"),
                P("OSS automation", "zero-touch provisioning and network inventory", "Scrum", "oss-bss", "devops", "integration-api"),
            ],
            [
                E("Northern Lights Communications", "Vancouver"), E("Keystone Wireless", "Philadelphia"), E("Midland Fibre Networks", "Leeds"),
                E("Pacific Crest Telecom", "San Diego"), E("Heartland Broadband", "Kansas City"), E("Sunbelt Mobile", "Miami"),
            ]),
    ];

    /// <summary>The industry entry for <paramref name="code"/>.</summary>
    public static IndustrySeed IndustryOf(string code) => Industries.First(i => i.Code == code);
}
