using System.Text;
using Shortlist.Domain.Common;
using Shortlist.Domain.Taxonomy;
using Shortlist.Parsing.Skills;
using Shortlist.Parsing.Taxonomy;

namespace Shortlist.Parsing.Tests.Taxonomy;

public sealed class TaxonomyCatalogTests
{
    private static TaxonomyCatalog Catalog => TaxonomyCatalog.Embedded;

    /// <summary>What the product promises the taxonomy covers: each code with one alias (not its canonical name) that must find it.</summary>
    public static TheoryData<string, string> Required => new()
    {
        // Methodologies
        { "agile", "Agile methodology" }, { "scrum", "Scrum framework" }, { "kanban", "Kanban method" },
        { "safe", "Scaled Agile Framework" }, { "waterfall", "Waterfall methodology" }, { "prince2-method", "PRINCE2 methodology" },
        { "lean", "Lean management" }, { "six-sigma", "6 Sigma" }, { "itil", "IT Infrastructure Library" },
        { "hybrid-delivery", "Hybrid agile" }, { "devops", "DevOps practices" }, { "babok", "BABOK" }, { "pmbok", "PMBOK" },
        // Certifications
        { "pmp", "Project Management Professional" }, { "capm", "CAPM" }, { "pgmp", "PgMP" }, { "pfmp", "PfMP" },
        { "pmi-acp", "PMI-ACP" }, { "pmi-rmp", "PMI-RMP" }, { "pmi-pba", "PMI-PBA" }, { "csm", "Certified ScrumMaster" },
        { "csm", "Certified Scrum Master" }, { "a-csm", "A-CSM" }, { "psm", "Professional Scrum Master" }, { "psm-i", "PSM I" },
        { "psm-ii", "PSM II" }, { "cspo", "CSPO" }, { "safe-spc", "SAFe SPC" }, { "safe-rte", "SAFe RTE" },
        { "safe-agilist", "Leading SAFe" }, { "safe-scrum-master", "SAFe Scrum Master" }, { "prince2", "PRINCE2" },
        { "prince2-foundation", "PRINCE2 Foundation certificate" }, { "prince2-practitioner", "PRINCE2 Practitioner certified" },
        { "cbap", "CBAP" }, { "ccba", "CCBA" }, { "ecba", "ECBA" }, { "itil-4", "ITIL v4" }, { "itil-foundation", "ITIL certified" },
        { "cissp", "CISSP" }, { "cism", "CISM" }, { "cisa", "CISA" }, { "six-sigma-yellow-belt", "Yellow Belt" },
        { "six-sigma-green-belt", "Lean Six Sigma Green Belt" }, { "six-sigma-black-belt", "CSSBB" },
        { "comptia-project-plus", "CompTIA Project Plus" }, { "aws-cloud-practitioner", "AWS Cloud Practitioner" },
        { "aws-solutions-architect-associate", "AWS Solutions Architect Associate" }, { "az-900", "AZ-900" }, { "az-104", "AZ-104" },
        { "togaf", "TOGAF" }, { "epic-certification", "Epic certified" }, { "salesforce-admin", "ADM 201" },
        // Healthcare
        { "healthcare", "Health care" }, { "hipaa", "Health Insurance Portability and Accountability Act" }, { "hitech", "HITECH" },
        { "hitrust", "HITRUST" }, { "ehr", "Electronic health records" }, { "emr", "EMR" }, { "epic", "Epic EHR" },
        { "epic-ambulatory", "EpicCare Ambulatory" }, { "epic-inpatient", "ClinDoc" }, { "epic-mychart", "MyChart" },
        { "epic-resolute-hb", "Resolute HB" }, { "epic-cadence", "Epic Cadence" }, { "epic-beaker", "Epic Beaker" },
        { "oracle-health-cerner", "Cerner" }, { "oracle-health-cerner", "Oracle Health" }, { "meditech", "MEDITECH 6.x" },
        { "allscripts", "Veradigm" }, { "athenahealth", "athenaOne" }, { "hl7", "Health Level Seven" }, { "hl7-v2", "HL7 v2.5.1" },
        { "fhir", "HL7 FHIR" }, { "icd-10", "ICD-10-CM" }, { "cpt", "Current Procedural Terminology" },
        { "meaningful-use", "Promoting Interoperability" }, { "revenue-cycle", "RCM" }, { "healthcare-claims", "Claims adjudication" },
        { "pacs", "Picture archiving and communication system" }, { "x12-edi", "HIPAA EDI" }, { "population-health", "PHM" },
        // Financial services and insurance
        { "financial-services", "BFSI" }, { "sox", "Sarbanes-Oxley" }, { "pci-dss", "PCI-DSS" }, { "basel-iii", "Basel 3" },
        { "basel-iv", "Basel 4" }, { "aml", "Anti-money laundering" }, { "kyc", "Know your customer" }, { "aml-kyc", "AML/KYC" },
        { "glba", "Gramm-Leach-Bliley Act" }, { "dodd-frank", "Dodd Frank" }, { "mifid-ii", "MiFID 2" },
        { "core-banking", "Core banking systems" }, { "fis", "FIS Global" }, { "fiserv", "Fiserv DNA" },
        { "jack-henry", "Jack Henry & Associates" }, { "temenos", "T24" }, { "payments", "Payment processing" },
        { "ach", "Automated Clearing House" }, { "swift", "SWIFT MT103" }, { "fix-protocol", "FIX engine" },
        { "trading", "Electronic trading" }, { "wealth-management", "Private banking" }, { "insurance", "Insurance industry" },
        { "guidewire", "Guidewire InsuranceSuite" }, { "guidewire-claimcenter", "ClaimCenter" }, { "duck-creek", "Duck Creek Policy" },
        { "claims-processing", "FNOL" }, { "policy-administration", "Policy administration system" },
        // Retail
        { "retail", "Retail industry" }, { "e-commerce", "eCommerce" }, { "e-commerce", "ecommerce" }, { "e-commerce", "E-Commerce" },
        { "shopify", "Shopify Plus" }, { "adobe-commerce", "Magento" }, { "salesforce-commerce-cloud", "Demandware" },
        { "sap-commerce", "SAP Hybris" }, { "pos", "Point of sale" }, { "omnichannel", "Omni-channel" }, { "supply-chain", "SCM" },
        { "wms", "Warehouse management system" }, { "order-management", "OMS" }, { "merchandising", "Assortment planning" },
        { "loyalty-programs", "Customer loyalty" }, { "customer-analytics", "Customer 360" },
        // Enterprise platforms
        { "erp", "Enterprise resource planning" }, { "crm", "Customer relationship management" }, { "sap", "SAP ERP" },
        { "sap-s4hana", "S/4 HANA" }, { "sap-s4hana", "S4HANA" }, { "sap-s4hana", "S/4HANA" }, { "sap-ecc", "ECC 6.0" },
        { "sap-fico", "SAP FI/CO" }, { "sap-successfactors", "SuccessFactors" }, { "sap-ariba", "Ariba" }, { "oracle", "Oracle applications" },
        { "oracle-ebs", "Oracle EBS" }, { "oracle-erp-cloud", "Oracle Fusion" }, { "peoplesoft", "Oracle PeopleSoft" },
        { "jd-edwards", "JDE" }, { "workday", "Workday implementation" }, { "workday-hcm", "Workday HR" },
        { "workday-financials", "Workday Financial Management" }, { "dynamics-365", "D365" },
        { "d365-customer-engagement", "Dynamics CRM" }, { "dynamics-ax", "Dynamics AX" }, { "salesforce", "SFDC" },
        { "sales-cloud", "Sales Cloud" }, { "service-cloud", "Service Cloud" }, { "health-cloud", "Health Cloud" },
        { "salesforce-marketing-cloud", "Pardot" }, { "servicenow", "Service Now" }, { "servicenow-itsm", "ServiceNow IT Service Management" },
        { "servicenow-spm", "ServiceNow ITBM" }, { "netsuite", "NetSuite" }, { "mulesoft", "Anypoint Platform" },
        // Tools
        { "jira", "Atlassian Jira" }, { "confluence", "Atlassian Confluence" }, { "ms-project", "MS Project" },
        { "ms-project", "Microsoft Project Professional" }, { "smartsheet", "Smart Sheet" }, { "azure-devops", "VSTS" },
        { "azure-devops", "TFS" }, { "trello", "Trello boards" }, { "asana", "Asana project management" }, { "monday-com", "Monday.com" },
        { "clarity-ppm", "CA Clarity" }, { "planview", "Planview Enterprise One" }, { "primavera-p6", "Primavera P6" },
        { "visio", "MS Visio" }, { "lucidchart", "Lucid Chart" }, { "miro", "RealtimeBoard" }, { "sharepoint", "SharePoint Online" },
        { "excel", "MS Excel" }, { "microsoft-teams", "MS Teams" },
        // Data and cloud
        { "sql", "T-SQL" }, { "power-bi", "PowerBI" }, { "tableau", "Tableau Desktop" }, { "snowflake", "Snowflake Data Cloud" },
        { "data-warehousing", "EDW" }, { "etl", "Extract, transform, load" }, { "aws", "Amazon Web Services" }, { "azure", "MS Azure" },
        { "gcp", "Google Cloud Platform" }, { "cloud-migration", "Lift and shift" }, { "databricks", "Azure Databricks" },
        // Security frameworks and privacy
        { "nist-csf", "NIST Cybersecurity Framework" }, { "nist-800-53", "NIST SP 800-53" }, { "iso-27001", "ISO27001" },
        { "soc-2", "SOC 2 Type II" }, { "cis-controls", "CIS Critical Security Controls" }, { "gdpr", "General Data Protection Regulation" },
        { "ccpa", "California Consumer Privacy Act" }, { "fedramp", "FedRAMP authorization" }, { "cybersecurity", "Information security" },
        // Business analysis
        { "requirements-elicitation", "Requirements gathering" }, { "bpmn", "BPMN 2.0" }, { "uml", "Unified Modeling Language" },
        { "user-stories", "User story" }, { "use-cases", "Use case" }, { "process-mapping", "As-is/to-be" }, { "uat", "UAT" },
        { "gap-analysis", "Fit-gap analysis" }, { "requirements-traceability", "Traceability matrix" }, { "business-requirements", "BRD" },
        // Project management
        { "risk-management", "RAID log" }, { "budgeting", "Budgeting" }, { "earned-value-management", "EVM" },
        { "stakeholder-management", "Stakeholder engagement" }, { "vendor-management", "Vendor relationship management" },
        { "change-management", "OCM" }, { "resource-planning", "Capacity planning" }, { "scheduling", "Critical path" },
        { "project-governance", "Steering committees" }, { "portfolio-management", "PPM" },
        // Soft skills
        { "communication", "Communication skills" }, { "leadership", "Team leadership" }, { "negotiation", "Contract negotiation" },
        { "facilitation", "Workshop facilitation" },
        // Role families
        { "it-project-manager", "IT Project Manager" }, { "program-manager", "Programme Manager" }, { "pmo-lead", "Head of PMO" },
        { "scrum-master", "ScrumMaster" }, { "business-systems-analyst", "BSA" }, { "business-analyst", "IT Business Analyst" },
        { "product-owner", "Technical Product Owner" }, { "release-train-engineer", "RTE" },
        // Technologies, design, marketing and teaching that résumés list
        { "cpp", "VC++" }, { "c-language", "Embedded C" }, { "php", "PHP5" }, { "windows", "Windows XP" }, { "shell-scripting", "Unix shell scripting" },
        { "tomcat", "Tomcat" }, { "eclipse", "Eclipse IDE" }, { "photoshop", "Photoshop" }, { "seo", "SEO" }, { "oop", "OOPS" },
        { "web-services", "Web API" }, { "curriculum-development", "Lesson planning" }, { "first-aid", "CPR" },
        // Industries
        { "public-sector", "Government" }, { "energy", "Energy sector" }, { "manufacturing", "Manufacturing industry" },
        { "telecommunications", "Telecom" },
    };

