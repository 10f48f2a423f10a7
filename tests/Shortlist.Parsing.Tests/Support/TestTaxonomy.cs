using Shortlist.Domain.Taxonomy;
using Shortlist.Parsing.Skills;
using static Shortlist.Domain.Taxonomy.TaxonomyCategory;

namespace Shortlist.Parsing.Tests.Support;

/// <summary>A small taxonomy for tests until the curated data file lands; the parsers take terms, never a file.</summary>
public static class TestTaxonomy
{
    public static IReadOnlyList<TaxonomyTerm> Terms { get; } =
    [
        T("pmp", "PMP", Certification, null, "Project Management Professional", "PMP certified"),
        T("csm", "CSM", Certification, null, "Certified ScrumMaster", "Certified Scrum Master"),
        T("prince2", "PRINCE2", Certification, null, "PRINCE2 Practitioner", "PRINCE 2"),
        T("safe", "SAFe", Certification, null, "Scaled Agile Framework", "SAFe Agilist", "SAFe 5 Agilist"),
        T("pmi-acp", "PMI-ACP", Certification, null, "PMI Agile Certified Practitioner"),
        T("cbap", "CBAP", Certification, null, "Certified Business Analysis Professional"),
        T("itil", "ITIL", Certification, null, "ITIL v3", "ITIL Foundation", "ITIL 4"),
        T("capm", "CAPM", Certification, null, "Certified Associate in Project Management"),
        T("cissp", "CISSP", Certification, null),
        T("scrum", "Scrum", Methodology, "agile"),
        T("agile", "Agile", Methodology, null, "Agile methodology", "Agile methodologies"),
        T("kanban", "Kanban", Methodology, "agile"),
        T("waterfall", "Waterfall", Methodology, null, "SDLC"),
        T("lean", "Lean", Methodology, null, "Lean Six Sigma", "Six Sigma"),
        T("devops", "DevOps", Methodology, null),
        T("jira", "Jira", Tool, null, "Atlassian Jira", "JIRA Software"),
        T("confluence", "Confluence", Tool, null),
        T("ms-project", "MS Project", Tool, null, "Microsoft Project"),
        T("smartsheet", "Smartsheet", Tool, null),
        T("visio", "Visio", Tool, null, "MS Visio", "Microsoft Visio"),
        T("excel", "Excel", Tool, null, "MS Excel", "Microsoft Excel"),
        T("tableau", "Tableau", Tool, null),
        T("power-bi", "Power BI", Tool, null, "PowerBI"),
        T("git", "Git", Tool, null, "GitHub", "GitLab"),
        T("jenkins", "Jenkins", Tool, null),
        T("sap", "SAP", Platform, null, "S/4HANA", "SAP ERP", "SAP S/4HANA"),
        T("epic", "Epic", Platform, "ehr", "Epic Systems", "Epic EHR"),
        T("cerner", "Cerner", Platform, "ehr"),
        T("salesforce", "Salesforce", Platform, "crm", "SFDC"),
        T("oracle", "Oracle", Platform, null, "Oracle Database"),
        T("aws", "AWS", Platform, null, "Amazon Web Services"),
        T("azure", "Azure", Platform, null, "Microsoft Azure"),
        T("servicenow", "ServiceNow", Platform, null),
        T("sharepoint", "SharePoint", Platform, null),
        T("ehr", "EHR", TaxonomyCategory.Domain, "healthcare", "Electronic Health Records", "electronic health record", "EMR"),
        T("hl7", "HL7", TaxonomyCategory.Domain, "healthcare", "FHIR", "HL7/FHIR"),
        T("crm", "CRM", TaxonomyCategory.Domain, null, "customer relationship management"),
        T("erp", "ERP", TaxonomyCategory.Domain, null, "enterprise resource planning"),
        T("payments", "Payments", TaxonomyCategory.Domain, "financial-services", "payment processing", "payment gateway"),
        T("core-banking", "Core banking", TaxonomyCategory.Domain, "financial-services"),
        T("e-commerce", "E-commerce", TaxonomyCategory.Domain, "retail", "ecommerce"),
        T("hipaa", "HIPAA", Regulation, "healthcare"),
        T("sox", "SOX", Regulation, "financial-services", "Sarbanes-Oxley"),
        T("pci-dss", "PCI DSS", Regulation, "financial-services", "PCI", "PCI-DSS"),
        T("gdpr", "GDPR", Regulation, null),
        T("sql", "SQL", Skill, null, "MySQL", "PL/SQL", "T-SQL", "SQL Server"),
        T("java", "Java", Skill, null),
        T("python", "Python", Skill, null),
        T("csharp", "C#", Skill, null, ".NET", "ASP.NET"),
        T("cpp", "C++", Skill, null),
        T("javascript", "JavaScript", Skill, null, "JS", "Node.js"),
        T("linux", "Linux", Skill, null, "Unix"),
        T("uat", "UAT", Skill, null, "user acceptance testing"),
        T("bpmn", "BPMN", Skill, null, "business process modeling"),
        T("requirements", "Requirements gathering", Skill, null, "requirements elicitation", "requirement gathering", "requirements analysis"),
        T("risk-management", "Risk management", Skill, null, "risk mitigation"),
        T("budgeting", "Budgeting", Skill, null, "budget management"),
        T("testing", "Testing", Skill, null, "software testing", "manual testing"),
        T("stakeholder-management", "Stakeholder management", SoftSkill, null, "stakeholder engagement"),
        T("communication", "Communication", SoftSkill, null, "communication skills"),
        T("leadership", "Leadership", SoftSkill, null, "team leadership"),
        T("negotiation", "Negotiation", SoftSkill, null),
        T("healthcare", "Healthcare", Industry, null, "health care", "hospital", "clinical"),
        T("financial-services", "Financial services", Industry, null, "banking", "bank", "insurance", "fintech", "finance"),
        T("retail", "Retail", Industry, null, "retailer", "consumer goods"),
        T("telecom", "Telecommunications", Industry, null, "telecom"),
        T("project-manager", "Project manager", RoleFamily, null, "project management", "IT project manager"),
        T("business-analyst", "Business analyst", RoleFamily, null, "business systems analyst", "BSA"),
        T("scrum-master", "Scrum master", RoleFamily, null),
    ];

    public static SkillMatcher Matcher { get; } = new(Terms);

    private static TaxonomyTerm T(string code, string name, TaxonomyCategory category, string? parent, params string[] aliases)
        => new(code, name, category, aliases, parent);
}
