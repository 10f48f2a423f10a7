using System.Text;
using System.Text.Json;
using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Tests.Support;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Tests.Resumes;

/// <summary>The projects of a résumé's projects sections, and JSON Resume's <c>projects</c>.</summary>
public class ProjectsTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly ResumeParser Parser = new(TestTaxonomy.Matcher);

    [Fact]
    public void Projects_are_read_with_their_dates_and_text()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText("Jo Example\njo@example.org\nExperience\nJan 2019 – Present Analyst, Northwind Traders\nRan reports.\n"
            + "Projects\n2020 – Present Personal Project: Home Automation System\nBuilt a smart home system with Raspberry Pi.\n1/2\n"
            + "2022 Personal Expense Tracker\nA tracker in React.\n"
            + "Project: Billing Revamp\nDuration: Jan 2015 – Mar 2016\n• Cut invoice errors by half.\n"
            + "Project Title: Payroll Portal\nMoved payroll to the web.\n"
            + "Developed a scheduler in 2018 for the clinic.\n"), Today);
        Assert.Equal(["Home Automation System", "Personal Expense Tracker", "Billing Revamp", "Payroll Portal"], r.Projects.Select(p => p.Name));
        Assert.Equal([new DateOnly(2020, 1, 1), new DateOnly(2022, 1, 1), new DateOnly(2015, 1, 1), null], r.Projects.Select(p => p.Start));
        Assert.Equal([null, new DateOnly(2022, 12, 1), new DateOnly(2016, 3, 1), null], r.Projects.Select(p => p.End));
        Assert.Equal([true, false, false, false], r.Projects.Select(p => p.Current));
        Assert.Equal([true, true, false, false], r.Projects.Select(p => p.YearsOnly));
        // A page's number is no part of the text; a sentence that mentions a year opens no project.
        Assert.Equal("Built a smart home system with Raspberry Pi.", r.Projects[0].Description);
        Assert.Contains("Developed a scheduler in 2018", r.Projects[3].Description, StringComparison.Ordinal);
        // The roles are not projects, nor the projects roles.
        Assert.Equal("Analyst", Assert.Single(r.Roles).Title);
    }

    [Theory]
    [InlineData("2019 – 2021 Developed novel SVM approach to optimise a class of functions for vision")]
    [InlineData("Jan 2005 – Dec 2005 Environment: Windows Mobile 5.0, embedded VC")]
    [InlineData("2002 – 2005 http://www.illinibookexchange.com")]
    [InlineData("April 2010")]
    public void A_sentence_a_label_an_address_or_a_date_names_no_project(string line)
        => Assert.Empty(Parser.Parse(ExtractedText.FromPlainText($"Jo Example\nProjects\n{line}\nSome text.\n"), Today).Projects);

    [Fact]
    public void Projects_are_written_to_json_resume_and_read_back()
    {
        var parsed = Parser.Parse(ExtractedText.FromPlainText("Jo Example\njo@example.org\nProjects\n2020 – Present Personal Project: Home Automation System\n"
            + "Built a smart home system.\n• Saved 20% on energy.\nProject: Billing Revamp\nDuration: Jan 2015 – Mar 2016\nCut invoice errors.\n"), Today);
        using var json = JsonDocument.Parse(JsonResumeWriter.Write(parsed));
        var projects = json.RootElement.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal(["Home Automation System", "Billing Revamp"], projects.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["2020", "2015-01"], projects.Select(p => p.GetProperty("startDate").GetString()));
        Assert.False(projects[0].TryGetProperty("endDate", out _));
        Assert.Equal("2016-03", projects[1].GetProperty("endDate").GetString());
        Assert.Equal("Built a smart home system.", projects[0].GetProperty("description").GetString());
        Assert.Equal(["Saved 20% on energy."], projects[0].GetProperty("highlights").EnumerateArray().Select(h => h.GetString()));
        var back = Parser.Parse(TextExtractor.Extract(Encoding.UTF8.GetBytes(json.RootElement.GetRawText()), "jo.json"), Today);
        Assert.Equal(parsed.Projects.Select(p => (p.Name, p.Start, p.End, p.Current, p.YearsOnly)), back.Projects.Select(p => (p.Name, p.Start, p.End, p.Current, p.YearsOnly)));
        // No projects section: no projects member.
        using var none = JsonDocument.Parse(JsonResumeWriter.Write(Parser.Parse(ExtractedText.FromPlainText("Jo Example\njo@example.org\n"), Today)));
        Assert.False(none.RootElement.TryGetProperty("projects", out _));
    }

    [Theory]
    [InlineData("alfred_pennyworth_pm.pdf", "Home Automation System", 2020)]
    [InlineData("barry_allen_fe.pdf", "Personal Expense Tracker", 2022)]
    [InlineData("bruce_wayne_fullstack.pdf", "Gotham Event Planner", 2019)]
    [InlineData("harvey_dent_mle.pdf", "Predictive Stock Trading Model", 2021)]
    public void The_sample_pdfs_projects_are_read(string file, string name, int year)
    {
        var text = TextExtractor.Extract(File.ReadAllBytes(Path.Combine(Repo.Data("resumes", "pdf-samples"), file)), file);
        var project = Assert.Single(Parser.Parse(text, Today).Projects);
        Assert.Equal(name, project.Name);
        Assert.Equal(year, project.Start?.Year);
        Assert.StartsWith("Developed", project.Description.Replace("Created", "Developed", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