    [Fact]
    public void Embedded_HasAtLeast800Entries()
        => Assert.True(Catalog.Terms.Count >= 800, $"{Catalog.Terms.Count} entries");

    [Fact]
    public void Embedded_IsLoadedOnce()
        => Assert.Same(TaxonomyCatalog.Embedded, TaxonomyCatalog.Embedded);

    [Fact]
    public void Embedded_HasVersionAndCreditsItsSources()
    {
        Assert.True(Catalog.Version >= 1);
        Assert.Contains("O*NET 29.2 Database by USDOL/ETA, used under CC BY 4.0", Catalog.Sources);
        Assert.Contains(Catalog.Sources, s => s.StartsWith("ESCO", StringComparison.Ordinal));
    }

    [Fact]
    public void Embedded_UsesEveryCategory()
    {
        var used = Catalog.Terms.Select(t => t.Category).ToHashSet();

        Assert.All(Enum.GetValues<TaxonomyCategory>(), c => Assert.Contains(c, used));
        Assert.All(Enum.GetValues<TaxonomyCategory>(), c => Assert.True(Catalog.Terms.Count(t => t.Category == c) >= 10, $"{c}"));
    }

    [Theory]
    [MemberData(nameof(Required))]
    public void Embedded_FindsRequiredEntryByCodeAndByAlias(string code, string alias)
    {
        var term = Catalog.Find(code);

        Assert.NotNull(term);
        Assert.Contains(alias, term.Aliases.Append(term.Name), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(code, Catalog.FindByName(alias)?.Code);
        Assert.Equal(code, Catalog.FindByName($"  {alias.ToUpperInvariant()} ")?.Code);
    }

    [Theory]
    [InlineData("epic", "ehr", "healthcare")]
    [InlineData("sap-s4hana", "sap", "erp")]
    [InlineData("csm", "scrum", "agile")]
    [InlineData("fhir", "hl7", "healthcare-interoperability")]
    [InlineData("epic-resolute-hb", "epic-resolute", "epic")]
    public void Embedded_ParentChainsHold(string code, string parent, string grandparent)
        => Assert.Equal([parent, grandparent], Catalog.Ancestors(code).Take(2).Select(t => t.Code));

    [Fact]
    public void Embedded_CodesAreNormalizedUniqueAndParentsExist()
    {
        Assert.All(Catalog.Terms, t => Assert.Equal(TaxonomyEntry.NormalizeCode(t.Code), t.Code));
        Assert.Equal(Catalog.Terms.Count, Catalog.Terms.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Catalog.Terms.Where(t => t.ParentCode is not null), t => Assert.NotNull(Catalog.Find(t.ParentCode!)));
    }

    [Fact]
    public void Embedded_ListsParentsBeforeChildren()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in Catalog.Terms)
        {
            Assert.True(term.ParentCode is null || seen.Contains(term.ParentCode), $"{term.Code} comes before its parent {term.ParentCode}");
            seen.Add(term.Code);
        }
    }

    [Fact]
    public void Embedded_NoAliasOrNameIsSharedByTwoEntries()
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in Catalog.Terms)
        {
            foreach (var surface in term.Aliases.Prepend(term.Name).Select(s => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            {
                Assert.True(owners.TryAdd(surface, term.Code), $"'{surface}' belongs to {owners.GetValueOrDefault(surface)} and {term.Code}");
            }
        }
    }

    [Fact]
    public void Embedded_EveryEntryHasNameAndMostHaveAliases()
    {
        Assert.All(Catalog.Terms, t => Assert.False(string.IsNullOrWhiteSpace(t.Name)));
        Assert.All(Catalog.Terms, t => Assert.All(t.Aliases, a => Assert.Equal(a.Trim(), a)));
        Assert.True(Catalog.Terms.Count(t => t.Aliases.Count > 0) >= Catalog.Terms.Count * 0.95);
    }

    [Theory]
    [InlineData("Go")]
    [InlineData("word")]
    [InlineData("Project")]
    [InlineData("Teams")]
    [InlineData("Access")]
    [InlineData("excel")]
    [InlineData("Outlook")]
    [InlineData("epic")]
    [InlineData("Epics")]
    [InlineData("safe")]
    [InlineData("Sprint")]
    [InlineData("Swift")]
    [InlineData("Slack")]
    [InlineData("Spark")]
    [InlineData("Clarity")]
    [InlineData("Education")]
    [InlineData("Energy")]
    [InlineData("Security")]
    [InlineData("Cloud")]
    [InlineData("Fix")]
    [InlineData("Rest")]
    [InlineData("Him")]
    [InlineData("Los")]
    [InlineData("PM")]
    [InlineData("BA")]
    [InlineData("PO")]
    [InlineData("IT")]
    [InlineData("Ste")]
    [InlineData("Sit")]
    [InlineData("Monday")]
    public void Embedded_OrdinaryWordsAreNotAliases(string word)
        => Assert.Null(Catalog.FindByName(word));

    [Fact]
    public void Embedded_AliasesReadOnlyAsWrittenNameTheirTermOnlyWhenWrittenSo()
    {
        Assert.Equal("epic", Catalog.FindByName("Epic")?.Code);
        Assert.Equal("safe", Catalog.FindByName("SAFe")?.Code);
        Assert.Equal("fix-protocol", Catalog.FindByName("FIX")?.Code);
        Assert.Null(Catalog.FindByName("EPIC"));
        Assert.Null(Catalog.FindByName("Safe"));
        Assert.Equal("excel", Catalog.FindByName("Excel")?.Code);
        Assert.Equal("ms-word", Catalog.FindByName("Word")?.Code);

        var matcher = new SkillMatcher(Catalog.Terms);
        Assert.Equal(["epic", "safe", "fix-protocol", "agile-release-train"], matcher.Codes("Three years with Epic, SAFe and FIX on the ART."));
        Assert.Empty(matcher.Codes("wrote epics, kept the team safe, and fixed the art of the deal"));

        // Office's programs as résumés list them, and the verb and the noun they also are.
        Assert.Equal(["ms-word", "excel", "powerpoint"], matcher.Codes("Proficient in Word, Excel and PowerPoint"));
        Assert.Empty(matcher.Codes("strive to excel at every task; a word of thanks from the client"));
    }

    [Theory]
    [InlineData("sox")]
    [InlineData("pci-dss")]
    public void Embedded_RulesEveryIndustryFollowsDoNotMakeARoleFinancialServices(string code)
        => Assert.DoesNotContain(Catalog.Ancestors(code), t => t.Category == TaxonomyCategory.Industry);

    [Fact]
    public void Embedded_HasPlaybooksForTheMainIndustries()
    {
        string[] required = ["healthcare", "financial-services", "retail", "insurance", "public-sector"];

        Assert.All(required, industry => Assert.NotNull(Catalog.PlaybookOf(industry)));
        Assert.All(Catalog.Playbooks, p =>
        {
            Assert.Equal(TaxonomyCategory.Industry, Catalog.Find(p.Industry)?.Category);
            Assert.InRange(p.Items.Count, 5, 12);
            Assert.All(p.Items, i => Assert.NotNull(Catalog.Find(i.TaxonomyCode)));
            Assert.All(p.Items, i => Assert.InRange(i.Weight, 1, 3));
            Assert.Contains(p.Items, i => i.Importance == Importance.Must);
            Assert.Equal(p.Items.Count, p.Items.Select(i => i.TaxonomyCode).Distinct().Count());
        });
    }

    [Fact]
    public void Embedded_HealthcarePlaybookCarriesHipaaEhrAndInteroperability()
    {
        var items = Catalog.PlaybookOf("HEALTHCARE")!.Items.ToDictionary(i => i.TaxonomyCode);

        Assert.Equal(Importance.Must, items["hipaa"].Importance);
        Assert.Equal(2, items["ehr"].MinimumYears);
        Assert.Contains("hl7", items.Keys);
        Assert.Contains("fhir", items.Keys);
    }

    [Fact]
    public void Find_IgnoresCaseAndSpace_AndReturnsNullForUnknownOrBlank()
    {
        Assert.Equal("pmp", Catalog.Find(" PMP ")?.Code);
        Assert.Null(Catalog.Find("no-such-code"));
        Assert.Null(Catalog.Find(""));
        Assert.Null(Catalog.FindByName("  "));
        Assert.Empty(Catalog.Ancestors("no-such-code"));
    }

    [Fact]
    public void Parse_MinimalFile_NormalizesCodesAndReadsPlaybooks()
    {
        var catalog = Parse("""
            { "version": 3, "sources": ["test"],
              "entries": [
                { "code": "Agile", "name": "Agile", "category": "Methodology", "aliases": ["Agile delivery"] },
                { "code": "scrum", "name": "Scrum", "category": "Methodology", "parent": "AGILE" },
                { "code": "retail", "name": "Retail", "category": "Industry", "aliases": [] } ],
              "playbooks": [ { "industry": "retail", "items": [ { "code": "scrum", "importance": "Strong", "weight": 2, "minimumYears": 1 } ] } ] }
            """);

        Assert.Equal(3, catalog.Version);
        Assert.Equal(["agile", "scrum", "retail"], catalog.Terms.Select(t => t.Code));
        Assert.Equal("agile", catalog.Find("scrum")?.ParentCode);
        Assert.Empty(catalog.Find("scrum")!.Aliases);
        Assert.Equal("agile", catalog.FindByName("agile DELIVERY")?.Code);
        var item = Assert.Single(catalog.PlaybookOf("retail")!.Items);
        Assert.Equal(new PlaybookItem("scrum", Importance.Strong, 2, 1), item);
    }

    [Fact]
    public void Parse_ContextualAlias_IsNoNameOfItsOwnAndMustNameKnownCodes()
    {
        var catalog = Parse("""
            { "version": 1, "entries": [
              { "code": "sql", "name": "SQL", "category": "Skill" },
              { "code": "oracle", "name": "Oracle", "category": "Platform" },
              { "code": "oracle-database", "name": "Oracle Database", "category": "Platform", "aliases": ["~Oracle|sql"] } ] }
            """);
        Assert.Equal("oracle", catalog.FindByName("Oracle")?.Code);
        Assert.Equal(["sql"], TaxonomyTerm.Contexts(catalog.Find("oracle-database")!.Aliases[0]));

        AssertInvalid("oracle-database", """
            { "version": 1, "entries": [
              { "code": "oracle", "name": "Oracle", "category": "Platform" },
              { "code": "oracle-database", "name": "Oracle Database", "category": "Platform", "aliases": ["~Oracle|no-such-code"] } ] }
            """);
        AssertInvalid("oracle-database", """
            { "version": 1, "entries": [ { "code": "oracle-database", "name": "Oracle Database", "category": "Platform", "aliases": ["~Oracle"] } ] }
            """);
    }

    [Fact]
    public void Parse_DuplicateCode_ThrowsNamingTheEntry()
        => AssertInvalid("pmp", """
            { "version": 1, "entries": [
              { "code": "pmp", "name": "PMP", "category": "Certification" },
              { "code": "PMP", "name": "Project Management Professional", "category": "Certification" } ] }
            """);

    [Fact]
    public void Parse_UnknownParent_ThrowsNamingTheEntry()
        => AssertInvalid("csm", """
            { "version": 1, "entries": [ { "code": "csm", "name": "CSM", "category": "Certification", "parent": "scrum" } ] }
            """);

    [Fact]
    public void Parse_ParentCycle_ThrowsNamingTheEntry()
        => AssertInvalid("a", """
            { "version": 1, "entries": [
              { "code": "a", "name": "A", "category": "Skill", "parent": "c" },
              { "code": "b", "name": "B", "category": "Skill", "parent": "a" },
              { "code": "c", "name": "C", "category": "Skill", "parent": "b" } ] }
            """);

    [Fact]
    public void Parse_SelfParent_ThrowsNamingTheEntry()
        => AssertInvalid("a", """
            { "version": 1, "entries": [ { "code": "a", "name": "A", "category": "Skill", "parent": "A" } ] }
            """);

    [Fact]
    public void Parse_AliasSharedByTwoEntriesInAnyCase_ThrowsNamingTheEntry()
        => AssertInvalid("psm", """
            { "version": 1, "entries": [
              { "code": "csm", "name": "Certified ScrumMaster", "category": "Certification", "aliases": ["Scrum Master cert"] },
              { "code": "psm", "name": "Professional Scrum Master", "category": "Certification", "aliases": ["scrum  master CERT"] } ] }
            """);

    [Fact]
    public void Parse_AliasEqualToAnotherEntrysName_ThrowsNamingTheEntry()
        => AssertInvalid("ms-project", """
            { "version": 1, "entries": [
              { "code": "project-management", "name": "Project management", "category": "Skill" },
              { "code": "ms-project", "name": "Microsoft Project", "category": "Tool", "aliases": ["project management"] } ] }
            """);

    [Fact]
    public void Parse_AliasRepeatedWithinAnEntry_ThrowsNamingTheEntry()
        => AssertInvalid("jira", """
            { "version": 1, "entries": [ { "code": "jira", "name": "Jira", "category": "Tool", "aliases": ["JIRA"] } ] }
            """);

    [Theory]
    [InlineData("Gadget")]
    [InlineData("3")]
    [InlineData("methodology")]
    public void Parse_UnknownCategory_ThrowsNamingTheEntry(string category)
        => AssertInvalid("kanban", $$"""
            { "version": 1, "entries": [ { "code": "kanban", "name": "Kanban", "category": "{{category}}" } ] }
            """);

    [Theory]
    [InlineData("c++ / c#")]
    [InlineData("")]
    public void Parse_BadCode_Throws(string code)
        => Assert.Throws<InvalidDataException>(() => Parse($$"""
            { "version": 1, "entries": [ { "code": "{{code}}", "name": "C", "category": "Skill" } ] }
            """));

    [Fact]
    public void Parse_MissingName_ThrowsNamingTheEntry()
        => AssertInvalid("sql", """{ "version": 1, "entries": [ { "code": "sql", "category": "Skill" } ] }""");

    [Theory]
    [InlineData("""{ "industry": "retail", "items": [ { "code": "nope", "importance": "Must", "weight": 3 } ] }""")]
    [InlineData("""{ "industry": "retail", "items": [ { "code": "pos", "importance": "Essential", "weight": 3 } ] }""")]
    [InlineData("""{ "industry": "retail", "items": [ { "code": "pos", "importance": "Must", "weight": 30 } ] }""")]
    [InlineData("""{ "industry": "retail", "items": [ { "code": "pos", "importance": "Must" }, { "code": "POS", "importance": "Nice" } ] }""")]
    [InlineData("""{ "industry": "pos", "items": [ { "code": "retail", "importance": "Must" } ] }""")]
    [InlineData("""{ "industry": "grocery", "items": [ { "code": "pos", "importance": "Must" } ] }""")]
    [InlineData("""{ "industry": "retail", "items": [] }""")]
    public void Parse_BadPlaybook_Throws(string playbook)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Parse($$"""
            { "version": 1,
              "entries": [ { "code": "retail", "name": "Retail", "category": "Industry" }, { "code": "pos", "name": "POS", "category": "Domain" } ],
              "playbooks": [ {{playbook}} ] }
            """));

        Assert.StartsWith("Playbook '", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "version": 1, "entries": [ { "code": "a", "name": "A", "category": "Skill", "parnet": "b" } ] }""")]
    [InlineData("""{ "version": 1, "entries": [ { "code": "a", "name": "A", "category": "Skill" } ]""")]
    [InlineData("""{ "version": 1, "entries": [] }""")]
    [InlineData("""{ "version": 0, "entries": [ { "code": "a", "name": "A", "category": "Skill" } ] }""")]
    [InlineData("""{ "version": "one", "entries": [ { "code": "a", "name": "A", "category": "Skill" } ] }""")]
    [InlineData("""[]""")]
    [InlineData("""null""")]
    [InlineData("")]
    public void Parse_MalformedFile_ThrowsInvalidData(string json)
        => Assert.Throws<InvalidDataException>(() => Parse(json));

    private static void AssertInvalid(string entry, string json)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Parse(json));
        Assert.Contains($"'{entry}'", ex.Message, StringComparison.Ordinal);
    }

    private static TaxonomyCatalog Parse(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return TaxonomyCatalog.Parse(stream);
    }
}
