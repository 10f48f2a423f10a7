using Shortlist.Domain.Candidates;
using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Skills;
using Shortlist.Parsing.Taxonomy;
using Shortlist.Parsing.Tests.Support;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Tests.Resumes;

public class ResumeParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly ResumeParser Parser = new(TestTaxonomy.Matcher);

    private static ParsedResume Sample() => Parser.Parse(ExtractedText.FromPlainText(SampleResume.Text), Today);

    [Fact]
    public void Titles_and_employers_named_in_sentences_and_labels_are_found()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Meda Cronin\n\n• Associate Software Engineer in Oracle India Pvt. Ltd. (through Trigent Software Pvt Ltd)\n"
            + "• Worked as a help desk technician for two years.\nDesignation: Team Lead\nCompany: Infosys\n"
            + "Skilled in web services and operating systems; Microsoft Certified Professional Developer."), Today);
        Assert.Contains("Associate Software Engineer", r.MentionedTitles);
        Assert.Contains("help desk technician", r.MentionedTitles);
        Assert.Contains("Team Lead", r.MentionedTitles);
        Assert.DoesNotContain(r.MentionedTitles, t => t.Contains("Certified", StringComparison.Ordinal));
        Assert.Contains("Oracle India Pvt. Ltd.", r.MentionedEmployers);
        Assert.Contains("Trigent Software Pvt Ltd", r.MentionedEmployers);
        Assert.Contains("Infosys", r.MentionedEmployers);
        Assert.DoesNotContain(r.MentionedEmployers, e => e.Contains("services", StringComparison.OrdinalIgnoreCase) || e.Contains("systems", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Skill_lists_are_split_into_names_and_prose_under_a_skills_heading_is_left_out()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nTechnical Tools\nC/C++, HTML/XHTML, Windows 7 / Vista, and Dreamweaver, Excellent communication skills\n"
            + "Computer skills (spread sheet, AccountCom, Internet)\nLesson Planning ~ Classroom Organization\n"
            + "She is a real team player who will help colleagues\n"), Today);
        Assert.Equal(["C", "C++", "HTML", "XHTML", "Windows 7", "Vista", "Dreamweaver", "communication", "Computer", "spread sheet", "AccountCom", "Internet",
            "Lesson Planning", "Classroom Organization"], r.ListedSkills);
    }

    [Fact]
    public void Dates_terms_addresses_and_numbers_among_skills_are_no_skills()
    {
        // What flattened Dotin tuning résumés left in their skill lists: training dates, semesters, the contact line, a name cut at "&".
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nSKILLS\nPHP, MySQL, 11th October 2011, 2nd July, January 2012, December, 6th Semester, Java\n"
            + "Excel, C++, &T, C, May\nCA 91733, 123.345.7890 Cell: 123.345.7890, jo@example.org\n"), Today);
        Assert.Equal(["PHP", "MySQL", "Java", "Excel", "C++", "C", "May"], r.ListedSkills);
    }

    [Fact]
    public void Places_headings_and_contact_labels_among_skills_are_no_skills()
    {
        // Dotin résumés: a town on its own line and before its state, countries, a heading and a contact block's labels in the
        // skill list; a town's name in a list of tools is the tool (Apache Derby).
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nSKILLS\nAnalytical, People skills\nCoventry\nPython, Mountain View, CA, Ruby, QC\nFrance, Spain, Achievements\n"
            + "Street Address, City, State, Zip, Phone (Cell\nEnvironment: J2SE, MySQL, Derby, Struts\n"), Today);
        // A state's two letters alone may be a skill's ("QC", quality control), so they count as a place only after a town.
        Assert.Equal(["Analytical", "People", "Python", "Ruby", "QC", "J2SE", "MySQL", "Derby", "Struts"], r.ListedSkills);
    }

    [Fact]
    public void A_line_of_activities_among_skills_gives_no_skills_but_a_framework_named_like_one_stays()
    {
        // A Dotin tuning résumé lists what its jobs involved as words for activities on one line.
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nSKILLS\nCollating, Collecting, Designing, Developing, Manipulating, Excel\nJava, Spring, Hibernate, Scripting\n"), Today);
        Assert.Equal(["Excel", "Java", "Spring", "Hibernate", "Scripting"], r.ListedSkills);
    }

    [Fact]
    public void A_category_label_inside_a_list_item_is_left_out()
    {
        // Dotin tuning résumés: a second label on a line of skills, after the line's first.
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nSKILLS\nPlatform: Android, Tizen Languages: C++, Java\nTools: MS Office, Social Media: LinkedIn, Twitter\n"), Today);
        Assert.Equal(["Android", "C++", "Java", "MS Office", "LinkedIn", "Twitter"], r.ListedSkills);
    }

    [Fact]
    public void An_item_wrapped_after_a_slash_a_joining_word_or_before_its_bracket_is_one_item()
    {
        // Dotin tuning résumés: a column of tools wrapped in narrow cells, and a sentence of skills wrapped after "&".
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nSKILLS\nBlogger\nPodcasting/\nAudacity\nHelp a\nReporter Out\n(HARO)\nTraining Plans, Satisfaction &\nExpectation Management, Reporting\n"), Today);
        // Joined, "Help a Reporter Out (HARO)" and "Satisfaction & Expectation Management" are longer than the names a list holds
        // (three words at most) and are left out whole, not kept as the pieces "Help a", "Reporter Out", "(HARO)", "Satisfaction &".
        Assert.Equal(["Blogger", "Podcasting", "Audacity", "Training Plans", "Reporting"], r.ListedSkills);
    }

    [Fact]
    public void Escaped_bytes_in_plain_text_are_read_as_the_characters_they_stand_for()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText("Jo Example\n\nSKILLS\n\\xe2\\x80\\xa2 Lesson Planning \\xef\\x82\\xa7 Record-keeping \\x01 Lab Setup\n"), Today);
        Assert.Equal(["Lesson Planning", "Record-keeping", "Lab Setup"], r.ListedSkills);
    }

    [Fact]
    public void Spoken_languages_are_read_from_their_section_and_from_lines_about_fluency()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nSUMMARY\nFluent in English and Spanish. Forged alliances with German based manufacturers.\n"
            + "Bachelor of English Language and Literature\n\nLANGUAGES\nFRENCH (mother tongue)\nTamil\n"), Today);
        Assert.Equal(["English", "Spanish", "FRENCH", "Tamil"], r.Languages);
        Assert.Contains("\"languages\"", JsonResumeWriter.Write(r), StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_listed_with_its_level_is_listed_as_the_language()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nSKILLS\nJira, Fluent English, Spanish (fluent), Basic French, German Language, Business English\n\n"), Today);
        Assert.Equal(["Jira", "English", "Spanish", "French", "German", "Business English"], r.ListedSkills);
        Assert.Equal("Spanish", LanguageReader.WithoutLevel("Spanish – fluent"));
        Assert.Equal("Conversational Skills", LanguageReader.WithoutLevel("Conversational Skills"));
    }

    [Fact]
    public void Languages_written_one_after_another_are_spoken_languages_wherever_they_stand()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nPERSONAL DETAILS\nDate of birth: 30.08.1990  English, Tamil.  Hearing songs\nMale  33  Married  South African  English  Afrikaans  None\n"
            + "Forged alliances with German based manufacturers.\n"), Today);
        Assert.Equal(["English", "Tamil", "Afrikaans"], r.Languages);
        var prose = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEXPERIENCE\nLed German, French and Spanish subsidiaries rollout.\n\nEDUCATION\nBachelor of Arts in English and French Literature\n"), Today);
        Assert.Empty(prose.Languages);
    }

    [Fact]
    public void Schools_and_degrees_named_outside_the_education_section_are_found()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEXPERIENCE\nInstructor, University of Washington (2006, 2008)\nStudent Exchange Program, Edinburgh University, Scotland\n"
            + "Published by Oxford University Press\n-Completed B.E. (Information Science) from Anna University\n"
            + "Junior pursuing a Bachelor of Science in Computer Science, Expected Graduation: May 2015.\nSupervised 3 PhD students\n"), Today);
        Assert.Contains("University of Washington", r.MentionedSchools);
        Assert.Contains("Edinburgh University", r.MentionedSchools);
        Assert.Contains("Anna University", r.MentionedSchools);
        Assert.DoesNotContain(r.MentionedSchools, s => s.Contains("Press", StringComparison.Ordinal));
        Assert.Equal(["B.E. (Information Science)", "Bachelor of Science in Computer Science", "PhD"], r.MentionedDegrees);
    }

    [Fact]
    public void Schools_in_lists_of_awards_publications_and_referees_are_not_mentioned_schools()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEXPERIENCE\nLecturer, Goucher College, Baltimore, MD, 1997 to 2004\n\nEDUCATION\nBA, Linkoping University, 1996\n\n"
            + "Prizes and Awards\nUniversity Fellowship, University of Wisconsin-Madison, 1994\n\nREFERENCES\nProf. Ann Lee, Director at Gaza University\n"), Today);
        Assert.Contains("Goucher College", r.MentionedSchools);
        Assert.Contains("Linkoping University", r.MentionedSchools);
        Assert.DoesNotContain(r.MentionedSchools, s => s.Contains("Wisconsin", StringComparison.Ordinal) || s.Contains("Gaza", StringComparison.Ordinal));
    }

    [Fact]
    public void Schools_that_gave_certificates_and_courses_are_not_mentioned_schools()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEXPERIENCE\nLecturer, Goucher College, Baltimore, MD, 1997 to 2004\n\n"
            + "CERTIFICATIONS\nLPIC-1, Linux Professional Institute, 2015\nMachine Learning, Stanford University (Coursera), 2018\n"), Today);
        Assert.Equal("Certifications", Sections.Split(ResumeParser.Reflow("Jo Example\n\nCERTIFICATIONS\nLPIC-1\n"))[^1].Kind.ToString());
        Assert.Contains("Goucher College", r.MentionedSchools);
        Assert.DoesNotContain(r.MentionedSchools, s => s.Contains("Linux", StringComparison.Ordinal) || s.Contains("Stanford", StringComparison.Ordinal));
    }

    [Fact]
    public void Titles_and_employers_in_lists_of_awards_service_and_referees_are_not_mentioned()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEXPERIENCE\nSenior Analyst at Northwind Traders, 2015 - 2019\n\nUniversity Service\nChair, Curriculum Committee, worked as a Program Reviewer for Contoso Press\n\n"
            + "REFERENCES\nAnn Lee, Director of Finance at Fabrikam Inc\n\nADDITIONAL INFORMATION\nVolunteer Coordinator at Harbor Food Bank\n"), Today);
        Assert.Contains("Northwind Traders", r.MentionedEmployers);
        Assert.Contains("Harbor Food Bank", r.MentionedEmployers);
        Assert.DoesNotContain(r.MentionedEmployers, e => e.Contains("Fabrikam", StringComparison.Ordinal) || e.Contains("Contoso", StringComparison.Ordinal));
        Assert.DoesNotContain(r.MentionedTitles, t => t.Contains("Director of Finance", StringComparison.Ordinal) || t.Contains("Reviewer", StringComparison.Ordinal));
        Assert.True(Sections.HoldsNoWork(new Section(SectionKind.Other, "Referees", [])));
        Assert.False(Sections.HoldsNoWork(new Section(SectionKind.Other, "Additional Information", [])));
        Assert.False(Sections.HoldsNoWork(new Section(SectionKind.Experience, "Awards", [])));
    }

    [Fact]
    public void Names_are_read_without_letters_after_them_and_after_a_preamble()
    {
        Assert.Equal("Sadie Ivey Goldner", Parser.Parse(ExtractedText.FromPlainText("Sadie Ivey Goldner, MBA, PMP\nP.O. Box 1673, Callahan, FL 32011\n"), Today).Name);
        Assert.Equal("Kim Kreiger", Parser.Parse(ExtractedText.FromPlainText(
            "Sample Resume\nEducation\nDO NOT COPY: You are advised not to copy this sample.\nKim Kreiger\n790 Brown St\nTraralgon VIC 3844\n"), Today).Name);
        // A template's placeholder name: an entry's title over its dates is no name ("2002 - Present" starts with a digit, as an address does).
        Assert.Null(Parser.Parse(ExtractedText.FromPlainText(
            "Sample Resume - High School\nFirst Name Last Name\n6 Pine Street, Arlington, VA 12333\nExperience\nPet Sitter\n2004 - Present\n"
            + "• Provide pet sitting services.\nChild Care\n2002 - Present\n• Provide child care for several families.\n"), Today).Name);
    }

    [Fact]
    public void Skill_list_lines_lose_category_labels_lead_in_words_and_symbol_font_bullets()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nTECHNICAL SKILLS\nconsistently exceeding customer expectations, 11 g, //www.example.com\nOperating Systems Windows, UNIX, LINUX\nTools / IDE Eclipse 3.1.1, TOAD\nDatabase Administration, Performance Tuning\n"
            + "Proficient in Wordpress, basic HTML and HTML5, Adobe Photoshop\n\u10B9 Budget Control\nLinux 7.2. C, C++\n"
            + "SEO (On-page and Off-page) and SEM\n"
            + "PERSONAL SUMMARY\nA talented, hard working analyst, Coventry\n"), Today);
        Assert.Equal(["Windows", "UNIX", "LINUX", "Eclipse 3.1.1", "TOAD", "Database Administration", "Performance Tuning", "Wordpress",
            "HTML5", "Adobe Photoshop", "Budget Control", "Linux 7.2", "C", "C++", "SEM"], r.ListedSkills);
        // A bracket that belongs to the name stays; one the list put around the item goes.
        r = Parser.Parse(ExtractedText.FromPlainText("Jo Example\n\nSKILLS\nSQL (Oracle), Jira, (Confluence), Java (Spring), Smartsheet)\n\n"), Today);
        Assert.Equal(["SQL (Oracle)", "Jira", "Confluence", "Java (Spring)", "Smartsheet"], r.ListedSkills);
    }

    [Fact]
    public void The_labels_of_groups_of_skills_left_among_the_items_are_no_skills()
    {
        // A flattened skills table: its group labels ("Technical", "Programming Languages", "Tools") sit among the items.
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nSKILLS\nTechnical  |  Programming Languages  |  Java, Python  |  Tools  |  Jira, Git  |  Others  |  Scrum, Programming\n\n"), Today);
        Assert.Equal(["Java", "Python", "Jira", "Git", "Scrum", "Programming"], r.ListedSkills);
    }

    [Fact]
    public void Names_after_a_label_line_and_one_word_names_on_the_first_line_are_found()
    {
        Assert.Equal("Terrell Nam O'Keefe", Parser.Parse(ExtractedText.FromPlainText(
            "CV\n1. Position:\nLegal Manager\n2. Company:\nGRUPO ODINSA. S.A.\n3. Name:\nTerrell Nam O'Keefe\n"), Today).Name);
        Assert.Equal("Terrell Nam O'Keefe", Parser.Parse(ExtractedText.FromPlainText("CV Terrell Nam O'Keefe\nBogota\n"), Today).Name);
        Assert.Equal("Cassin", Parser.Parse(ExtractedText.FromPlainText("Cassin XXXX\nMobile: +91-99********\nE-mail: a@b.net\n"), Today).Name);
        Assert.Equal("Bernier", Parser.Parse(ExtractedText.FromPlainText("Bernier Software-Firmware Engineer\n24 Robinson Road\nMorris Plains, NJ 07950\n"), Today).Name);
        Assert.Equal("Everett Kayce Crooks", Parser.Parse(ExtractedText.FromPlainText("Everett Kayce Crooks    http://www.linkedin.com/in/everett\n"), Today).Name);
        Assert.Null(Parser.Parse(ExtractedText.FromPlainText("Medical Assistant\n123-345-7890\n"), Today).Name);
    }

    [Fact]
    public void Degrees_keep_honours_and_subjects_in_the_next_cell_and_drop_repeated_fields_and_non_degrees()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEDUCATION\nB.Tech in Computer Science in Computer Science\nDr MGR University Chennai\n2012\n"
            + "BSc (Hons)\nSales Management\nNuneaton University 2008 - 2011\nBachelor of Science, Marketing\nBirmingham-Southern College, 2004\n"
            + "BA - English\nCollege/University\nUniversity of Leeds\nB-TECH\nAnna University\nB.E from University of Madras in 2007\n"
            + "Associate Professor, Graduate School of Education\n"
            + "Pragathi High School, 2006\n"), Today);
        var degrees = r.Education.Select(e => e.AsWritten ?? e.Degree).ToList();
        Assert.Equal(["B.Tech in Computer Science", "BSc (Hons) Sales Management", "Bachelor of Science, Marketing", "BA - English", "B-TECH", "B.E"], degrees);
        Assert.DoesNotContain(r.Education, e => e.Institution is "College/University");
        Assert.DoesNotContain(r.MentionedDegrees, d => d.StartsWith("Associate", StringComparison.Ordinal) || d.StartsWith("Graduate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_degree_whose_subject_runs_on_to_the_next_line_keeps_all_of_it()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText("Jo Example\njo@example.org\nEDUCATION\nPost Graduate Diploma in Business Administration in Marketing and\n"
            + "Human Resource\n\nMount Carmel Institute of Management -  Bengaluru, Karnataka\n\nJune 2007 to May 2009\n"), Today);
        var e = Assert.Single(r.Education);
        Assert.Equal("Post Graduate Diploma in Business Administration in Marketing and Human Resource", e.AsWritten);
        Assert.Equal("Mount Carmel Institute of Management", e.Institution);
        Assert.Equal(2009, e.Year);
    }

    [Fact]
    public void Schools_named_anywhere_lose_a_role_before_them_and_secondary_schools_are_not_colleges()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEXPERIENCE\nDirector at Gaza University\nChairman of LEAD College of Management\nStudied at Vignan Vidyalayam High School\n"
            + "Graduated from the University of Arizona. Statement of purpose\nM.Tech. Visveswariah Technological University\n"), Today);
        Assert.Contains("Gaza University", r.MentionedSchools);
        Assert.Contains("LEAD College of Management", r.MentionedSchools);
        Assert.Contains("University of Arizona", r.MentionedSchools);
        Assert.Contains("Visveswariah Technological University", r.MentionedSchools);
        Assert.DoesNotContain(r.MentionedSchools, s => s.Contains("High School", StringComparison.Ordinal) || s.StartsWith("Director", StringComparison.Ordinal));
        Assert.True(SchoolReader.IsSecondary("Army Public School"));
        Assert.False(SchoolReader.IsSecondary("Harvard Medical School"));
    }

    [Fact]
    public void Degrees_take_the_subject_of_the_cell_after_them_but_not_a_city()
    {
        // One line, cells joined by runs of spaces, as flattened CVs are.
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example  jo@example.com    EDUCATION  TEXAS TECH UNIVERSITY, Lubbock, TX  Bachelor of Science, Marketing  Technical Highlights: LAN\n"
            + "SUMMARY\nMaster of Arts, Educational Administration, 2004  Mount St. College\n"
            + "M.Ed., Educational Management and Supervision, Loyola College, Baltimore, MD, 1978\n"
            + "Bachelor of Arts, Marietta, OH\nBS, Information Technology, Concentration in Web Site Development\n"), Today);
        Assert.Contains("Bachelor of Science, Marketing", r.Education.Select(e => e.AsWritten ?? e.Degree));
        Assert.DoesNotContain("Bachelor of Science", r.Education.Select(e => e.AsWritten ?? e.Degree));
        Assert.Contains("Master of Arts, Educational Administration", r.MentionedDegrees);
        Assert.Contains("M.Ed., Educational Management and Supervision", r.MentionedDegrees);
        Assert.Contains("Bachelor of Arts", r.MentionedDegrees);
        Assert.DoesNotContain(r.MentionedDegrees, d => d.Contains("Marietta", StringComparison.Ordinal) || d.Contains("Concentration", StringComparison.Ordinal));
    }

    [Fact]
    public void Doctoral_law_and_education_degrees_written_with_dots_are_degrees()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEDUCATION\nJ.D., North Carolina Central University School of Law\nM.L.S., North Carolina Central University\n"
            + "B.S.W., North Carolina Central University\nEd.D., Educational Finance and Policy, The Catholic University of America\n"
            + "B.S.Ed., Physical Education, Northern Illinois University\nJuris Doctor\n"), Today);
        Assert.Equal(["J.D", "M.L.S", "B.S.W", "Ed.D., Educational Finance and Policy", "B.S.Ed., Physical Education", "Juris Doctor"], r.MentionedDegrees);
        Assert.Null(Lexicon.Degree("MD"));
        Assert.Equal("M.D", Lexicon.Degree("M.D.")?.Degree);
    }

    [Fact]
    public void Schools_keep_a_short_name_in_brackets_and_lose_words_that_are_not_theirs()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEDUCATION\nMarietta College Bachelor of Arts, 2004\nManipal Institute of Technology (MIT)\nB.Tech, 2010\n\n"
            + "EXPERIENCE\nLecturer, Lodz University of Technology (Poland)\n"), Today);
        Assert.Contains(r.Education, e => e.Institution == "Marietta College");
        Assert.Contains("Manipal Institute of Technology (MIT)", r.MentionedSchools);
        Assert.Contains("Lodz University of Technology", r.MentionedSchools);
        Assert.DoesNotContain(r.MentionedSchools, s => s.Contains("(Poland)", StringComparison.Ordinal) || s.Contains("Bachelor", StringComparison.Ordinal));
        Assert.Equal("California Institute of Technology (Caltech)", SchoolReader.WithAcronym("California Institute of Technology", "California Institute of Technology (Caltech)  B.S."));
        Assert.Equal("Lodz University", SchoolReader.WithAcronym("Lodz University", "Lodz University (Poland)"));
    }

    [Fact]
    public void A_school_keeps_a_subject_in_lower_case_and_loses_a_heading_run_into_it()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEDUCATION\nB.E. in Computer Science\nT.J Institute of technology, Chennai.\n2008 - 2012\n\n"), Today);
        Assert.Contains(r.Education, e => e.Institution == "T.J Institute of technology");
        Assert.Equal(["Carnegie Mellon University"], SchoolReader.Read(["Work Experience Carnegie Mellon University"]));
        Assert.Equal(["Sri Venkateswara College of arts and science"], SchoolReader.Read(["Sri Venkateswara College of arts and science, Tirupati"]));
        // Lower-case words that are no subject still end the name; so does one after a word that is no school's.
        Assert.Equal(["Anna University"], SchoolReader.Read(["Anna University of ours"]));
        Assert.Empty(SchoolReader.Read(["Director of technology at the firm"]));
        // "Education" goes on with a name after "of" ("College of Further Education"), but a unit named by its subject alone is no school.
        Assert.Equal(["Longsight College of Further Education"], SchoolReader.Read(["Longsight College of Further Education 2002 - 2004"]));
        Assert.Equal(["Soore Institute of Higher Education"], SchoolReader.Read(["Soore Institute of Higher Education, Tehran"]));
        Assert.Equal(["Harvard University"], SchoolReader.Read(["Harvard University Education Fund"]));
        Assert.Empty(SchoolReader.Read(["Graduate School of Education, Stanford"]));
        Assert.Empty(SchoolReader.Read(["Webmaster, College of Engineering", "Member, Technology Institute", "Law School"]));
        Assert.Equal(["Cameron School of Business"], SchoolReader.Read(["Webmaster for Cameron School of Business"]));
        // "The" that starts a school's name is part of it, and the same school written with and without it is one school.
        Assert.Equal(["The Johns Hopkins University", "The Catholic University of America"],
            SchoolReader.Read(["Ed.D., The Johns Hopkins University", "Adjunct, The Catholic University of America", "Lecturer, Johns Hopkins University"]));
        Assert.Equal(["Palestinian Institute"], SchoolReader.Read(["the PICD (Palestinian Institute for  Communication", "sponsored by The Palestinian Institute for"]));
    }

    [Fact]
    public void A_school_word_of_another_language_comes_before_the_name_and_ends_a_degree()
    {
        // "Universität Wien", "Universidad de Chile": the school word first, then the name, is a school named in the text.
        Assert.Equal(["Universität Wien"], SchoolReader.Read(["M.Sc. Universität Wien 2015"]));
        Assert.Equal(["Universidad de Chile", "Università di Bologna", "Uniwersytet Warszawski"],
            SchoolReader.Read(["Exchange semester, Universidad de Chile", "Università di Bologna, Italy", "Uniwersytet Warszawski (2010)"]));
        // A school word, in any language or as "IIT", ends the degree named before it; one test of a school word serves every reader.
        Assert.True(SchoolReader.IsHead("Polytechnic") && SchoolReader.IsHead("universität") && SchoolReader.IsHead("IIT") && SchoolReader.IsHead("Universities"));
        Assert.False(SchoolReader.IsHead("Schooling") || SchoolReader.IsHead("Corporation"));
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEDUCATION\nM.Sc. Anna University 2015\nB.Sc. Universität Wien 2013\nB.Tech. NIT Trichy 2010\n\n"), Today);
        Assert.Equal([("M.Sc.", "Anna University"), ("B.Sc.", "Universität Wien"), ("B.Tech.", "NIT Trichy")], r.Education.Select(e => (e.Degree, e.Institution)));
        Assert.DoesNotContain(r.MentionedDegrees, d => d.Contains("Wien", StringComparison.Ordinal) || d.Contains("NIT", StringComparison.Ordinal));
        // After a whole entry, a degree and a school on one line start the next entry, but a subject before a school does not read as the school.
        r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEDUCATION\nMaster's Degree in Business Education from Business Teacher's Training Institute - 2009\n"
            + "Bachelor's Degree in Business Studies from St. Mark's University - 2007\nDiploma from the Institute of Political Studies, Paris\n\n"), Today);
        Assert.Equal(["Business Teacher's Training Institute", "St. Mark's University", "Institute of Political Studies"], r.Education.Select(e => e.Institution));
        Assert.Equal(["Business Education", "Business Studies", null], r.Education.Select(e => e.Field));
        // A short school name the school reader does not take ("VMKV Eng. college") is still the school after "from".
        r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEDUCATION\nBachelor of Engineering in Computer Science from VMKV Eng. college, Salem, India  Year: 1996-1999\n"
            + "Diploma in Electronics and Communication Engineering from NIT, Coimbatore, India  Year: 1992-1995\n\n"), Today);
        Assert.Equal([("VMKV Eng. college", "Computer Science"), ("NIT", "Electronics and Communication Engineering")], r.Education.Select(e => (e.Institution, e.Field)));
    }

    [Fact]
    public void A_common_word_inside_a_name_is_no_skill_claimed()
    {
        // "Leadership" and "Communication" in the names of a centre and an award, "Testing" in a lab's name: no skills.
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\njo@example.org\n\nEXPERIENCE\nAnalyst, KCB Management Leadership Centre, 2015 - 2019\nWorked in the Mechanical Testing Lab.\n"
            + "\nAWARDS\nResearch and Communication Award (2018)\n"), Today);
        Assert.DoesNotContain(r.Skills, s => s.TaxonomyCode is "leadership" or "communication" or "testing");
        // The same words claimed as skills: in a list, praised, or at the start of a sentence.
        r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\njo@example.org\n\nEXPERIENCE\nAnalyst, Acme Corp, 2015 - 2019\nExcellent Communication Skills.\nTesting of payment flows.\n"
            + "\nSKILLS\nLeadership, Negotiation\n"), Today);
        Assert.Contains(r.Skills, s => s.TaxonomyCode == "communication");
        Assert.Contains(r.Skills, s => s.TaxonomyCode == "testing");
        Assert.Contains(r.Skills, s => s.TaxonomyCode == "leadership");
        // A tool's name among capitalised words stays a skill: only common words are read as part of a name.
        r = Parser.Parse(ExtractedText.FromPlainText("Jo Example\njo@example.org\n\nEXPERIENCE\nAnalyst, Acme Corp, 2015 - 2019\nBuilt Confluence Space Templates for the team.\n"
            + "Senior Python Developer Role Models were set.\n"), Today);
        Assert.Contains(r.Skills, s => s.TaxonomyCode == "confluence");
        Assert.Contains(r.Skills, s => s.TaxonomyCode == "python");
    }

    [Fact]
    public void A_field_goes_on_past_its_comma_to_the_end_of_a_list_of_subjects()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEDUCATION\nB.Sc. in Physics, Chemistry and Mathematics, Osmania University, 2008\n"
            + "Bachelor of Science in Clothing, Textiles and Related Arts, December 1995\nSouthern University, Baton Rouge\n"), Today);
        Assert.Equal(["B.Sc. in Physics, Chemistry and Mathematics", "Bachelor of Science in Clothing, Textiles and Related Arts"], r.Education.Select(e => e.AsWritten));
        Assert.Equal("Physics, Chemistry and Mathematics", r.Education[0].Field);
        Assert.Equal(["Osmania University", "Southern University"], r.Education.Select(e => e.Institution));
        Assert.Contains("B.Sc. in Physics, Chemistry and Mathematics", r.MentionedDegrees);
        // A school, an employer or a title after the comma is not part of the field.
        Assert.Null(DegreeReader.ListTail("Johns Hopkins University and Hospital"));
        Assert.Null(DegreeReader.ListTail("Tata Consultancy Services and Infosys"));
        Assert.Null(DegreeReader.ListTail("Project Manager and Team Lead"));
        Assert.Null(DegreeReader.ListTail("Physics"));
        Assert.Equal(["MBA in Finance"], DegreeReader.Read(["MBA in Finance, Tata Consultancy Services and Infosys"]));
    }

    [Fact]
    public void Each_university_after_the_last_ones_years_is_an_entry_of_its_own()
    {
        // A Colombian CV's numbered education section, school first, with studies the degree list does not know; the sentence's full stop is not the name's.
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\n5. Academic Studies:\nLAWYER\nUniversidad del Norte\nBarranquilla, 1989-1994\nDegree 1995\n"
            + "ADVANCED STUDIES IN PUBLIC LAW\nUniversidad Externado de Colombia.\nBogotá 1996\n"
            + "POSTGRADUATE IN POLITICAL SCIENCE\nUniversidad de Salamanca\nSalamanca, 1998\n6. Employment History\nLegal Director, Autopistas de los Llanos S.A., 1996 - 2012\n"), Today);
        Assert.Equal(["Universidad del Norte", "Universidad Externado de Colombia", "Universidad de Salamanca"], r.Education.Select(e => e.Institution));
        // A school below college level, a title naming a school, or a body named for universities, after the years, does not
        // open an entry; nor does a second line of the same school before any years.
        r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEDUCATION\nBachelor of Science in Psychology\nUniversity of Virginia\n2008 - 2012\nSchool Counselor Intern\nLincoln High School\nNational Association of College and University Business Officers\n\n"
            + "Master of Laws\nSchool of Law\nKenyatta University\n2014\n"), Today);
        Assert.Equal(["University of Virginia", "School of Law"], r.Education.Select(e => e.Institution));
        // "Bachelor thesis on …" and "graduate assistantships" name no degree.
        Assert.True(EducationReader.NotDegree(("Bachelor", "thesis on starting up a new business")));
        Assert.True(EducationReader.NotDegree(("graduate", "assistantships, or volunteer work")));
        Assert.False(EducationReader.NotDegree(("Bachelor", "Business Administration")));
    }

    [Fact]
    public void A_school_in_capitals_is_read_like_one_in_mixed_case()
    {
        var schools = SchoolReader.Read(["MASSACHUSETTS INSTITUTE OF TECHNOLOGY    Lagos, Nigeria  July 2012", "Institute of Political Studies, 2001",
            "CHAIRMAN OF LEAD COLLEGE OF MANAGEMENT"]);
        Assert.Contains("LEAD COLLEGE OF MANAGEMENT", schools);
        Assert.Contains("MASSACHUSETTS INSTITUTE OF TECHNOLOGY", schools);
        Assert.Contains("Institute of Political Studies", schools);
    }

    [Fact]
    public void A_full_stop_after_a_whole_word_ends_a_name_and_an_initial_does_not()
    {
        Assert.Equal("Omar Blossom Jacobson", Parser.Parse(ExtractedText.FromPlainText("Omar Blossom Jacobson. Heath\nPhone: 123-345-7890\n"), Today).Name);
        Assert.Equal("Peter S. Gutierrez", Parser.Parse(ExtractedText.FromPlainText("Peter S. Gutierrez\nPhone: 123-345-7890\n"), Today).Name);
    }

    [Fact]
    public void Skills_a_sentence_names_before_the_word_skills_are_listed_when_they_are_taxonomy_terms()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nSUMMARY\nAnalyst with excellent communication and time-keeping skills, who improved people skills across the team.\n"), Today);
        Assert.Contains("communication", r.ListedSkills);
        Assert.DoesNotContain(r.ListedSkills, s => s.Contains("time-keeping", StringComparison.Ordinal) || s.Contains("people", StringComparison.Ordinal));
    }

    [Fact]
    public void Flattened_role_headers_give_employers_titles_and_dates()
    {
        // One line, cells joined by runs of spaces, the dashes of the ranges lost in extraction (as PDF-to-text tools leave them).
        var flat = "Ann Example  ann@example.com    PROFESSIONAL EXPERIENCE  TAROKO TECHNOLOGIES, San Francisco, CA  Social Media Manager, September 2013  Present"
            + "    Ran campaigns on social media platforms including Facebook, Twitter, and Instagram for our clients.    KEENSCREEN  Seattle, WA  Vice President of Engineering"
            + "    2008  2011    Built the product.    Senior Software Engineer, The Omni Group    April 1998 – July 2001    Worked on Mac OS X projects.";
        var r = Parser.Parse(ExtractedText.FromPlainText(flat), Today);
        var companies = Employers(r);
        Assert.Contains("TAROKO TECHNOLOGIES", companies);
        Assert.Contains("KEENSCREEN", companies);
        Assert.Contains("The Omni Group", companies);
        Assert.DoesNotContain(companies, c => c.Contains("Seattle", StringComparison.Ordinal) || c.Contains("Engineer", StringComparison.Ordinal));
        var titles = Titles(r);
        Assert.Contains("Senior Software Engineer", titles);
        // "September 2013  Present" and "2008  2011" are ranges whose dash was lost.
        Assert.Contains(r.Roles, x => x.Start == new DateOnly(2013, 9, 1) && x.Current);
        Assert.Contains(r.Roles, x => x.Start == new DateOnly(2008, 1, 1) && x.End == new DateOnly(2011, 12, 1));
    }

    [Fact]
    public void Years_side_by_side_that_go_backwards_are_not_a_range()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText("Jo Example\n\nEXPERIENCE\n\nAnalyst, Acme Ltd    2011  2009\n"), Today);
        Assert.DoesNotContain(r.Roles, x => x.Start == new DateOnly(2011, 1, 1) && x.End == new DateOnly(2009, 12, 1));
    }

    [Fact]
    public void Employers_and_titles_are_read_without_what_is_written_around_them()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEXPERIENCE\n\nData Analyst,\nSeptember 2008 – March 2011\nChesapeake Neurology Associates, Prince Frederick, MD\n\n"
            + "Sales Assistant (casual)\nPage 2 of 2 RU Corp.\n2012 – 2014\n\nLecturer at the Institute of Information Technology, Lodz University\n"
            + "Responsibilities\n2005 – 2006\nResponsibilities: teaching."), Today);
        var companies = Employers(r);
        Assert.Contains("Chesapeake Neurology Associates", companies);
        Assert.Contains("RU Corp.", companies);
        Assert.Contains("Institute of Information Technology", companies);
        Assert.DoesNotContain(companies, c => c.StartsWith("Page", StringComparison.Ordinal) || c == "Responsibilities" || c.Contains("Frederick", StringComparison.Ordinal));
        var titles = Titles(r);
        Assert.Contains("Sales Assistant", titles);
        Assert.DoesNotContain(titles, t => t.Contains("casual", StringComparison.Ordinal));
    }

    [Fact]
    public void Header_cells_give_employers_beside_their_city_title_and_dates()
    {
        // One flattened line: an employer with its city, a title/employer/city cell below dates, a legal form after a comma,
        // a firm with its state code, and a city with its state that is not an employer.
        var flat = "Jo Example  jo@example.com    WORK EXPERIENCE  Dec 2013 – Feb 2014  Marketing Assistant, Harbour Trust, Melbourne"
            + "  Ran events for the charity and wrote posts for the blog every week of the year.    Peppers Bistro, Nydalen  Waiter, part-time"
            + "  Served tables at lunch and dinner and handled the till for the evening shifts.    Northwind Traders, Inc.  Somewhere, NJ"
            + "  1998 – 2001: Senior Software Engineer    Kessler & Brandt, PA  Tampa, Florida  Paralegal (2004 – 2006)"
            + "    Bowling Green, Kentucky  Team Leader/Laborer  2009 – 2010";
        var r = Parser.Parse(ExtractedText.FromPlainText(flat), Today);
        var companies = Employers(r);
        Assert.Contains("Harbour Trust", companies);
        Assert.Contains("Peppers Bistro", companies);
        Assert.Contains("Northwind Traders, Inc.", companies);
        Assert.Contains("Kessler & Brandt", companies);
        Assert.DoesNotContain(companies, c => c.Contains("Bowling", StringComparison.Ordinal) || c.Contains("Melbourne", StringComparison.Ordinal)
            || c.EndsWith(", PA", StringComparison.Ordinal) || c.Contains("Assistant", StringComparison.Ordinal));
        var titles = Titles(r);
        Assert.Contains("Marketing Assistant", titles);
        Assert.DoesNotContain(titles, t => t.Contains("Harbour", StringComparison.Ordinal));
    }

    [Fact]
    public void Employers_named_after_work_verbs_and_lower_case_titles_are_read()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEXPERIENCE\n\n• Worked for National Weather Bureau under two contracts.\n• Worked as Support engineer for Brightwater Analytics, USA.\n"
            + "• Drupal developer (consultant at Kestrel Labs), then joined Ridgeway in July 2011.\n• Worked with Ansible and Jenkins daily.\n"
            + "• Business performance acquired through work at Harbor Bank, Zinco and Pine Banks.\n• Served on the Search Committee, 2010 – 2012.\n"), Today);
        foreach (var name in new[] { "National Weather Bureau", "Brightwater Analytics", "Kestrel Labs", "Ridgeway", "Harbor Bank", "Zinco", "Pine Banks" })
            Assert.Contains(name, r.MentionedEmployers);
        Assert.DoesNotContain(r.MentionedEmployers, e => e is "Ansible" or "USA" || e.Contains("Committee", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Roles.Select(x => x.Employer), e => e is not null && e.Contains("Committee", StringComparison.Ordinal));
    }

    [Fact]
    public void Titles_are_read_without_the_document_name_and_split_where_they_join_titles()
    {
        Assert.Equal(["Paralegal", "Bookkeeper", "Office Manager"], MentionReader.TitleParts("Paralegal/Bookkeeper/Office Manager"));
        Assert.Equal(["Founder", "CEO"], MentionReader.TitleParts("Founder and CEO"));
        Assert.Equal(["Web/Interactive Intern"], MentionReader.TitleParts("Web/Interactive Intern"));
        // A part whose only title word says how senior shares the head after the "&": one title.
        Assert.Equal(["Senior Training & Consulting Manager"], MentionReader.TitleParts("Senior Training & Consulting Manager"));
        Assert.Equal(["SENIOR-LEVEL BUSINESS & IT EXECUTIVE"], MentionReader.TitleParts("SENIOR-LEVEL BUSINESS & IT EXECUTIVE"));
        Assert.Equal(["Founder", "Co-CEO"], MentionReader.TitleParts("Founder and Co-CEO"));
        Assert.Equal(["Senior Analyst", "Team Lead"], MentionReader.TitleParts("Senior Analyst / Team Lead"));
        Assert.Equal("Education Sales Representative", MentionReader.CleanTitle("Education Sales Representative Resume"));
        Assert.Equal("Customer Service Advisor", MentionReader.CleanTitle("Customer Service Advisor (part time to 2011"));
        Assert.Equal("Team Leader", MentionReader.CleanTitle("Team Leader ()"));
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nSUMMARY\nSenior software engineer with more than 9 years of experience in C and C++.\n\nEXPERIENCE\n\n"
            + "Vice President of International Sales\nAcme Instruments\n2000 – 2010\n"), Today);
        Assert.Contains("Senior software engineer", r.MentionedTitles);
        Assert.Contains("Vice President of International Sales", Titles(r));
    }

    [Fact]
    public void Parsing_respects_the_time_budget_and_cancellation()
    {
        var huge = ExtractedText.FromPlainText(string.Concat(Enumerable.Repeat(SampleResume.Text + "\n", 200)));
        var spent = Assert.Throws<ParseException>(() => Parser.Parse(huge, Today, new ParseLimits(TimeBudget: TimeSpan.Zero)));
        Assert.Equal(ParseProblem.Timeout, spent.Problem);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Equal(ParseProblem.Timeout, Assert.Throws<ParseException>(() => Parser.Parse(huge, Today, ParseLimits.Default, cancelled.Token)).Problem);
        // The same text is read when the budget allows it: the refusals above are the budget's and the caller's. (A minute,
        // not the default 10 seconds: the text is 200 résumés long and a loaded machine may take longer than 10.)
        Assert.NotEmpty(Parser.Parse(huge, Today, new ParseLimits(TimeBudget: TimeSpan.FromMinutes(1))).Roles);
    }

    [Theory]
    [InlineData("grace1234567890@example.com | +1 612 123 4567 | Boston, MA", "+1 612 123 4567")]
    [InlineData("linkedin.com/in/grace-6125550199 | grace@example.com | (612) 555-0142", "(612) 555-0142")]
    [InlineData("grace1234567890@example.com | Boston, MA", null)]
    [InlineData("2987 Lexington St.\nLafayette, CO 80026\n123-345-7890", "123-345-7890")]
    public void Digits_inside_an_email_address_a_link_or_a_postal_code_on_the_line_before_are_not_a_phone_number(string contactLine, string? phone)
    {
        var r = Parser.Parse(ExtractedText.FromPlainText($"Grace Hopkins\n{contactLine}\n\nEXPERIENCE\nBusiness Analyst, Harbor Bank\nJan 2020 - Present\n"), Today);
        Assert.Equal(phone, r.Phone);
    }

    [Theory]
    [InlineData("Jon Feest\n2501 N. Blackwelder Ave. #466 Oklahoma City, OK 73106 | 123-345-7890 | jon@example.com", "Oklahoma City", "OK")]
    [InlineData("Edmund Stehr\nDecker St., Detroit, Michigan\nPhone: 123-345-7890", "Detroit", "Michigan")]
    [InlineData("Market Your Skills: Interpersonal, Analytical, Leadership\nTesha Littel\n1234 W. Michigan Ave • Chicago, IL 45670 • 123-345-7890", "Chicago", "IL")]
    [InlineData("Ana Ruiz\n1600 Rhode Island Ave. NW, Washington, DC 20036\nana@example.com", "Washington", "DC")]
    [InlineData("Ana Ruiz\nApt. G., Towson, MD 21204\nana@example.com", "Towson", "MD")]
    public void The_place_is_read_after_a_street_address_and_from_any_cell_of_a_contact_line(string header, string city, string region)
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(header + "\n\nEXPERIENCE\nBusiness Analyst, Harbor Bank\nJan 2020 - Present\n"), Today);
        Assert.Equal((city, region), (r.Location?.City, r.Location?.Region));
    }

    [Theory]
    [InlineData("IT project manager with 6 years at a credit union. CAPM; working toward PMP.", "capm", "pmp")]
    [InlineData("Scrum Master. CSM. Wrote PMP-style status reports for the steering committee.", "csm", "pmp")]
    [InlineData("Business analyst. CSM certified; CBAP (in progress).", "csm", "cbap")]
    public void A_certification_named_as_a_goal_or_a_manner_is_not_held(string summary, string held, string named)
    {
        var r = Parser.Parse(ExtractedText.FromPlainText($"Grace Hopkins\ngrace@example.com\n\nSUMMARY\n{summary}\n\nEXPERIENCE\nProject Manager, Harbor Bank\nJan 2020 - Present\nRan the core banking upgrade.\n"), Today);
        Assert.Contains(r.Certifications, c => c.TaxonomyCode == held);
        Assert.DoesNotContain(r.Certifications, c => c.TaxonomyCode == named);
    }

    [Fact]
    public void A_year_that_starts_something_else_is_not_the_certifications()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText("Grace Hopkins\ngrace@example.com\n\nSUMMARY\nRunning an agile release train since 2023. CSM.\n\nEXPERIENCE\nScrum Master, Harbor Bank\nJan 2020 - Present\n"), Today);
        Assert.Null(Assert.Single(r.Certifications, c => c.TaxonomyCode == "csm").Year);
    }

    [Fact]
    public void Roles_dated_month_day_year_or_with_two_digit_years_are_read()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText("""
            Will Stokes
            will@example.com

            CAREER OVERVIEW
            ASSOCIATE PRINCIPAL (8/01 to Present) eClerx, Austin, TX
            Business transformation for retail clients.

            Educational Consultant  4/1/1999 - 7/1/2001  Grander Education  New Parkland, CA
            Advised families on admissions.
            """), Today);
        Assert.Contains(r.Roles, x => x.Title == "ASSOCIATE PRINCIPAL" && x.Employer == "eClerx" && x.Start == new DateOnly(2001, 8, 1) && x.Current);
        Assert.Contains(r.Roles, x => x.Title == "Educational Consultant" && x.Start == new DateOnly(1999, 4, 1) && x.End == new DateOnly(2001, 7, 1));
    }

    [Fact]
    public void Links_are_the_headers_and_profiles_not_every_address_the_text_cites()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText("""
            Grace Hopkins
            grace@example.com | www.gracehopkins.dev

            SUMMARY
            Author of "Agile in hospitals" (http://j.mp/agile-hospitals) and a talk at https://conf.example.org/2019.
            Code at github.com/gracehopkins.
            """), Today);
        Assert.Equal(["www.gracehopkins.dev", "github.com/gracehopkins"], r.Links);
    }

    [Fact]
    public void A_scrum_masters_years_count_for_scrum()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText("""
            Olivia Brooks
            olivia@example.com

            EXPERIENCE
            Scrum Master, Lone Star Bank
            Jan 2020 - Dec 2024
            Ran the ceremonies of two payments teams.
            """), Today);
        Assert.InRange(Assert.Single(r.Skills, s => s.TaxonomyCode == "scrum").Years, 4.9, 5.0);
        Assert.DoesNotContain(r.Skills, s => s.TaxonomyCode == "project-manager");
    }

    [Fact]
    public void Reads_contact_details()
    {
        var r = Sample();
        Assert.Equal("Jane Q. Doe", r.Name);
        Assert.Equal("jane.doe@example.com", r.Email);
        Assert.Equal("(617) 555-0142", r.Phone);
        Assert.Equal("Boston", r.Location?.City);
        Assert.Equal("MA", r.Location?.Region);
        Assert.Contains("linkedin.com/in/janedoe", r.Links);
        Assert.Equal("Senior IT Project Manager", r.Headline);
        Assert.StartsWith("PMP-certified", r.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_roles_with_titles_employers_and_dates()
    {
        var roles = Sample().Roles;
        Assert.Equal(3, roles.Count);
        Assert.Equal(("Senior Project Manager", "Mercy Health Systems", "Boston, MA"), (roles[0].Title, roles[0].Employer, roles[0].Location));
        Assert.Equal(new DateOnly(2019, 1, 1), roles[0].Start);
        Assert.True(roles[0].Current);
        Assert.Equal(("Project Manager", "First Harbor Bank", "Providence, RI"), (roles[1].Title, roles[1].Employer, roles[1].Location));
        Assert.Equal((new DateOnly(2015, 3, 1), new DateOnly(2018 + 1, 6, 1)), (roles[1].Start!.Value, roles[1].End!.Value));
        Assert.Equal(("Business Analyst", "Acme Retail Corp", "Hartford, CT"), (roles[2].Title, roles[2].Employer, roles[2].Location));
        Assert.Contains("UAT", roles[2].Description, StringComparison.Ordinal);
        Assert.All(Sample().ProfileRoles(), r => r.Validated());
    }

    [Fact]
    public void Counts_skill_years_over_the_roles_that_mention_them_once_for_overlaps()
    {
        var skills = Sample().Skills.ToDictionary(s => s.TaxonomyCode);
        // Jira only in the current role: Jan 2019 to today.
        Assert.Equal(Math.Round((Today.DayNumber - new DateOnly(2019, 1, 1).DayNumber) / 365.25, 1), skills["jira"].Years);
        Assert.Equal(2026, skills["jira"].LastUsedYear);
        // SQL only in the bank role.
        Assert.Equal(2019, skills["sql"].LastUsedYear);
        // Listed but never in a dated role: known, no years.
        Assert.Equal(0, skills["confluence"].Years);
        Assert.Null(skills["confluence"].LastUsedYear);
        Assert.All(skills.Values, s => s.Validated());
    }

    [Fact]
    public void Reads_certifications_industries_and_education()
    {
        var r = Sample();
        Assert.Contains(r.Certifications, c => c.TaxonomyCode == "pmp" && c.Year == 2016);
        Assert.Contains(r.Certifications, c => c.TaxonomyCode == "csm" && c.Year == 2018);
        var industries = r.Industries.ToDictionary(i => i.Industry, i => i.Years);
        Assert.True(industries["healthcare"] > 7, "Epic/EHR/HIPAA in the hospital role count toward healthcare");
        Assert.True(industries["financial-services"] > 4);
        Assert.Contains(r.Education, e => e.Degree == "Master of Science" && e.Field == "Information Systems" && e.Institution == "Northeastern University" && e.Year == 2012);
        Assert.Contains(r.Education, e => e.Degree == "B.A." && e.Field == "Economics" && e.Institution == "University of Connecticut" && e.Year == 2010);
        Assert.Equal(Math.Round(ProfileRole.YearsCovered(r.ProfileRoles(), Today), 1), r.TotalYears);
    }

    [Fact]
    public void Reads_the_track_record()
    {
        var records = Sample().TrackRecord;
        var hospital = records.Single(p => p.Name.Contains("Mercy", StringComparison.Ordinal));
        Assert.Equal((4_500_000m, 12, true, true), (hospital.Budget!.Value, hospital.TeamSize!.Value, hospital.OnTime!.Value, hospital.OnBudget!.Value));
        var bank = records.Single(p => p.Name.Contains("Harbor", StringComparison.Ordinal));
        Assert.Equal((750_000m, 8), (bank.Budget!.Value, bank.TeamSize!.Value));
    }

    [Theory]
    [InlineData("Managed a budget of 2 million", 2_000_000)]
    [InlineData("$1,200,000 program", 1_200_000)]
    [InlineData("a $3.5MM portfolio", 3_500_000)]
    [InlineData("Led the $600K core upgrade at a $3B credit union", 600_000)]
    [InlineData("For a $3B credit union, led the $600K core upgrade", 600_000)]
    [InlineData("The firm, with revenue of $22B and assets of $78B, funded my $1.5M data program", 1_500_000)]
    [InlineData("$22B in annual revenue; I ran a $250K pilot", 250_000)]
    [InlineData("Managed a $2M company-wide ERP rollout", 2_000_000)]
    public void Reads_budgets(string text, double expected) => Assert.Equal((decimal)expected, TrackRecordReader.Budget(text));

    [Theory]
    [InlineData("Team Size: 4", 4)]
    [InlineData("managed a team of 25 across two sites", 25)]
    [InlineData("Led 8 offshore engineers", 8)]
    [InlineData("a 6-person team", 6)]
    [InlineData("Directed 120 staff across three hospitals", 120)]
    [InlineData("Led 150 people through the ERP cutover", 150)]
    [InlineData("Ran a 6-analyst team for the claims platform", 6)]
    [InlineData("Coached a 9-person Scrum team", 9)]
    [InlineData("Led a 5-person interface workstream", 5)]
    [InlineData("Built a PMO of 14 project managers", 14)]
    public void Reads_team_sizes(string text, int expected) => Assert.Equal(expected, TrackRecordReader.TeamSize(text));

    [Theory]
    [InlineData("Led 20 years of change", null)]
    [InlineData("a group of 12 hospitals", null)]
    [InlineData("Managed 3 releases a year", null)]
    public void A_count_of_other_things_is_not_a_team(string text, int? expected) => Assert.Equal(expected, TrackRecordReader.TeamSize(text));

    [Fact]
    public void A_json_resume_has_the_track_record_of_its_roles()
    {
        var json = """
            {"basics": {"name": "Grace Hopkins", "email": "grace@example.com"},
             "work": [{"name": "Mercy Health", "position": "IT Project Manager", "startDate": "2019-01-01",
                       "summary": "Epic go-live for 12 hospitals.", "highlights": ["Budget of $4.5M, team of 25.", "Delivered on time and under budget."]}]}
            """;
        var r = Parser.Parse(TextExtractor.Extract(System.Text.Encoding.UTF8.GetBytes(json), "grace.json"), Today);
        var record = Assert.Single(r.TrackRecord);
        Assert.Equal((4_500_000m, 25, true, true), (record.Budget, record.TeamSize, record.OnTime, record.OnBudget));
    }

    [Fact]
    public void Parses_generated_pdf_and_docx_alike()
    {
        var fromPdf = Parser.Parse(TextExtractor.Extract(PdfFactory.SingleColumn(SampleResume.Lines), "jane.pdf", Patience.Limits), Today);
        var fromDocx = Parser.Parse(TextExtractor.Extract(DocxFactory.Create(SampleResume.Lines), "jane.docx", Patience.Limits), Today);
        foreach (var r in new[] { fromPdf, fromDocx })
        {
            Assert.Equal("Jane Q. Doe", r.Name);
            Assert.Equal(["Mercy Health Systems", "First Harbor Bank", "Acme Retail Corp"], r.Roles.Select(x => x.Employer));
            Assert.Contains(r.Skills, s => s.TaxonomyCode == "epic");
        }
    }

    [Fact]
    public void The_sample_pdfs_read_with_the_shipped_taxonomy_keep_their_employers_and_every_degree()
    {
        var parser = new ResumeParser(new SkillMatcher(TaxonomyCatalog.Embedded.Terms));
        ParsedResume Read(string file) => parser.Parse(TextExtractor.Extract(File.ReadAllBytes(Path.Combine(Repo.Data("resumes", "pdf-samples"), file)), file, Patience.Limits), Today);

        var bruce = Read("bruce_wayne_fullstack.pdf");
        Assert.Equal(["OpenAI", "Uber", "Facebook"], bruce.Roles.Select(r => r.Employer));
        Assert.Equal([("CalTech", "PhD", 2012), ("MIT", "Master of Science", 2009), ("UC San Diego", "Bachelor of Science", 2007)],
            bruce.Education.Select(e => (e.Institution, e.Degree, e.Year)));
        Assert.All(bruce.Education, e => Assert.Equal("Computer Science", e.Field));
        var harvey = Read("harvey_dent_mle.pdf");
        Assert.Equal("OpenAI", harvey.Roles[0].Employer);
        Assert.Equal(["MIT", "UC San Diego"], harvey.Education.Select(e => e.Institution));
        var alfred = Read("alfred_pennyworth_pm.pdf");
        Assert.Equal(("Master of Business Administration", null, "Stanford University"), (alfred.Education[0].Degree, alfred.Education[0].Field, alfred.Education[0].Institution));
    }

    [Theory]
    [InlineData("Master of Business Administration", "Master of Business Administration", null)]
    [InlineData("Bachelor of Fine Arts in Painting", "Bachelor of Fine Arts", "Painting")]
    [InlineData("Master of Public Health, Epidemiology", "Master of Public Health", "Epidemiology")]
    [InlineData("Master of Science in Computer Science", "Master of Science", "Computer Science")]
    [InlineData("Associate of Applied Science in Business Management", "Associate of Applied Science", "Business Management")]
    [InlineData("Bachelor of Information Technology", "Bachelor of Information Technology", null)]
    public void A_degree_named_by_two_words_after_of_keeps_them(string line, string degree, string? field)
    {
        Assert.Equal((degree, field), Lexicon.Degree(line));
    }

    [Fact]
    public void A_degree_with_a_dot_before_its_school_on_one_line_is_read_with_the_school()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\n\nEDUCATION\nM.Tech. Visveswariah Technogical University, India.\nB.E. (Electronics and Communication), Karnataka University, India.\n\n"
            + "SUMMARY\nHolds a Bachelor of Science Rutgers University degree.\n"), Today);
        Assert.Equal([("M.Tech.", "Visveswariah Technogical University"), ("B.E.", "Karnataka University")], r.Education.Select(e => (e.Degree, e.Institution)));
        Assert.Equal(["M.Tech.", "B.E. (Electronics and Communication)", "Bachelor of Science"], r.MentionedDegrees);
        Assert.Equal(["Visveswariah Technogical University", "Karnataka University", "Rutgers University"], r.MentionedSchools);
        Assert.Equal(("B.Tech.", "Computer Science"), Lexicon.Degree("B.Tech. in Computer Science"));
    }

    [Theory]
    [InlineData("Master of Software Engineering", "Master of Software Engineering", "Software Engineering")]
    [InlineData("Bachelor of Electrical Engineering", "Bachelor of Electrical Engineering", "Electrical Engineering")]
    [InlineData("Master of Electrical and Information Engineering", "Master of Electrical and Information Engineering", "Electrical and Information Engineering")]
    [InlineData("Master of Project Management, Carnegie Mellon", "Master of Project Management", "Project Management, Carnegie Mellon")]
    [InlineData("Master of Software Engineering in Embedded Systems", "Master of Software Engineering", "Software Engineering, Embedded Systems")]
    [InlineData("Bachelor of Arts English", "Bachelor of Arts", "English")]
    [InlineData("Master of Science Computer Science", "Master of Science", "Computer Science")]
    [InlineData("Master of Education", "Master of Education", null)]
    public void A_degree_named_by_its_subject_after_of_keeps_the_whole_name(string line, string degree, string? field)
    {
        Assert.Equal((degree, field), Lexicon.Degree(line));
    }

    [Theory]
    [InlineData("Master of Business Administration (MBA) in Finance", "Master of Business Administration", "Finance")]
    [InlineData("Masters of Law (LL.M) in International and Comparative Law", "Masters of Law", "International and Comparative Law")]
    [InlineData("Master of Science (M.Sc.) in Computer Science", "Master of Science", "Computer Science")]
    [InlineData("Bachelor of Science (Honors) in Biology", "Bachelor of Science", "Biology")]
    public void A_degree_with_its_short_name_in_brackets_before_the_field_is_a_degree(string line, string degree, string field)
    {
        Assert.Equal((degree, field), Lexicon.Degree(line));
        var r = Parser.Parse(ExtractedText.FromPlainText($"Jo Example\n\nEDUCATION\n{line}\nVrije Universiteit Brussel, 1984\n"), Today);
        Assert.Contains(r.Education, e => e.Degree == degree && e.Field == field && e.AsWritten == line);
    }

    [Theory]
    [InlineData("Bachelor of Arts (Cum Laude)", "Cum Laude")]
    [InlineData("MBA (Finance)", "Finance")]
    public void A_bracket_that_ends_a_degree_is_still_its_field(string line, string field)
    {
        Assert.Equal(field, Lexicon.Degree(line)?.Field);
        // Before a comma too, when the line is read whole; the education section reads its cells apart, where the bracket
        // stays the first cell's field.
        Assert.Equal(("Bachelor of Technology", "Computer Science"), Lexicon.Degree("Bachelor of Technology (B.Tech), Computer Science"));
    }

    [Theory]
    // Three Dotin tuning résumés: a graduation month in the degree's bracket, a Latin honour in it, one after the field.
    [InlineData("Bachelor of Science in Computer Science (June 2001)", "Bachelor of Science", "Computer Science", "Bachelor of Science in Computer Science")]
    [InlineData("Bachelor of Science in Computer Science (Cum Laude honors conferred)", "Bachelor of Science", "Computer Science", "Bachelor of Science in Computer Science")]
    [InlineData("Bachelor of Arts in English Literature summa cum laude - GPA 3.8", "Bachelor of Arts", "English Literature", "Bachelor of Arts in English Literature")]
    public void A_graduation_month_or_a_latin_honour_after_a_degree_is_not_its_field(string line, string degree, string field, string written)
    {
        var r = Parser.Parse(ExtractedText.FromPlainText($"Jo Example\n\nEDUCATION\nUniversity of Cleveland, Cleveland, Ohio\n{line}\n"), Today);
        var entry = Assert.Single(r.Education);
        Assert.Equal((degree, field, written), (entry.Degree, entry.Field, entry.AsWritten));
    }

    [Theory]
    // Degrees of Dotin tuning résumés, as their education entries showed them: the words around the subject were the field
    // ("with Honors in Information Technology"), the short form was ("MBA"), the end of the degree's name was ("and Administration").
    [InlineData("MBA with an emphasis in International Business", "MBA", "International Business")]
    [InlineData("B.Tech with Honors in Information Technology", "B.Tech", "Information Technology")]
    [InlineData("BACHELOR OF ARTS, MAJOR IN MUSIC", "BACHELOR OF ARTS", "MUSIC")]
    [InlineData("Bachelor of Technology [B.Tech] Specialization: Bio-Informatics", "Bachelor of Technology", "Bio-Informatics")]
    [InlineData("Master of Business Administration (MBA)", "Master of Business Administration", null)]
    [InlineData("Bachelor of Science (B.Sc.)", "Bachelor of Science", null)]
    [InlineData("Bachelor in Business and Administration", "Bachelor in Business and Administration", null)]
    [InlineData("Master of Science and Engineering", "Master of Science and Engineering", null)]
    public void An_education_entry_shows_the_subject_alone_as_its_field(string line, string degree, string? field)
    {
        var r = Parser.Parse(ExtractedText.FromPlainText($"Jo Example\n\nEDUCATION\n{line}\nBoston University, Boston, MA | Aug 2017 - May 2018\n"), Today);
        var entry = Assert.Single(r.Education);
        Assert.Equal((degree, field, line), (entry.Degree, entry.Field, entry.AsWritten));
    }

    [Fact]
    public void A_degree_named_only_by_its_front_beside_the_whole_is_named_once()
    {
        // Dotin tuning résumés: the degree's subject in the next cell, and a short degree beside its long form.
        var r = Parser.Parse(ExtractedText.FromPlainText(
            "Jo Example\nE: jo@example.org    BSc (Hons)  Marketing  Nuneaton University 2005 - 2008\n\nPROFILE\nI hold an MBA in Finance and a PhD.\n"
            + "Completed MBA in 2010.\n"), Today);
        Assert.Contains("BSc (Hons) Marketing", r.Education.Select(e => e.AsWritten));
        Assert.DoesNotContain("BSc (Hons)", r.MentionedDegrees);
        Assert.DoesNotContain("MBA", r.MentionedDegrees);
        Assert.Contains("MBA in Finance", r.MentionedDegrees);
        Assert.Contains("PhD", r.MentionedDegrees);
    }

    [Fact]
    public void A_school_without_a_school_word_is_the_cell_after_a_degree_and_before_a_city_and_country()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText("Jo Example\n\nEducation\n2009 – 2012 PhD in Computer Science, CalTech, Pasadena, USA\n"
            + "2005 – 2009 Bachelor of Science in Biology, Waukegan, IL\n"), Today);
        Assert.Equal(2, r.Education.Count);
        Assert.Equal(("CalTech", 2012), (r.Education[0].Institution, r.Education[0].Year));
        Assert.Equal(("Bachelor of Science", null, 2009), (r.Education[1].Degree, r.Education[1].Institution, r.Education[1].Year));
    }

    [Fact]
    public void A_long_role_header_that_opens_with_its_title_is_a_role()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText("Jordan Evans\njordan@example.com\n\nEXPERIENCE\n"
            + "Senior Business Systems Analyst, Harbor Point Credit Company, Stamford, CT — Jun 2023 – Present\nBSA for card issuing and payments.\n\n"
            + "Business Systems Analyst, Harbor Point Credit Company, Stamford, CT — May 2020 – May 2023\n• Wrote SQL checks.\n\n"
            + "Worked with the finance team and the vendor on the data migration and the card portfolio from Jan 2019 – Apr 2020 with care\n"), Today);
        Assert.Equal([("Senior Business Systems Analyst", new DateOnly(2023, 6, 1)), ("Business Systems Analyst", new DateOnly(2020, 5, 1))],
            r.Roles.Select(x => (x.Title, x.Start)));
        Assert.All(r.Roles, x => Assert.Equal("Harbor Point Credit Company", x.Employer));
    }

    [Fact]
    public void A_school_is_read_between_a_degree_and_its_year_and_a_state_university_keeps_its_campus()
    {
        var r = Parser.Parse(ExtractedText.FromPlainText("Jo Example\n\nEducation\nMaster of Business Administration in Finance, UNC Charlotte, 2012\n"
            + "Bachelor of Science in Computer Science, California State University, Sacramento, 2010\n"
            + "Master of Science in Biology, University of Washington, Seattle, WA, 2008\n"
            + "Bachelor of Arts in English, Sociology, 2005\nBachelor of Arts in History, Cum Laude, 2001\n"), Today);
        Assert.Equal(["UNC Charlotte", "California State University, Sacramento", "University of Washington", null, null],
            r.Education.Select(e => e.Institution));
        Assert.Equal([2012, 2010, 2008, 2005, 2001], r.Education.Select(e => e.Year));
    }

    [Theory]
    [InlineData("alfred_pennyworth_pm.pdf", "Alfred Pennyworth", "alfred.pennyworth@email.com", "Google", "Product Manager")]
    [InlineData("barry_allen_fe.pdf", "Barry Allen", "allthe.stars@google.com", "Google", "Front-End Developer")]
    [InlineData("bruce_wayne_fullstack.pdf", "Bruce Wayne", "bwayne@email.com", "OpenAI", "MERN Stack Developer")]
    [InlineData("harvey_dent_mle.pdf", "Harvey Dent", "hdent@email.com", "OpenAI", "Machine Learning Engineer")]
    [InlineData("john_doe.pdf", "JOHN DOE", "john.doe@email.com", "ABC Company, Inc.", null)]
    public void Parses_the_sample_pdfs(string file, string name, string email, string firstEmployer, string? headline)
    {
        var path = Path.Combine(Repo.Data("resumes", "pdf-samples"), file);
        Assert.True(File.Exists(path), $"Missing sample {path}");
        var r = Parser.Parse(TextExtractor.Extract(File.ReadAllBytes(path), file, Patience.Limits), Today);
        Assert.Equal(name, r.Name);
        Assert.Equal(email, r.Email);
        Assert.Equal(firstEmployer, r.Roles.Count > 0 ? r.Roles[0].Employer : null);
        // The template's headline stands after its address ("123 Gotham St", "Google HQ, Mountain View, CA, USA") and its icons
        // with handles ("ð apennyworth"), in a column beside one ("Product Manager    § apennyworth").
        Assert.Equal(headline, r.Headline);
        Assert.NotEmpty(r.Education);
        Assert.True(r.TotalYears > 1);
    }

    /// <summary>Employers from roles and named anywhere, as the evaluation scores them.</summary>
    private static List<string> Employers(ParsedResume r) => [.. r.Roles.Select(x => x.Employer).OfType<string>().Concat(r.MentionedEmployers)];

    /// <summary>Titles from roles and named anywhere, as the evaluation scores them.</summary>
    private static List<string> Titles(ParsedResume r) => [.. r.Roles.Select(x => x.Title).OfType<string>().Concat(r.MentionedTitles)];
}
