using System.Globalization;
using Shortlist.Web.Cli;

namespace Shortlist.Web.Tests.Cli;

/// <summary>eval parse on a folder of labelled texts: the figures, then how far labels of the same résumé agree.</summary>
public sealed class ParseVerbsTests
{
    private const string Body = "Experience\n\nSenior Business Analyst at Northwind Traders, leading requirements workshops for the claims platform "
        + "and writing user stories with the product owner. Before that, project coordinator at Contoso Health, running the weekly "
        + "status meeting, the risk register and the vendor contracts for the electronic health record rollout.\n\nEducation\n\n"
        + "Bachelor of Science in Information Systems, University of Arizona, with coursework in database design, systems analysis, "
        + "accounting and statistics; capstone project on patient scheduling for a regional clinic network with three hospitals.\n\n"
        + "Skills\n\nRequirements elicitation, process mapping, acceptance testing, stakeholder interviews, Visio, Jira, Confluence, "
        + "structured query language, vendor evaluation, training plans and go-live support for clinical and finance teams.\n";

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var command = CommandLine.Parse(args);
        Assert.Null(command.Error);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = ParseVerbs.Run(command, TimeProvider.System, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Eval_parse_prints_the_figures_then_the_agreement_of_a_resume_labelled_twice()
    {
        var folder = Directory.CreateTempSubdirectory("shortlist-eval-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "1.txt"), "Maria Delgado\nmaria@example.com\n\n" + Body);
            File.WriteAllText(Path.Combine(folder, "1.labels.json"), """{"Name": ["Maria Delgado"], "Email Address": ["maria@example.com"], "Companies worked at": ["Northwind Traders", "Contoso Health"]}""");
            File.WriteAllText(Path.Combine(folder, "2.txt"), "Ana Ruiz\nana@example.org\n\n" + Body);
            File.WriteAllText(Path.Combine(folder, "2.labels.json"), """{"Name": ["Ana Ruiz"], "Email Address": ["ana@example.org"], "Companies worked at": ["Northwind Traders"]}""");

            var (code, output, error) = Run("eval", "parse", folder);

            Assert.Equal(0, code);
            Assert.Equal("", error);
            var lines = output.Split('\n', StringSplitOptions.TrimEntries).ToList();
            Assert.Equal("dotin-train all (2 documents)", lines[0]);
            Assert.Contains("email         P=1.00 R=1.00 F1=1.00 (2/0/0)", lines);
            // No file labels a degree: the strict figures count what was found as wrong, the labelled-only ones leave both files out.
            var labelled = lines.IndexOf("on the files that label each field (a file with no label of a field is left out of that field)");
            Assert.True(labelled > 0, output);
            Assert.Equal("degree        P=0.00 R=0.00 F1=0.00 (0/0/0)", lines[labelled + 5]);
            Assert.Equal("email         P=1.00 R=1.00 F1=1.00 (2/0/0)", lines[labelled + 2]);
            var agreement = lines.IndexOf("label agreement, 1 résumé labelled more than once (2 files): the first file's labels scored against the others'");
            Assert.True(agreement > 0, output);
            Assert.Equal("designation   P=0.00 R=0.00 F1=0.00 (0/0/0)", lines[agreement + 1]);
            Assert.Equal("company       P=0.50 R=1.00 F1=0.67 (1/1/0)", lines[agreement + 2]);
            Assert.Equal("the parser on the 2 of those files in this part, against each one's labels", lines[agreement + 7]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("tuning")]
    [InlineData("held-out")]
    public void Eval_parse_of_one_part_scores_the_parser_on_that_part_s_copies_only(string part)
    {
        var folder = Directory.CreateTempSubdirectory("shortlist-eval-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "1.txt"), "Maria Delgado\nmaria@example.com\n\n" + Body);
            File.WriteAllText(Path.Combine(folder, "1.labels.json"), """{"Companies worked at": ["Northwind Traders"]}""");
            File.WriteAllText(Path.Combine(folder, "5.txt"), "Ana Ruiz\nana@example.org\n\n" + Body);
            File.WriteAllText(Path.Combine(folder, "5.labels.json"), """{"Companies worked at": ["Northwind Traders"]}""");

            var (code, output, _) = Run("eval", "parse", folder, "--part", part);

            Assert.Equal(0, code);
            Assert.Contains("label agreement, 1 résumé labelled more than once (2 files)", output, StringComparison.Ordinal);
            Assert.Contains("the parser on the 1 of those files in this part", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Eval_parse_of_a_folder_without_twins_prints_the_figures_only()
    {
        var folder = Directory.CreateTempSubdirectory("shortlist-eval-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "1.txt"), "Maria Delgado\nmaria@example.com\n\n" + Body);
            File.WriteAllText(Path.Combine(folder, "1.labels.json"), """{"Name": ["Maria Delgado"]}""");

            var (code, output, _) = Run("eval", "parse", folder, "--part", "tuning");

            Assert.Equal(0, code);
            Assert.StartsWith("dotin-train tuning (1 documents)", output, StringComparison.Ordinal);
            Assert.Contains("name          P=1.00 R=1.00 F1=1.00 (1/0/0)", output, StringComparison.Ordinal);
            Assert.DoesNotContain("agreement", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Eval_skills_scores_a_file_or_a_folder_and_a_line_that_is_not_a_sentence_is_one_error_line()
    {
        var folder = Directory.CreateTempSubdirectory("shortlist-skillspan-").FullName;
        try
        {
            // "Jira" labelled and found; "Python" labelled as knowledge and found only if the taxonomy knows it.
            var sentence = """{"idx": 1, "tokens": ["Experience", "with", "Jira", "and", "Confluence"], "tags_skill": ["O", "O", "O", "O", "O"], "tags_knowledge": ["O", "O", "B", "O", "B"], "source": "tech"}""";
            var dev = Path.Combine(folder, "dev.json");
            File.WriteAllText(dev, sentence + "\n\n" + sentence + "\n");

            var (code, output, error) = Run("eval", "skills", dev);
            Assert.True(code == 0, error);
            Assert.StartsWith("skillspan spans (2 documents)", output, StringComparison.Ordinal);
            Assert.Contains("dev           P=1.00 R=1.00 F1=1.00 (4/0/0)", output, StringComparison.Ordinal);
            Assert.Equal(0, Run("eval", "skills", folder).Code);

            File.WriteAllText(Path.Combine(folder, "train.json"), sentence + "\n{\"tokens\": [\"a\"\n");
            var (bad, badOutput, badError) = Run("eval", "skills", folder);
            Assert.Equal(1, bad);
            Assert.Equal("", badOutput);
            Assert.StartsWith($"{folder}: train.json line 2: not a SkillSpan sentence (", badError, StringComparison.Ordinal);
            Assert.Single(badError.TrimEnd().Split('\n'));

            File.WriteAllText(Path.Combine(folder, "train.json"), """{"idx": 1, "tags_skill": ["O"]}""");
            Assert.Contains("train.json line 1: not a SkillSpan sentence", Run("eval", "skills", folder).Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Eval_parse_with_a_labels_file_that_is_not_json_is_one_error_line()
    {
        var folder = Directory.CreateTempSubdirectory("shortlist-eval-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "1.txt"), "Maria Delgado\nmaria@example.com\n\n" + Body);
            File.WriteAllText(Path.Combine(folder, "1.labels.json"), "{\"Name\": [\"Maria");

            var (code, output, error) = Run("eval", "parse", folder);
            Assert.Equal(1, code);
            Assert.Equal("", output);
            Assert.StartsWith($"{folder}: 1.labels.json: not a labels document (", error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd().Split('\n'));

            File.WriteAllText(Path.Combine(folder, "1.labels.json"), "[1, 2]");
            Assert.Contains("1.labels.json: not a labels document", Run("eval", "parse", folder).Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Eval_parse_with_a_text_over_the_size_limit_is_one_error_line()
    {
        var folder = Directory.CreateTempSubdirectory("shortlist-eval-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "1.txt"), "Maria Delgado\nmaria@example.com\n\n" + Body + new string(' ', 10 * 1024 * 1024));
            File.WriteAllText(Path.Combine(folder, "1.labels.json"), "{\"Name\": [\"Maria Delgado\"]}");

            var (code, output, error) = Run("eval", "parse", folder);
            Assert.Equal(1, code);
            Assert.Equal("", output);
            Assert.Equal($"{folder}: 1.txt: too-large: larger than 10 MB", error.TrimEnd());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Parse_posting_reads_a_json_job_posting_and_refuses_a_json_that_is_not_one()
    {
        var folder = Directory.CreateTempSubdirectory("shortlist-posting-").FullName;
        try
        {
            var job = Path.Combine(folder, "job.json");
            File.WriteAllText(job, """{"title": "Scrum Master", "company": "Lone Star Bank", "type": "Contract", "qualifications": ["CSM", "Jira"]}""");
            var (code, output, error) = Run("parse", job, "--kind", "posting");
            Assert.True(code == 0, error);
            using var posting = System.Text.Json.JsonDocument.Parse(output);
            Assert.Equal("Scrum Master", posting.RootElement.GetProperty("title").GetString());
            Assert.Equal("Lone Star Bank", posting.RootElement.GetProperty("employer").GetString());

            var resume = Path.Combine(folder, "resume.json");
            File.WriteAllText(resume, """{"basics": {"name": "Grace Hopkins"}}""");
            var (refused, _, message) = Run("parse", resume, "--kind", "posting");
            Assert.Equal(1, refused);
            Assert.StartsWith($"{resume}: unsupported-type: The JSON file is not a job posting", message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
