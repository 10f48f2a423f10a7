namespace Shortlist.Parsing.Tests.Support;

/// <summary>A project manager's résumé used across the tests.</summary>
public static class SampleResume
{
    public static readonly string[] Lines =
    [
        "Jane Q. Doe",
        "Senior IT Project Manager",
        "Boston, MA | jane.doe@example.com | (617) 555-0142 | linkedin.com/in/janedoe",
        "",
        "SUMMARY",
        "PMP-certified IT project manager with 10 years leading EHR and payments programs in healthcare and banking.",
        "",
        "EXPERIENCE",
        "Senior Project Manager, Mercy Health Systems — Boston, MA    Jan 2019 – Present",
        "• Led the Epic EHR rollout across 12 hospitals with a budget of $4.5M and a team of 12; delivered on time and under budget.",
        "• Ran Scrum ceremonies in Jira; HIPAA compliance reviews.",
        "Project Manager | First Harbor Bank | Providence, RI    03/2015 - 06/2019",
        "• Managed a $750K payments modernization with SQL reporting; led 8 engineers.",
        "Business Analyst",
        "Acme Retail Corp - Hartford, CT",
        "2012 to 2015",
        "• Requirements gathering and UAT for the e-commerce checkout.",
        "",
        "EDUCATION",
        "Master of Science in Information Systems",
        "Northeastern University, 2012",
        "B.A. in Economics",
        "University of Connecticut - Storrs, CT",
        "2010",
        "",
        "CERTIFICATIONS",
        "Project Management Professional (PMP), 2016",
        "Certified ScrumMaster (CSM), 2018",
        "",
        "SKILLS",
        "Jira, Confluence, MS Project, SQL, Agile, Scrum, Stakeholder management",
    ];

    public static string Text => string.Join('\n', Lines);
}
