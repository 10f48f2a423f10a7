using Shortlist.Parsing.Evaluation;
using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Tests.Support;

namespace Shortlist.Parsing.Tests.Evaluation;

public class EvaluationTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Dotin_split_is_deterministic_and_covers_every_document()
    {
        var folder = Repo.Data("resumes", "dotin-train");
        var parser = new ResumeParser(TestTaxonomy.Matcher);
        var (tuning, heldOut) = ParseEvaluation.EvaluateDotin(folder, parser, Today);
        var all = ParseEvaluation.EvaluateDotin(folder, parser, Today, DotinSplit.All);
        Assert.Equal(all.Documents, tuning.Documents + heldOut.Documents);
        Assert.Equal(Directory.GetFiles(folder, "*.labels.json").Count(f => int.Parse(Path.GetFileName(f).Split('.')[0], System.Globalization.CultureInfo.InvariantCulture) % 5 == 0), heldOut.Documents);
        Assert.Equal(ParseEvaluation.DotinFields.Keys, heldOut.Fields.Select(f => f.Field));
        Assert.Equal(all.Overall.TruePositives, tuning.Overall.TruePositives + heldOut.Overall.TruePositives);
        // Floors well below the measured figures (docs/parsing.md), so that a regression in contact parsing shows.
        Assert.True(heldOut["email"].F1 >= 0.95, heldOut.ToString());
        Assert.True(heldOut["name"].F1 >= 0.80, heldOut.ToString());
        // Titles, employers, degrees and schools hardly depend on the taxonomy (only employers that name a kind of work do): floors
        // just under the measured 0.56, 0.43, 0.55, 0.63 (the same with this test taxonomy and the shipped one).
        Assert.True(heldOut["designation"].F1 >= 0.54, heldOut.ToString());
        Assert.True(heldOut["company"].F1 >= 0.42, heldOut.ToString());
        Assert.True(heldOut["degree"].F1 >= 0.53, heldOut.ToString());
        Assert.True(heldOut["college"].F1 >= 0.61, heldOut.ToString());
    }

    [Fact]
    public void A_file_that_labels_none_of_a_field_is_left_out_of_that_field_only_in_the_labelled_figures()
    {
        var folder = Directory.CreateTempSubdirectory("shortlist-labelled-").FullName;
        try
        {
            const string Text = "Maria Delgado\nmaria@example.com\n\nExperience\n\nBusiness Analyst\nNorthwind Traders, Boston, MA\nJan 2019 - Present\nWrote user stories.\n";
            File.WriteAllText(Path.Combine(folder, "1.txt"), Text);
            File.WriteAllText(Path.Combine(folder, "1.labels.json"), """{"Name": ["Maria Delgado"], "Companies worked at": ["Contoso Health"]}""");
            File.WriteAllText(Path.Combine(folder, "2.txt"), Text);
            File.WriteAllText(Path.Combine(folder, "2.labels.json"), """{"Name": ["Maria Delgado"]}""");
            var parser = new ResumeParser(TestTaxonomy.Matcher);

            var both = ParseEvaluation.EvaluateDotin(folder, parser, Today, DotinSplit.All);

            // Strict: the employer found in file 2 counts as wrong, as in file 1.
            Assert.Equal(new FieldScore("company", 0, 2, 1), both["company"]);
            // Labelled only: file 2 says nothing about employers, so only file 1 counts; names are labelled in both.
            var labelled = both.LabelledOnly.ToDictionary(f => f.Field);
            Assert.Equal(new FieldScore("company", 0, 1, 1), labelled["company"]);
            Assert.Equal(both["name"], labelled["name"]);
            Assert.Equal(new FieldScore("email", 0, 0, 0), labelled["email"]);
            Assert.Equal(new FieldScore("email", 0, 2, 0), both["email"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_file_the_parser_refuses_or_over_the_size_limit_is_named_in_one_error()
    {
        var folder = Directory.CreateTempSubdirectory("shortlist-refused-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "1.txt"), "Maria Delgado\nmaria@example.com\n\nExperience\n\nBusiness Analyst\nNorthwind Traders\nJan 2019 - Present\n");
            File.WriteAllText(Path.Combine(folder, "1.labels.json"), """{"Name": ["Maria Delgado"]}""");
            var parser = new ResumeParser(TestTaxonomy.Matcher);

            // A time budget already spent: the parser refuses the text, and the evaluation says which file and why.
            var spent = new Shortlist.Parsing.Text.ParseLimits(TimeBudget: TimeSpan.Zero);
            var timeout = Assert.Throws<InvalidDataException>(() => ParseEvaluation.EvaluateDotin(folder, parser, Today, _ => true, "", spent));
            Assert.StartsWith("1.txt: timeout: ", timeout.Message, StringComparison.Ordinal);

            // A text or a labels file over the size limit is refused before it is read.
            var small = new Shortlist.Parsing.Text.ParseLimits(MaxBytes: 64);
            var large = Assert.Throws<InvalidDataException>(() => ParseEvaluation.EvaluateDotin(folder, parser, Today, _ => true, "", small));
            Assert.Equal("1.txt: too-large: larger than 64 bytes", large.Message);
            File.WriteAllText(Path.Combine(folder, "1.txt"), "Maria Delgado");
            File.WriteAllText(Path.Combine(folder, "1.labels.json"), "{\"Name\": [\"" + new string('x', 100) + "\"]}");
            Assert.StartsWith("1.labels.json: too-large: ", Assert.Throws<InvalidDataException>(() => ParseEvaluation.EvaluateDotin(folder, parser, Today, _ => true, "", small)).Message, StringComparison.Ordinal);

            // Within the limits the same folder is scored.
            Assert.Equal(1, ParseEvaluation.EvaluateDotin(folder, parser, Today, DotinSplit.All).Documents);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Dotin_skills_with_the_shipped_taxonomy_stay_above_the_floor()
    {
        var parser = new ResumeParser(new Shortlist.Parsing.Skills.SkillMatcher(Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded.Terms));
        var heldOut = ParseEvaluation.EvaluateDotin(Repo.Data("resumes", "dotin-train"), parser, Today, DotinSplit.HeldOut);
        // Skills depend on the taxonomy: a floor just under the measured 0.472 with the curated one.
        Assert.True(heldOut["skills"].F1 >= 0.46, heldOut.ToString());
    }

    [Fact]
    public void Skill_mentions_count_when_written_as_names_and_not_as_role_families_or_domains()
    {
        var mentions = ParseEvaluation.NamedSkillMentions(TestTaxonomy.Matcher, "Agile coach; agile teams; Excellent Communication skills; worked as a Scrum Master with Jira on a CRM rollout");
        Assert.DoesNotContain(mentions, m => m.Text == "CRM");
        Assert.Contains(mentions, m => m.Text == "Agile");
        Assert.DoesNotContain(mentions, m => m.Text == "agile");
        Assert.All(mentions, m => Assert.NotEqual(Shortlist.Domain.Taxonomy.TaxonomyCategory.RoleFamily, TestTaxonomy.Matcher.Find(m.Code)!.Category));
        Assert.Contains(mentions, m => m.Text == "Jira");
        Assert.Contains(mentions, m => m.Text == "Communication");
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Scrum", StringComparison.Ordinal));
    }

    [Fact]
    public void The_college_field_leaves_secondary_schools_of_the_education_section_out()
    {
        var resume = new ParsedResume { Education = [new EducationEntry("Sparta High School", null, null, 2001), new EducationEntry("Rutgers University", "BS", null, 2005)] };
        Assert.Equal(["Rutgers University"], ParseEvaluation.Predict(resume)["college"]);
    }

    [Fact]
    public void A_headline_gives_its_title_and_the_employer_after_a_dash_with_or_at()
    {
        var predicted = ParseEvaluation.Predict(new ParsedResume { Headline = "Working as Escalation Engineer with Microsoft." });
        Assert.Equal(["Escalation Engineer"], predicted["designation"]);
        Assert.Equal(["Microsoft"], predicted["company"]);
        predicted = ParseEvaluation.Predict(new ParsedResume { Headline = "DevOps Consultant at Infosys Limited" });
        Assert.Equal(["DevOps Consultant"], predicted["designation"]);
        Assert.Equal(["Infosys Limited"], predicted["company"]);
        predicted = ParseEvaluation.Predict(new ParsedResume { Headline = "Project Manager - Acme Health" });
        Assert.Equal(["Project Manager"], predicted["designation"]);
        Assert.Equal(["Acme Health"], predicted["company"]);
        // "at law" is part of the title, not an employer written in lower case.
        predicted = ParseEvaluation.Predict(new ParsedResume { Headline = "Attorney at law" });
        Assert.Equal(["Attorney at law"], predicted["designation"]);
        Assert.Empty(predicted["company"]);
    }

    [Fact]
    public void Skillspan_spans_are_scored_per_file()
    {
        var result = SkillSpanEvaluation.Evaluate(Repo.Data("postings", "skillspan"), TestTaxonomy.Matcher);
        Assert.Equal(["dev", "train"], result.Fields.Select(f => f.Field));
        Assert.True(result.Overall.TruePositives > 0);
    }

    [Fact]
    public void Scores_print_as_the_cli_shows_them()
    {
        var score = new FieldScore("email", 53, 1, 0);
        Assert.Equal("email         P=0.98 R=1.00 F1=0.99 (53/1/0)", score.ToString());
        Assert.Equal(0, new FieldScore("x", 0, 0, 0).F1);
    }

    [Fact]
    public void Label_agreement_scores_one_labelling_of_a_resume_against_the_other()
    {
        var folder = Directory.CreateTempSubdirectory("agreement").FullName;
        try
        {
            var body = "Experience\n\nSenior Business Analyst at Northwind Traders, leading requirements workshops for the claims platform "
                + "and writing user stories with the product owner. Before that, project coordinator at Contoso Health, running the weekly "
                + "status meeting, the risk register and the vendor contracts for the electronic health record rollout.\n\nEducation\n\n"
                + "Bachelor of Science in Information Systems, University of Arizona, with coursework in database design, systems analysis, "
                + "accounting and statistics; capstone project on patient scheduling for a regional clinic network with three hospitals.\n\n"
                + "Skills\n\nRequirements elicitation, process mapping, acceptance testing, stakeholder interviews, Visio, Jira, Confluence, "
                + "structured query language, vendor evaluation, training plans and go-live support for clinical and finance teams.\n";
            File.WriteAllText(Path.Combine(folder, "1.txt"), "Maria Delgado\nmaria@example.com\n" + body);
            File.WriteAllText(Path.Combine(folder, "1.labels.json"), """{"Name": ["Maria Delgado"], "Companies worked at": ["Northwind Traders", "Contoso Health"], "Designation": ["Senior Business Analyst"], "Tech Tools": ["user stories"]}""");
            // The same résumé, anonymised to another name and labelled again, differently.
            File.WriteAllText(Path.Combine(folder, "2.txt"), "Ana Ruiz\nana@example.org\n" + body);
            File.WriteAllText(Path.Combine(folder, "2.labels.json"), """{"Name": ["Ana Ruiz"], "Companies worked at": ["Northwind Traders"], "Designation": ["Senior Business Analyst", "project coordinator"], "Job Specific Skills": ["User Stories", "risk register"]}""");
            File.WriteAllText(Path.Combine(folder, "3.txt"), "Lee Chan\nA different résumé: a network engineer at Fabrikam who ran the data centre move and the firewall audit for two years.\n");
            File.WriteAllText(Path.Combine(folder, "3.labels.json"), """{"Companies worked at": ["Fabrikam"]}""");
            // A third copy: compared with the first file's labels only, so the résumé counts twice, not three times.
            File.WriteAllText(Path.Combine(folder, "4.txt"), "Lee Park\nlee@example.net\n" + body);
            File.WriteAllText(Path.Combine(folder, "4.labels.json"), """{"Companies worked at": ["Contoso Health"]}""");

            var (groups, agreement) = LabelAgreement.Measure(folder);

            Assert.Equal([1, 2, 4], Assert.Single(groups));
            Assert.Equal(3, agreement.Documents);
            Assert.Equal(LabelAgreement.Fields, agreement.Fields.Select(f => f.Field));
            Assert.Equal(new FieldScore("company", 2, 2, 0), agreement["company"]);
            Assert.Equal(new FieldScore("designation", 1, 1, 1), agreement["designation"]);
            Assert.Equal(new FieldScore("skills", 1, 1, 1), agreement["skills"]);
            Assert.Equal(new FieldScore("degree", 0, 0, 0), agreement["degree"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_dotin_labels_hold_resumes_labelled_twice_that_disagree()
    {
        var (groups, agreement) = LabelAgreement.Measure(Repo.Data("resumes", "dotin-train"));
        // 12 résumés in 25 files on 27 Nov 2026 (148 and 166 are the same text; 251, 267 and 281 one résumé three times); their labels
        // agree at company F1 0.70 (docs/parsing.md).
        Assert.Contains(groups, g => g.SequenceEqual([148, 166]));
        Assert.Contains(groups, g => g.SequenceEqual([251, 267, 281]));
        Assert.InRange(groups.Count, 10, 20);
        Assert.Equal(groups.Sum(g => g.Count), agreement.Documents);
        Assert.InRange(agreement["company"].F1, 0.5, 0.9);
    }

    [Fact]
    public void Values_are_compared_without_case_or_spacing() => Assert.Equal("oracle india pvt ltd", ParseEvaluation.Normalize("  Oracle   India\tPvt Ltd "));

    [Fact]
    public void Values_are_compared_without_punctuation_that_does_not_change_them()
    {
        Assert.Equal(ParseEvaluation.Normalize("B.E."), ParseEvaluation.Normalize("B.E"));
        Assert.Equal(ParseEvaluation.Normalize("B-Tech"), ParseEvaluation.Normalize("B.Tech"));
        Assert.Equal(ParseEvaluation.Normalize("Sr. Software Engineer"), ParseEvaluation.Normalize("Sr.Software Engineer"));
        Assert.NotEqual(ParseEvaluation.Normalize("C"), ParseEvaluation.Normalize("C++"));
        Assert.NotEqual(ParseEvaluation.Normalize("C"), ParseEvaluation.Normalize("C#"));
    }

    [Fact]
    public void A_label_running_over_a_line_break_matches_its_part_on_one_line_once()
    {
        const string text = "B.E. in ENC\n\nNorth Maharashtra University\n\nB.Tech in IT\nNorth Maharashtra University";
        var guess = new HashSet<string> { "north maharashtra university" };
        var score = ParseEvaluation.Score("college", ["ENC North Maharashtra University", "IT North Maharashtra University"], guess, text);
        Assert.Equal((1, 0, 1), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
        // A label on one line still needs the whole value.
        Assert.Equal(0, ParseEvaluation.Score("college", ["Pune University"], new HashSet<string> { "pune" }, "Pune University").TruePositives);
    }

    [Fact]
    public void Skillspan_prediction_maps_mentions_to_token_spans()
    {
        var spans = SkillSpanEvaluation.Predict(["Experience", "with", "Atlassian", "Jira", "and", "SQL", "."], TestTaxonomy.Matcher);
        Assert.Equal([(2, 4), (5, 6)], spans.Order());
    }
}
