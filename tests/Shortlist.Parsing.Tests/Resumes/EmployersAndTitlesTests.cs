using Shortlist.Parsing.Resumes;
using Shortlist.Parsing.Tests.Support;
using Shortlist.Parsing.Text;

namespace Shortlist.Parsing.Tests.Resumes;

/// <summary>Role titles and employers: what is kept as a title or an employer, and what is not.</summary>
public class EmployersAndTitlesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly ResumeParser Parser = new(TestTaxonomy.Matcher);

    private static ParsedResume Parse(string text) => Parser.Parse(ExtractedText.FromPlainText(text), Today);

    [Fact]
    public void A_role_title_holds_a_word_titles_are_made_of()
    {
        var r = Parse("Experience\n\nInnovate My School\nAcme Widgets Ltd\nJan 2015 - Dec 2016\nBuilt the timetable tool.\n\n"
            + "Park Ranger\nYellowstone National Park\nMar 2012 - Dec 2014\nLed tours.\n");
        Assert.Equal(2, r.Roles.Count);
        Assert.Null(r.Roles[0].Title);
        Assert.Equal("Park Ranger", r.Roles[1].Title);
        Assert.True(MentionReader.HoldsTitleWord("Director of Finance / Program Management"));
        Assert.True(MentionReader.HoldsTitleWord("Business Development Rep"));
        Assert.False(MentionReader.HoldsTitleWord("Academic Details"));
        Assert.False(MentionReader.HoldsTitleWord("Personal Injury"));
    }

    [Theory]
    [InlineData("Oklahoma")]
    [InlineData("TX")]
    [InlineData("Part Time")]
    [InlineData("Self Employed")]
    [InlineData("License Number 10760")]
    [InlineData("Chair")]
    [InlineData("Technologies")]
    [InlineData("Inc")]
    [InlineData("Sales")]
    [InlineData("XXXXXXX")]
    [InlineData("London")]
    [InlineData("Oklahoma City")]
    [InlineData("Bogotá")]
    public void A_region_a_kind_of_work_or_a_label_is_not_an_employer(string value) => Assert.Null(RoleReader.CleanEmployer(value));

    [Fact]
    public void A_kind_of_work_the_taxonomy_names_is_not_an_employer_but_a_platform_vendor_is()
    {
        var r = Parse("Experience\n\nBusiness Analyst\nCore Banking\nJan 2015 - Dec 2016\nMapped payment flows.\n\n"
            + "Functional Consultant\nSAP\nMar 2012 - Dec 2014\nLed fit-gap workshops.\n");
        Assert.Equal(2, r.Roles.Count);
        Assert.Null(r.Roles[0].Employer);
        Assert.Equal("Business Analyst", r.Roles[0].Title);
        Assert.Equal("SAP", r.Roles[1].Employer);
        Assert.DoesNotContain("Core Banking", r.MentionedEmployers, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_school_below_college_level_named_in_the_experience_section_is_an_employer()
    {
        var r = Parse("Education\n\nArlington High School, Arlington, Virginia 2002\nBachelor of Science in Education, Wayne State College, 2006\n\n"
            + "Experience\n\nSubstitute Teacher, Lane High School, 2006 - 2008\nStudent Teaching PATTON ELEMENTARY SCHOOL, Spring 2006\n"
            + "Tutor for Baltimore County Public Schools and the Cameron School of Business\nReading aide, Kenny Elementary, 2005\nTaught at the after school club and in a High School classroom.\n");
        Assert.Contains("Lane High School", r.MentionedEmployers);
        Assert.Contains("PATTON ELEMENTARY SCHOOL", r.MentionedEmployers);
        Assert.Contains("Baltimore County Public Schools", r.MentionedEmployers);
        Assert.Contains("Kenny Elementary", r.MentionedEmployers);
        Assert.DoesNotContain(r.MentionedEmployers, e => e.Contains("Arlington", StringComparison.Ordinal) || e.Contains("Cameron", StringComparison.Ordinal)
            || e.Equals("High School", StringComparison.OrdinalIgnoreCase) || e.Contains("Teach", StringComparison.OrdinalIgnoreCase));

        // A word of 2,000 letters or a line of capitalised words before a school word: no name longer than 70 characters, no timeout.
        var hostile = Parse("Experience\n\nQ" + new string('q', 1979) + " High School\n" + string.Concat(Enumerable.Repeat("Aaaa ", 390)) + "School of Law\n"
            + string.Concat(Enumerable.Repeat("Bbbbbb ", 280)) + "Elementary\n");
        Assert.All(hostile.MentionedEmployers, e => Assert.True(e.Length <= 70, e));
    }

    [Fact]
    public void A_legal_form_after_a_comma_ends_the_employer_before_it()
    {
        var r = Parse("Career\n\nThe Product Engine, Inc.  Odessa, Ukraine\nLead developer for Ratio DesignLab, Inc. and AppForge, Inc., Atlanta.\n");
        Assert.Contains("The Product Engine, Inc.", r.MentionedEmployers);
        Assert.Contains("Ratio DesignLab, Inc.", r.MentionedEmployers);
        Assert.Contains("AppForge, Inc.", r.MentionedEmployers);
        Assert.DoesNotContain(Parse("Summary\n\nThe Company provides logistics software to retailers.\nThe LLC was formed in 2010.\n").MentionedEmployers,
            e => e.StartsWith("The", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_does_not_keep_the_bullet_run_into_it()
    {
        var r = Parse("Profile\n\nSenior Profit Manager• Personnel Management\n");
        Assert.Contains("Senior Profit Manager", r.MentionedTitles);
        Assert.DoesNotContain(r.MentionedTitles, t => t.Contains('•', StringComparison.Ordinal));
    }

    [Fact]
    public void One_title_word_opening_a_line_before_an_organisation_is_a_title()
    {
        var r = Parse("Teaching\n\nInstructor, University of Washington (2006, 2008): taught two courses.\n2011 to 2013: Dean, School of Law\n"
            + "Waitress: Cheesecake Factory, summers\nManager of the year award\nCoordinator, then consultant for the same firm\n");
        Assert.Contains("Instructor", r.MentionedTitles);
        Assert.Contains("Dean", r.MentionedTitles);
        Assert.Contains("Waitress", r.MentionedTitles);
        Assert.DoesNotContain("Manager", r.MentionedTitles);
        Assert.DoesNotContain("Coordinator", r.MentionedTitles);
    }

    [Fact]
    public void Joining_words_in_capitals_join_as_they_do_in_lower_case()
    {
        var r = Parse("Additional Information\n\nDIRECTOR OF MERCHANDISING, Marketing Department\nSENIOR ANALYST AT NORTHWIND TRADERS\n"
            + "1999-2002: REGIONAL REPRESENTATIVE FOR HORN OF AFRICA FOR\nOXFAM AUSTRALIA\n");
        Assert.Contains("DIRECTOR OF MERCHANDISING", r.MentionedTitles);
        Assert.Contains("NORTHWIND TRADERS", r.MentionedEmployers);
        Assert.DoesNotContain(r.MentionedEmployers, e => e.EndsWith("FOR", StringComparison.Ordinal));
    }

    [Fact]
    public void A_vendors_product_named_after_the_vendor_is_not_an_employer_but_the_vendor_is()
    {
        // The layout of an exported job-site résumé: the title, the employer with a dash, the years.
        var r = Parse("WORK EXPERIENCE\n\nCloud Engineer\n\nMicrosoft Azure -\n\n2015 to 2016\n\nMoved the payments platform.\n\n"
            + "Sales Engineer\nMicrosoft Corporation\nMar 2012 - Dec 2014\nRan proofs of concept.\n\n"
            + "Consultant\nMicrosoft\nJan 2010 - Feb 2012\nLed fit-gap workshops.\n\nImplementation Lead\nEpic Systems\nMar 2008 - Dec 2009\nRan go-lives.\n");
        Assert.Equal(4, r.Roles.Count);
        Assert.Null(r.Roles[0].Employer);
        Assert.Equal("Cloud Engineer", r.Roles[0].Title);
        Assert.Equal(["Microsoft Corporation", "Microsoft", "Epic Systems"], r.Roles.Skip(1).Select(x => x.Employer));
        Assert.DoesNotContain("Microsoft Azure", r.MentionedEmployers, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_title_of_something_is_a_title_not_an_employer()
    {
        Assert.True(RoleReader.IsTitleOf("Professor of Information Systems"));
        Assert.True(RoleReader.IsTitleOf("Webmaster for Cameron School of Business"));
        Assert.False(RoleReader.IsTitleOf("Bank of America"));
        Assert.False(RoleReader.IsTitleOf("Systems Engineering Services of Ohio"));
        Assert.Equal(("Professor of Information Systems", null, null), RoleReader.Assign(["Professor of Information Systems"]));
        Assert.Equal("Page 11 of 15 is not a name", RoleReader.PlausibleName("Page 11 of 15") ? "a name" : "Page 11 of 15 is not a name");
        var r = Parser.Parse(ExtractedText.FromPlainText("Experience\n\nAcme Widgets Ltd, Tulsa\nSelf Employed\nJan 2015 - Dec 2016\nBuilt things.\n"), Today);
        Assert.DoesNotContain(r.Roles.Select(x => x.Employer).Concat(r.MentionedEmployers), e => e is "Self Employed");
    }

    [Theory]
    [InlineData("Oakton Elementary School, 4 grade, District 65", "Oakton Elementary School")]
    [InlineData("Camp Echo, Grades 3-8", "Camp Echo")]
    [InlineData("Company Name Inc., Full time", "Company Name Inc.")]
    [InlineData("UST-GLOBAL, Consulting at Johnson & Johnson", "UST-GLOBAL")]
    [InlineData("Bank of America, Charlotte, NC", "Bank of America, Charlotte")]
    public void A_note_after_the_employer_is_left_out(string value, string expected) => Assert.Equal(expected, RoleReader.CleanEmployer(value));

    [Fact]
    public void Titles_named_as_one_word_at_law_and_joined_in_capitals()
    {
        var r = Parse("Jane Roe\n\nSummary\nTen years as a Teacher in public schools, then served as a manager of stores.\n\nRESUME  Jane Roe  ATTORNEY AT LAW  12 Pacific Ave.\n");
        Assert.Contains("Teacher", r.MentionedTitles);
        Assert.DoesNotContain(r.MentionedTitles, t => t.Equals("manager", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("ATTORNEY AT LAW", r.MentionedTitles);
        Assert.DoesNotContain("LAW", r.MentionedEmployers, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["LEGAL OFFICER", "ACTING REGISTRAR"], MentionReader.TitleParts("LEGAL OFFICER AND ACTING REGISTRAR"));
        Assert.Equal(["Clinical Test Interpreter", "Data Analyst"], MentionReader.TitleParts("Clinical Test Interpreter and Data Analyst"));
    }

    [Fact]
    public void Header_cells_dated_with_a_placeholder_year_or_a_month_range()
    {
        var r = Parse("Tim Schaefer\n\nRELATED EXPERIENCE\nDay Care Teacher, The Growing Place, DeKalb, IL, April - August 20XX\nLed the toddler room.\n\n"
            + "DeKalb High School, DeKalb, IL, Spring 20XX\nOrganized units on fitness.\n");
        Assert.Contains("The Growing Place", r.MentionedEmployers);
        Assert.Contains("Day Care Teacher", r.MentionedTitles);
        Assert.Contains("DeKalb High School", r.MentionedEmployers);
    }

    [Fact]
    public void A_title_does_not_take_a_body_a_region_or_a_legal_form_before_it()
    {
        var r = Parse("Jo Smith\n\nMember, North Atlantic Region Association for Counselor Education and Supervision.\n"
            + "Worked at Infosys Ltd Technology Analyst on billing.\nLicensed California Teacher for grades 1-8.\n");
        Assert.DoesNotContain(r.MentionedTitles, t => t.Contains("Association", StringComparison.Ordinal) || t.Contains("Ltd", StringComparison.Ordinal) || t.Contains("California", StringComparison.Ordinal));
        Assert.Contains("Technology Analyst", r.MentionedTitles);
    }

    [Fact]
    public void A_private_limited_company_written_with_a_bracketed_p()
    {
        var r = Parse("Ravi Kumar\n\nSr. Software Engineer    Twist Mobile India (P) Ltd, Indore, India  Gameshastra Solutions (P) Ltd, Hyderabad, India\n");
        Assert.Contains("Gameshastra Solutions (P) Ltd", r.MentionedEmployers);
        Assert.Contains("Twist Mobile India (P) Ltd", r.MentionedEmployers);
    }

    [Theory]
    [InlineData("Web Developer Consultant (at McGraw Hill Education)", "Web Developer Consultant")]
    [InlineData("IT Consultant for Merrill Lynch", "IT Consultant")]
    [InlineData("PTC Therapeutics, Software Engineering Contractor", "Software Engineering Contractor")]
    [InlineData("Parts, Service & Motorcraft Sales Specialist", "Parts, Service & Motorcraft Sales Specialist")]
    [InlineData("System Administrator 20 % part time", "System Administrator")]
    [InlineData("Website Administrator P/T", "Website Administrator")]
    [InlineData("WEBSITE ADMINISTRATOR (P/T)", "WEBSITE ADMINISTRATOR")]
    [InlineData("System Administrator (20 % part time)", "System Administrator")]
    [InlineData("Bangalore Project Trainee", "Project Trainee")]
    [InlineData("San Diego Physician", "Physician")]
    [InlineData("Tampa Bay Paralegal", "Tampa Bay Paralegal")]
    [InlineData("IT Project Manager", "IT Project Manager")]
    [InlineData("Boston Scientific Engineer", "Boston Scientific Engineer")]
    [InlineData("Paralegal Volunteer (4 hours a week)", "Paralegal Volunteer")]
    [InlineData("Tutor (2.5 days per week, term time)", "Tutor")]
    [InlineData("Analyst (24 Hours Support Desk)", "Analyst (24 Hours Support Desk)")]
    [InlineData("Java Technology Consultant:", "Java Technology Consultant")]
    [InlineData("(Microsoft Partner Readiness Operations Project Manager (APAC))", "Microsoft Partner Readiness Operations Project Manager (APAC)")]
    [InlineData("(Contract) Business Analyst (Payments)", "(Contract) Business Analyst (Payments)")]
    public void A_title_without_its_employer_or_hours(string title, string expected) => Assert.Equal(expected, MentionReader.CleanTitle(title));

    [Theory]
    [InlineData("Optimistic Project Manager", "Project Manager")]
    [InlineData("Outstanding First Year Teacher", "First Year Teacher")]
    [InlineData("Top Performing Program Manager", "Program Manager")]
    [InlineData("3 Manager", "Manager")]
    [InlineData("Senior Project Manager", "Senior Project Manager")]
    [InlineData("Best Buy Store Manager", "Best Buy Store Manager")]
    [InlineData("Experienced Associate", "Experienced Associate")]
    [InlineData("Experienced Teacher", "Teacher")]
    [InlineData("Skilled Machinist", "Machinist")]
    [InlineData("2 years Project Manager", "2 years Project Manager")]
    [InlineData("Project Manager @ Acme Corp", "Project Manager @ Acme Corp")]
    public void A_title_is_read_without_praise_or_a_count_before_it(string value, string expected) => Assert.Equal(expected, MentionReader.CleanTitle(value));

    [Fact]
    public void A_title_is_read_without_an_address_run_into_it()
    {
        var r = Parse("Laticia Mante\nHouston, TX 77005\n\nSummary\nLaticia Mante  Tel: (123)345-7890 \u25cf Daysi.Kertzmann@gmail.com Director of Field Operations\n");
        Assert.Contains("Director of Field Operations", r.MentionedTitles);
        Assert.DoesNotContain(r.MentionedTitles, t => t.Contains('@', StringComparison.Ordinal) || !t.Any(char.IsLetter));
    }

    [Fact]
    public void Service_awards_and_affiliations_under_their_own_headings_are_not_jobs()
    {
        var r = Parse("Jo Example\njo@example.org\n\nACADEMIC APPOINTMENTS\nAssociate Professor, University of Missouri School of Social Work\n2012 – Present\n\n"
            + "UNIVERSITY SERVICE\nSearch Committee, School of Social Work\n2015 – 2017\nFaculty Council on College Policy\n2013 – 2014\n\n"
            + "HONORS AND AWARDS\nDistinguished Service, Prevent Child Abuse Missouri\n2011\n\n"
            + "PROFESSIONAL AFFILIATIONS\nBoard Member, National Association of Social Workers\n2010 – 2014\n");
        var role = Assert.Single(r.Roles);
        Assert.Equal("Associate Professor", role.Title);
        Assert.Equal("University of Missouri School of Social Work", role.Employer);
    }

    [Fact]
    public void A_current_position_and_internships_open_the_experience()
    {
        var r = Parse("Jo Example\njo@example.org\n\nEDUCATION\nBSc Computer Science, University of Leeds, 2012\n\nCURRENT POSITION\n"
            + "Product Manager, Acme Corp\n2019 – Present\n\nINTERNSHIPS\nAnalyst Intern, Beta Ltd\nJun 2011 – Aug 2011\n");
        Assert.Equal(["Product Manager", "Analyst Intern"], r.Roles.Select(x => x.Title));
        Assert.Equal(["Acme Corp", "Beta Ltd"], r.Roles.Select(x => x.Employer));
    }

    [Fact]
    public void Entries_written_as_dates_over_title_over_employer_are_read_downwards()
    {
        // Europass CVs: the dates, then the title, then the employer and its city with the country in brackets.
        var r = Parse("Jo Example\njo@example.org\n\nWORK EXPERIENCE\n18/06/2014 – Present\nAssociate Attorney\nRödl & Partner, Padua (Italy)\n"
            + "Corporate and contract law\n02/07/2009 – 01/10/2010\nTrainee Lawyer\nStudio Legale Curtarello, Padua (Italy)\nCivil law and contract law\n"
            + "01/09/2007 – 30/11/2007\nIntern\nGeneral Consulate of Italy, Sydney (Australia)\nOrganising meetings\n");
        Assert.Equal(["Associate Attorney", "Trainee Lawyer", "Intern"], r.Roles.Select(x => x.Title));
        Assert.Equal(["Rödl & Partner", "Studio Legale Curtarello", "General Consulate of Italy"], r.Roles.Select(x => x.Employer));
        Assert.Equal("2014-06", r.Roles[0].Start?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        // "02/07/2009" could be February or July; the résumé's other dates put the day first, so it is July.
        Assert.Equal("2009-07", r.Roles[1].Start?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2010-10", r.Roles[1].End?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2007-09", r.Roles[2].Start?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2007-11", r.Roles[2].End?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Search and Screen Committee for Dean")]
    [InlineData("Program Review Committee for Department of English")]
    [InlineData("Board of Directors")]
    [InlineData("Master of Public Administration Advisory Board")]
    [InlineData("Sanctuary Advisory Council")]
    public void A_body_one_serves_on_is_not_an_employer(string value) => Assert.False(RoleReader.PlausibleName(value));

    [Fact]
    public void A_description_that_opens_with_a_verb_of_work_is_not_an_employer()
    {
        Assert.False(RoleReader.PlausibleName("Taught Introduction to Systems Engineering classes"));
        Assert.False(RoleReader.PlausibleName("Managed Accounts Payable Operations"));
        Assert.True(RoleReader.PlausibleName("Training Partners Ltd"));
        Assert.True(RoleReader.PlausibleName("Ozark Business Solutions"));
        var r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nGraduate Teaching Assistant\nAug 2012 - May 2013\nTaught Introduction to Systems Engineering classes\n");
        var role = Assert.Single(r.Roles);
        Assert.Equal(("Graduate Teaching Assistant", null), (role.Title, role.Employer));
    }

    [Fact]
    public void A_list_of_technologies_beside_a_role_is_not_an_employer_and_its_place()
    {
        var r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\n12/2011 - 10/2012\nThe Product Engine, Inc.\nJunior QA Engineer\n"
            + "Java SE, TestNG, Selenium, Ant, SQL, XML, XPath, Subversion\nWrote automated tests.\n\nAcme Widgets, Boston, MA\nJan 2010 - Nov 2011\nQA Intern\n");
        Assert.DoesNotContain(r.MentionedEmployers, e => e.Contains("TestNG", StringComparison.Ordinal));
        Assert.Contains("Acme Widgets", r.MentionedEmployers);
    }

    [Fact]
    public void The_rest_of_a_phrase_cut_at_a_joining_word_is_not_an_employer()
    {
        var r = Parse("Jo Example\njo@example.org\n\nSUMMARY\nTrusted Financial Executive with CFO- and CIO-level responsibilities; adds transparency to projects.\n");
        Assert.DoesNotContain(r.MentionedEmployers, e => e.StartsWith("and ", StringComparison.Ordinal));
        Assert.Contains("Financial Executive", r.MentionedTitles);
    }

    [Fact]
    public void A_title_and_an_employer_either_side_of_a_colon_are_told_apart()
    {
        var r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nDirector/Producer: Atlantis Documentary, Chicago, IL, January 2012-Present\n"
            + "DePaul Community Service Association: Senior Team Lead, Chicago, IL, August 2009-June 2011\nPosition: PHP Developer, June 2005 - May 2009\n");
        Assert.Equal(["Director/Producer", "Senior Team Lead", "PHP Developer"], r.Roles.Select(x => x.Title));
        Assert.Equal(["Atlantis Documentary", "DePaul Community Service Association", null], r.Roles.Select(x => x.Employer));
        Assert.Equal("Chicago, IL", r.Roles[0].Location);
    }

    [Fact]
    public void An_employer_over_dates_alone_opens_the_next_entry()
    {
        // The first entry names no title or employer the reader knows; the line under it still belongs to the next entry.
        var r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nOle Lounge: Bartender/ Server, Chicago, IL, August 2008-January 2009\nDePaul University, Chicago, IL\n"
            + "Sept 2012 – Present\nHelp Desk Associate\nAct as first point of contact for the technology department.\n");
        Assert.Equal(2, r.Roles.Count);
        Assert.NotEqual("DePaul University", r.Roles[0].Employer);
        Assert.Equal("Help Desk Associate", r.Roles[1].Title);
        Assert.Equal("DePaul University", r.Roles[1].Employer);
    }

    [Theory]
    [InlineData("Customer Service", null)]
    [InlineData("United States Postal Service", null)]
    [InlineData("Office of Student Activities", null)]
    [InlineData("SAGE Publications", null)]
    [InlineData("Vice President of Strategic Projects", null)]
    [InlineData("Senior Director of Customer Experience", null)]
    [InlineData("Bachelor of Arts, Elementary Education", null)]
    [InlineData("UNIVERSITY SERVICE", SectionKind.Other)]
    [InlineData("PEER REVIEWED PUBLICATIONS", SectionKind.Other)]
    [InlineData("Professional Affiliations", SectionKind.Other)]
    [InlineData("Adjunct Academic Positions", SectionKind.Experience)]
    [InlineData("Internships", SectionKind.Experience)]
    [InlineData("Senior Management Experience", SectionKind.Experience)]
    [InlineData("Grants", SectionKind.Other)]
    [InlineData("Project Details", SectionKind.Projects)]
    public void Job_lines_ending_in_a_section_word_are_no_headings(string line, SectionKind? kind) => Assert.Equal(kind, Sections.HeadingKind(line));

    [Fact]
    public void An_employer_named_like_a_service_keeps_its_roles()
    {
        var r = Parse("Jo Example\njo@example.org\n\nPROFESSIONAL EXPERIENCE\nMail Carrier\nUnited States Postal Service\nJan 2015 - Present\n"
            + "Delivered mail on a rural route.\n\nWarehouse Associate\nAmazon\nJan 2012 - Dec 2014\nPicked and packed orders.\n");
        Assert.Equal(["United States Postal Service", "Amazon"], r.Roles.Select(x => x.Employer));
    }

    [Fact]
    public void A_heading_beside_an_unrecognised_main_one_does_not_hide_its_roles()
    {
        var r = Parse("Will Stokes\nwill@example.org\nCAREER OVERVIEW\nASSOCIATE PRINCIPAL (8/01 to Present) eClerx, Austin, TX\nLed the analytics practice.\n\n"
            + "EARLY CAREER\nAnalyst, Dell Inc., 1995 - 1998\n");
        Assert.Equal(["eClerx", "Dell Inc."], r.Roles.Select(x => x.Employer));
    }

    [Theory]
    [InlineData("18/06/2014 – Present\nAssociate Attorney\nRödl & Partner, Padua (Italy)\n01/10/2012 – 30/05/2014\nLegal Trainee\nStudio Legale Rossi, Padua (Italy)\n",
        "Rödl & Partner|Studio Legale Rossi")]
    [InlineData("2018 - Present\nSenior Developer\nAcme Corp, London\n2014 - 2018\nDeveloper\nBeta Ltd, Leeds\n", "Acme Corp|Beta Ltd")]
    [InlineData("Jan 2015 - Present\nAcme Corp\nJan 2010 - Dec 2014\nBeta Inc\n", "Acme Corp|Beta Inc")]
    [InlineData("Jan 2019 - Present\nProduct Manager\nGoogle, Mountain View, CA\nLed launches.\nDeloitte, New York, NY\nJan 2015 - Dec 2018\nSenior Analyst\n"
        + "Advised clients on strategy and operations across retail.\n", "Google|Deloitte")]
    [InlineData("Manager: Operations\nAcme Corp, Boston, MA\nJan 2016 - Present\n", "Acme Corp")]
    [InlineData("Teacher: Grade 5\nLincoln Elementary School\n2010 - 2014\n", "Lincoln Elementary School")]
    [InlineData("Economist\nBoard of Governors of the Federal Reserve System\n2010 - 2015\n", "Board of Governors of the Federal Reserve System")]
    public void Entries_without_descriptions_or_in_mixed_layouts_keep_their_own_employers(string entries, string employers)
    {
        var r = Parse("Jo Example\njo@example.org\n\nWORK EXPERIENCE\n" + entries);
        Assert.Equal(employers.Split('|'), r.Roles.Select(x => x.Employer));
    }

    [Fact]
    public void Firms_named_like_places_or_bodies_stay_employers()
    {
        Assert.Null(Contact.Place("Siemens (Germany)"));
        Assert.NotNull(Contact.Place("Padua (Italy)"));
        Assert.True(RoleReader.PlausibleName("The Advisory Board Company"));
        Assert.True(RoleReader.PlausibleName("Steering Group Ltd"));
        Assert.Equal("Providence", RoleReader.CleanEmployer("Providence"));
        Assert.Equal("Halifax", RoleReader.CleanEmployer("Halifax"));
    }

    [Fact]
    public void A_client_or_a_project_after_a_colon_is_not_the_employer()
    {
        var client = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nCompany: Tata Consultancy Services\nDesignation: Business Analyst\n"
            + "Duration: June 2016 – Present\nClient: HDFC Bank\nGathered requirements for the loans platform.\n");
        Assert.DoesNotContain(client.Roles, x => x.Employer == "HDFC Bank");
        var project = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nIT Project Manager: Epic EHR Implementation     Jan 2018 – Present\nLed the rollout.\n");
        var role = Assert.Single(project.Roles);
        Assert.Equal("IT Project Manager", role.Title);
        Assert.NotEqual("Epic EHR Implementation", role.Employer);
    }

    [Fact]
    public void Side_headings_and_labels_inside_jobs_do_not_lose_roles()
    {
        var side = Parse("Jo Example\njo@example.org\n\nKey Achievements\nCut costs by a third.\nCareer Progression\nSenior Analyst, Acme Corp, 2015 - 2019\n"
            + "Analyst, Beta Ltd, 2012 - 2015\n\nInternships\nIntern, Gamma Inc, Jun 2011 - Aug 2011\n");
        Assert.Equal(["Acme Corp", "Beta Ltd", "Gamma Inc"], side.Roles.Select(x => x.Employer));
        var labels = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nBusiness Analyst, Acme Corp, 2015 - 2019\nKey Activities\nGathered requirements.\n"
            + "Project Manager, Beta Ltd, 2010 - 2015\nActivities:\nRan the PMO.\n");
        Assert.Equal(["Acme Corp", "Beta Ltd"], labels.Roles.Select(x => x.Employer));
    }

    [Fact]
    public void The_labels_of_the_older_europass_cv_are_left_out()
    {
        var r = Parse("Jo Example\njo@example.org\n\nWORK EXPERIENCE\nDates 01/10/2012 - 31/05/2014\nOccupation or position held Business Analyst\n"
            + "Name and address of employer Acme Ltd, London (UK)\nMain activities and responsibilities Requirements and testing\n");
        var role = Assert.Single(r.Roles);
        Assert.Equal("Business Analyst", role.Title);
        Assert.Equal("Acme Ltd", role.Employer);
    }

    [Theory]
    [InlineData("1 Year 3 Months")]
    [InlineData("9 Months")]
    [InlineData("(2 yrs)")]
    [InlineData("Industry")]
    [InlineData("HISTORY:")]
    [InlineData("Qualities")]
    [InlineData("PhD")]
    [InlineData("Ph.D.")]
    [InlineData("In")]
    [InlineData("During")]
    [InlineData("Employers name")]
    [InlineData("Company's Name")]
    public void A_duration_a_column_label_or_a_heading_word_is_no_employer(string line)
        => Assert.Null(RoleReader.CleanEmployer(line.TrimEnd(':')));

    [Fact]
    public void A_label_written_under_every_job_keeps_the_later_jobs_in_the_experience()
    {
        var r = Parse("Jo Example\njo@example.org\n\nWORK EXPERIENCE\nBusiness Analyst, Acme Corp, 2015 - 2019\nGathered requirements.\nAchievements:\n"
            + "Cut costs by a third.\nProject Manager, Beta Ltd, 2012 - 2015\nRan the PMO.\nAchievements:\nDelivered on time.\n"
            + "Analyst, Gamma Inc, 2010 - 2012\nAchievements:\nWon an award.\n\nEDUCATION\nBSc, University of Leeds, 2010\n");
        Assert.Equal(["Acme Corp", "Beta Ltd", "Gamma Inc"], r.Roles.Select(x => x.Employer));
        Assert.Single(r.Education);
        // Written once, "Achievements" is a section of its own.
        var once = Parse("Jo Example\njo@example.org\n\nWORK EXPERIENCE\nBusiness Analyst, Acme Corp, 2015 - 2019\nGathered requirements.\n\nAchievements:\n"
            + "Speaker, Regional BA Forum, 2016 - 2017\n");
        Assert.Equal(["Acme Corp"], once.Roles.Select(x => x.Employer));
    }

    [Theory]
    [InlineData("Assistant Bank Manager Resume", "Assistant Bank Manager")]
    [InlineData("Software Engineer Resume Sample www.timesresumes.com", "Software Engineer")]
    [InlineData("Sample Two Page Teacher Resume", null)]
    [InlineData("Education Resume Example - Principal", "Principal")]
    [InlineData("Nursing CV Template: Staff Nurse", "Staff Nurse")]
    [InlineData("Senior Business Analyst - Healthcare", "Senior Business Analyst - Healthcare")]
    public void A_headline_is_read_without_the_documents_name(string line, string? expected)
        => Assert.Equal(expected, Parse($"Maria Lopez\n{line}\nmaria.lopez@example.org\n\nEXPERIENCE\nAnalyst, Acme Corp, 2015 - 2019\n").Headline);

    [Fact]
    public void The_writers_name_before_a_headline_on_one_line_is_neither_headline_nor_title()
    {
        var r = Parse("Allen Neal King ESB Integration Developer - Cisco Systems\nallen.king@example.org\n\nEXPERIENCE\nTechnology Analyst, Infosys, 2012 - 2016\n");
        Assert.Equal("Allen Neal King", r.Name);
        Assert.Equal("ESB Integration Developer - Cisco Systems", r.Headline);
        Assert.DoesNotContain(r.MentionedTitles, t => t.Contains("Allen", StringComparison.Ordinal));
        Assert.Contains("ESB Integration Developer", r.MentionedTitles);
    }

    [Theory]
    [InlineData("5. Academic Studies:", SectionKind.Education)]
    [InlineData("6. Employment History", SectionKind.Experience)]
    [InlineData("IV. Experience", SectionKind.Experience)]
    [InlineData("2) Skills", SectionKind.Skills)]
    [InlineData("1. Microsoft Server Management", null)]
    [InlineData("3) ORACLE PRODUCTION ASSESSMENTS", null)]
    [InlineData("1. Professor Amos Treutel", null)]
    [InlineData("2015. Experience", null)]
    public void A_numbered_heading_is_a_heading(string line, SectionKind? kind) => Assert.Equal(kind, Sections.HeadingKind(line));

    [Theory]
    [InlineData("Other University Service (Selected)", SectionKind.Other)]
    [InlineData("PROFESSIONAL EXPERIENCE (Cont.)", SectionKind.Experience)]
    [InlineData("Related Experiences (Continued)", SectionKind.Experience)]
    [InlineData("CFO & Chief Administrative Officer (contd)", null)]
    [InlineData("Business Analyst (Selected)", null)]
    [InlineData("Partial List of Tools (full list available at myportfolio.com)", SectionKind.Skills)]
    [InlineData("Technical Skills (complete list available on request)", SectionKind.Skills)]
    [InlineData("List of Projects", SectionKind.Projects)]
    [InlineData("Project Manager (list available)", null)]
    public void A_note_after_a_heading_leaves_it_a_heading(string line, SectionKind? kind) => Assert.Equal(kind, Sections.HeadingKind(line));

    [Theory]
    [InlineData("WORK\nEXPERIENCE:", SectionKind.Experience, "WORK EXPERIENCE:")]
    [InlineData("PROFESSIONAL\nLEGAL\nEXPERIENCE:", SectionKind.Experience, "PROFESSIONAL LEGAL EXPERIENCE:")]
    [InlineData("VOLUNTEER\nWORK:", SectionKind.Experience, "VOLUNTEER WORK:")]
    [InlineData("PROFESSIONAL\nSKILLS", SectionKind.Skills, "PROFESSIONAL SKILLS")]
    [InlineData("SKILLS AND\nPERSONAL\nQUALITIES:", SectionKind.Skills, "SKILLS AND PERSONAL QUALITIES:")]
    [InlineData("MEMBERSHIP OF PROFESSIONAL\nASSOCIATIONS:", SectionKind.Other, "MEMBERSHIP OF PROFESSIONAL ASSOCIATIONS:")]
    [InlineData("WORK EXPERIENCE/EMPLOYMENT\nHISTORY:", SectionKind.Experience, "WORK EXPERIENCE/EMPLOYMENT HISTORY:")]
    public void A_heading_wrapped_over_lines_is_one_heading(string heading, SectionKind kind, string joined)
    {
        var sections = Sections.Split(("Jo Example\njo@example.org\n" + heading + "\nAcme Corp").Split('\n'));
        Assert.Equal(2, sections.Count);
        Assert.Equal(["Jo Example", "jo@example.org"], sections[0].Lines);
        Assert.Equal(kind, sections[1].Kind);
        Assert.Equal(joined, sections[1].Heading);
        Assert.Equal(["Acme Corp"], sections[1].Lines);
    }

    [Fact]
    public void Two_headings_one_under_the_other_stay_two()
    {
        var sections = Sections.Split("x@example.org\nEXPERIENCE\nPROJECTS:\nAcme Corp".Split('\n'));
        Assert.Equal([SectionKind.Header, SectionKind.Experience, SectionKind.Projects], sections.Select(x => x.Kind));
    }

    [Fact]
    public void A_credential_named_for_a_kind_of_school_is_not_the_school()
    {
        var r = Parse("Jo Example\njo@example.org\nEducation\nHigh school Diploma, Sparta High School, Sparta, NJ\n2000\n");
        Assert.Equal("Sparta High School", Assert.Single(r.Education).Institution);
    }

    [Fact]
    public void A_schools_unit_named_by_its_subject_keeps_the_school_it_belongs_to()
    {
        var r = Parse("Jo Example\njo@example.org\nEDUCATION\n01/01/2010 – 31/12/2012\nPhD in Corporate Law and Economics\nLaw School, University of Verona, Verona (Italy)\n");
        Assert.Equal("Law School, University of Verona", Assert.Single(r.Education).Institution);
        Assert.False(SchoolReader.IsGenericUnit("University of Verona"));
        Assert.True(SchoolReader.IsGenericUnit("School of Education"));
    }

    [Fact]
    public void Dates_over_an_employer_over_a_title_are_read_downwards_for_every_entry()
    {
        var r = Parse("Jo Example\njo@example.org\nSUMMARY OF QUALIFICATIONS\nExpert knowledge of NX CAM 3 axis programming.\nCompetent, hard working, forward-looking with a can-do attitude.\n"
            + "2011 to Present\nBlentech, Santa Rosa, California\nSupervisor/CNC Programmer\nCreate a new machine shop to service the companies needs\n"
            + "Working with Engineers (FEA in Solidworks)\n2008 to 2010\nMicrolux, Santa Rosa, California\nMechanical Designer\nCAD, engineering, design\n"
            + "Ground form tools for custom shapes.\n1974 to 1975\nL and S Prototype, Elmonte, Ca\nMachinist\nRan lathes, mills and grinders as needed.\n");
        Assert.Equal(["Supervisor/CNC Programmer", "Mechanical Designer", "Machinist"], r.Roles.Select(x => x.Title));
        Assert.Equal(["Blentech", "Microlux", "L and S Prototype"], r.Roles.Select(x => x.Employer));
        Assert.Equal("Santa Rosa, California", r.Roles[1].Location);
    }

    [Fact]
    public void A_consultancys_header_a_running_page_header_and_a_place_line_leave_each_employer_in_place()
    {
        var r = Parse("Kendall Rod Considine\nkrc@example.org\nWORK EXPERIENCE\n"
            + "Kendall Rod Considine HALF TECHNOLOGIES\nDrupal Developer (consultant), April 2011 – August 2011\nWorked on a six week project.\n"
            + "THE TOTEM GROUP, Consulting at Jersey Cow -- Drupal Developer (consultant), July 2010 – September 2010\nDeveloped Drupal modules.\n"
            + "CANTOR FITZGERALD/ESPEED\nNew York, NY\nVMS System Engineer, October, 2005 – January, 2007\nCreated a web based interface.\n");
        Assert.Equal(["HALF TECHNOLOGIES", "THE TOTEM GROUP", "CANTOR FITZGERALD/ESPEED"], r.Roles.Select(x => x.Employer));
        Assert.Equal(["Drupal Developer (consultant)", "Drupal Developer (consultant)", "VMS System Engineer"], r.Roles.Select(x => x.Title));
        Assert.Equal("New York, NY", r.Roles[2].Location);
        Assert.Equal(new DateOnly(2010, 7, 1), r.Roles[1].Start);
        Assert.Equal(("Systems Engineer", "TANGIBLE TECHNOLOGIES", (string?)null),
            RoleReader.Assign(["TANGIBLE TECHNOLOGIES, Consulting at Johns Hopkins Development and Alumni Relations", "Systems Engineer"]));
    }

    [Fact]
    public void An_employer_in_capitals_before_its_town_is_the_employer_of_the_titles_below()
    {
        var r = Parse("Jo Example\njo@example.org\nE xp er ie nc e\nABC STORE, Example City\n1997 to Present\nOffice Manager, 2007 to present\n"
            + "Secretary, 1998 to 2007\nRepeatedly promoted.\nDEF FLOORING, Springfield\n1995 to 1997\nReceptionist/Administrative Assistant\nServed the management team.\n");
        Assert.Equal(["ABC STORE", "ABC STORE", "ABC STORE", "DEF FLOORING"], r.Roles.Select(x => x.Employer));
        Assert.Equal("Receptionist/Administrative Assistant", r.Roles[^1].Title);
        Assert.Null(Contact.Place("ABC STORE, Example City"));
        Assert.NotNull(Contact.Place("NEW YORK, NY"));
        Assert.NotNull(Contact.Place("BOSTON, Massachusetts"));
        Assert.NotNull(Contact.Place("Springfield, Illinois"));
    }

    [Fact]
    public void A_career_under_another_heading_is_read_when_the_experience_heading_holds_no_dated_role()
    {
        var r = Parse("Joel Kling\njk@example.org\nSUMMARY\nAn accomplished financial executive.\nACCOMPLISHMENTS\n"
            + "THUNDERBIRD SCHOOL OF GLOBAL MANAGEMENT, Phoenix, Arizona\n2000 to 2012\nChief Business Officer\n2005 to 2012\nDirected finance and IT.\n"
            + "BANK ONE CORPORATION, Chicago, Illinois\n1995 to 2000\nCFO of International Corporation\nLed finance.\n"
            + "PRIOR EXPERIENCE\nBank of America and Security Pacific Bank in various finance roles.\n");
        Assert.Contains(r.Roles, x => x.Employer == "THUNDERBIRD SCHOOL OF GLOBAL MANAGEMENT");
        Assert.Contains(r.Roles, x => x.Employer == "BANK ONE CORPORATION" && x.Start == new DateOnly(1995, 1, 1));
    }

    [Fact]
    public void Dates_over_a_title_and_employer_line_are_read_downwards_with_terms_as_dates()
    {
        var r = Parse("Jo Example\njo@example.org\nEmployment History\n2015 – present\nDepartment Head & Associate Professor, Wichita State University\n"
            + "2007 – 2015\nAssociate Professor, Counseling & Psychological Services, SUNY\nOswego\nSpring 2014\nProgram Coordinator, Mental Health Counseling program\n"
            + "2008- 2009\nInterim Department Chair, Counseling & Psychological Services,\nSUNY Oswego\n");
        Assert.Equal(["Department Head & Associate Professor", "Associate Professor", "Program Coordinator", "Interim Department Chair"], r.Roles.Select(x => x.Title));
        Assert.Equal("Mental Health Counseling program", r.Roles[2].Employer);
        Assert.Equal(new DateOnly(2014, 3, 1), r.Roles[2].Start);
        Assert.Equal(new DateOnly(2014, 5, 1), r.Roles[2].End);
    }

    [Fact]
    public void Headings_lettered_from_right_under_a_section_heading_divide_that_section()
    {
        var sections = Sections.Split(("x@example.org\nEmployment History\nA. Higher Education\n2015 – present\nAssociate Professor, Wichita State University\n"
            + "B. Primary/Secondary Education\n1990 – 1993\nTeacher, Vestal High School\nEducation\nSyracuse University, 2001").Split('\n'));
        Assert.Equal([SectionKind.Header, SectionKind.Experience, SectionKind.Education], sections.Select(x => x.Kind));
        Assert.Contains("B. Primary/Secondary Education", sections[1].Lines);
        var roles = Parse("Jo Example\njo@example.org\nEmployment History\nA. Higher Education\n2015 – present\nAssociate Professor, Wichita State University\n"
            + "B. Primary/Secondary Education\n1990 – 1993\nTeacher, Vestal High School\n").Roles;
        Assert.Equal(["Associate Professor", "Teacher"], roles.Select(r => r.Title));
        // Lettered sections of a whole résumé stay sections, and a lettering that does not start at "A." divides nothing.
        sections = Sections.Split("x@example.org\nA. Experience\nAnalyst, Acme Corp\nB. Education\nSyracuse University, 2001".Split('\n'));
        Assert.Equal([SectionKind.Header, SectionKind.Experience, SectionKind.Education], sections.Select(x => x.Kind));
        sections = Sections.Split("x@example.org\nEmployment History\nB. Education\nSyracuse University, 2001".Split('\n'));
        Assert.Equal([SectionKind.Header, SectionKind.Experience, SectionKind.Education], sections.Select(x => x.Kind));
    }

    [Theory]
    [InlineData("JO EXAMPLE\nEXPERIENCE")]
    [InlineData("ACME CORP\nEXPERIENCE")]
    [InlineData("PROFESSIONAL:\nEXPERIENCE")]
    [InlineData("Professional\nExperience")]
    public void A_line_in_capitals_above_a_heading_stays_a_line_unless_it_is_made_of_heading_words(string text)
    {
        var sections = Sections.Split(("x@example.org\n" + text + "\nAcme Corp").Split('\n'));
        Assert.Equal(SectionKind.Experience, sections[^1].Kind);
        Assert.Equal(["x@example.org", text.Split('\n')[0]], sections[0].Lines);
    }

    [Theory]
    [InlineData("Employment Record", SectionKind.Experience)]
    [InlineData("Summary of Qualification", SectionKind.Summary)]
    [InlineData("KEY QUALIFICATIONS", SectionKind.Skills)]
    [InlineData("Professional Qualifications", SectionKind.Certifications)]
    [InlineData("Scholastic Profile:", SectionKind.Education)]
    [InlineData("Prizes and Awards", SectionKind.Other)]
    [InlineData("Honorary Societies", SectionKind.Other)]
    [InlineData("Positions", SectionKind.Experience)]
    [InlineData("Debating Societies", null)]
    [InlineData("Academic (Teaching Experience):", SectionKind.Experience)]
    [InlineData("Relevant (Retail Experience)", SectionKind.Experience)]
    [InlineData("Project Manager (Houston, TX)", null)]
    [InlineData("E X P E R I E N C E", SectionKind.Experience)]
    [InlineData("S K I L L S:", SectionKind.Skills)]
    [InlineData("W O R K  E X P E R I E N C E", SectionKind.Experience)]
    [InlineData("A B C D", null)]
    [InlineData("E xp er ie nc e", SectionKind.Experience)]
    [InlineData("Ke y S ki ll s", SectionKind.Skills)]
    [InlineData("P ROFE SSI ONAL E XPER IENCE", SectionKind.Experience)]
    [InlineData("Work Experience Trainee", null)]
    [InlineData("O ffi ce M anag e r", null)]
    public void Headings_the_tuning_part_wrote_that_the_lists_lacked(string line, SectionKind? kind) => Assert.Equal(kind, Sections.HeadingKind(line));

    [Fact]
    public void Jobs_under_an_employment_record_heading_are_read_as_roles()
    {
        var r = Parse("Jo Example\njo@example.org\n\nAcademic Background\n1984: Kenya School of Law, Nairobi\nDiploma in Law\n\nEmployment Record\n"
            + "1989 – 1995:\nKenya National Assurance Co. Ltd\nSenior Legal Officer\n-In 1992 – 1995 headed the claims department\n");
        Assert.Contains(r.Roles, x => x.Employer == "Kenya National Assurance Co. Ltd");
        Assert.DoesNotContain(r.Roles, x => x.Employer == "In");
    }

    [Fact]
    public void An_employer_over_its_city_over_the_title_over_the_dates_is_read_whole()
    {
        var r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nCAREERCUP.COM\nSeattle, WA\nFounder and CEO\n2005-Present\nFounded CareerCup.\n"
            + "GOOGLE\nKirkland, WA\nSoftware Engineer\n2005-2008\nLed the integration of music features.\n");
        Assert.Equal([("Founder and CEO", "CAREERCUP.COM", "Seattle, WA"), ("Software Engineer", "GOOGLE", "Kirkland, WA")],
            r.Roles.Select(x => (x.Title, x.Employer, x.Location)));
    }

    [Fact]
    public void A_title_under_the_dates_may_end_in_a_colon()
    {
        var r = Parse("Jo Example\njo@example.org\n\nPROFESSIONAL EXPERIENCE\nPricewaterhouseCoopers\nDenver, Colorado\n2003-Present\nProject Manager:\n"
            + "Work as a CRM expert on special projects.\nPrudential\nNewark, New Jersey\n1997-1999\nProject Manager:\nManaged the service centre initiative.\n");
        Assert.Equal([("Project Manager", "PricewaterhouseCoopers"), ("Project Manager", "Prudential")], r.Roles.Select(x => (x.Title, x.Employer)));
        Assert.True(Lexicon.IsTitle("Project Manager:"));
    }

    [Theory]
    [InlineData("GOOGLE", "Software Engineer", "Software Engineer", "GOOGLE")]
    [InlineData("Software Engineer", "GOOGLE", "Software Engineer", "GOOGLE")]
    [InlineData("Paralegal", "Internship: Atlanta Legal Aid Society", "Paralegal", "Atlanta Legal Aid Society")]
    public void A_title_beside_a_name_is_the_title_though_it_names_a_kind_of_company(string first, string second, string title, string employer)
    {
        var (t, e, _) = RoleReader.Assign([first, second]);
        Assert.Equal(title, t);
        Assert.Equal(employer, e);
    }

    [Fact]
    public void The_front_of_a_longer_title_is_not_a_title_of_its_own()
    {
        var r = Parse("Jo Example\njo@example.org\n\nAdjunct Academic Positions\n1998 to 2003: Adjunct Associate Professor, Department of Environmental Studies,\n"
            + "University of California, Santa Barbara.\n\nPositions\nJohn L. Loeb Associate Professor of the Social Sciences, Department of Government,\nHarvard University, 1989.\n"
            + "Vice President, Acme Corp, 2012 - 2015\nVice President of Sales, Beta Ltd, 2008 - 2012\n");
        Assert.Contains("Adjunct Associate Professor", r.MentionedTitles);
        Assert.DoesNotContain("Adjunct Associate", r.MentionedTitles);
        Assert.DoesNotContain("Loeb Associate", r.MentionedTitles);
        // A whole title at the front of a longer one stays when its last word does not open titles ("Vice President").
        Assert.Contains("Vice President", r.MentionedTitles);
        Assert.Contains("Vice President of Sales", r.MentionedTitles);
    }

    [Fact]
    public void A_title_like_name_after_a_verb_of_making_or_a_preposition_is_no_title()
    {
        var r = Parse("Jo Example\njo@example.org\n\nWork Experience\n- Created Email Database Manager in C# with a custom search engine\n"
            + "Working on escalated issues with System Centre Operations Manager and SCCM\nReported weekly to the Project Manager of the programme\n"
            + "Senior Analyst at Northwind Traders since 2015\n");
        Assert.Equal(["Senior Analyst"], r.MentionedTitles);
    }

    [Fact]
    public void A_credential_is_no_title()
    {
        var r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nSenior Analyst at Northwind Traders since 2015\nBecame a Certified Public Accountant in 2016\n\n"
            + "CERTIFICATIONS\nMaryland Letter of Eligibility for Superintendent, Assistant Superintendent, Director\nCST, Certified Software Tester\n");
        Assert.Equal(["Senior Analyst"], r.MentionedTitles);
    }

    [Fact]
    public void Titles_held_inside_an_employers_years_take_the_employer_from_the_line_above()
    {
        var r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nSTRATEGIC MARKETING, INC 1998 - 2008\nSenior Training & Consulting Manager 2004 - 2008\nRan the training practice.\n"
            + "Product Manager (Houston, TX) 2001 - 2004\nGrew five direct mail products.\nCHRYSLER CUSTOMER SERVICE DIVISION, Detroit, MI 1990 - 1998\n"
            + "Market Area Specialist, Chrysler 1996 - 1998\nService Zone Manager 1995 - 1996\nAnalyst 1985 - 1989\n");
        Assert.Equal([null, "Senior Training & Consulting Manager", "Product Manager", null, "Market Area Specialist", "Service Zone Manager", "Analyst"], r.Roles.Select(x => x.Title));
        Assert.Equal(["STRATEGIC MARKETING, INC", "STRATEGIC MARKETING, INC", "STRATEGIC MARKETING, INC", "CHRYSLER CUSTOMER SERVICE DIVISION", "Chrysler",
            "CHRYSLER CUSTOMER SERVICE DIVISION", null], r.Roles.Select(x => x.Employer));
        // A title's own place stays; one without takes the employer's. Outside the employer's years ("Analyst 1985 - 1989"), a role keeps no employer.
        Assert.Equal(("Houston, TX", "Detroit, MI"), (r.Roles[2].Location, r.Roles[5].Location));
    }

    [Fact]
    public void A_projects_period_inside_its_roles_months_is_no_role_of_its_own()
    {
        var r = Parse("Jo Example\njo@example.org\n\nWORK EXPERIENCE\nSharePoint Developer\nInfosys LTD - Pune, IN -\nApril 2017 to Present\nClient: Insurance Client from London\n"
            + "Duration: April 2017 -Till Date\nDesigned the solution.\nProject Period: June 2018 - May 2019\n\nSystems Engineer\nAcme Corp\nMarch 2014 to March 2017\n"
            + "Duration: June 2013 - August 2013\n");
        Assert.Equal(["SharePoint Developer", "Systems Engineer", null], r.Roles.Select(x => x.Title));
        Assert.Contains("Duration: April 2017", r.Roles[0].Description, StringComparison.Ordinal);
        // A period outside the months of the role above (June 2013, before March 2014) is still read as a role of its own.
        Assert.Equal(new DateOnly(2013, 6, 1), r.Roles[2].Start);
    }

    [Fact]
    public void A_heading_written_letter_by_letter_opens_its_section()
    {
        var r = Parse("Jo Example\njo@example.org\n\nE X P E R I E N C E\nAnalyst, Acme Corp, 2015 - 2019\n\nS K I L L S\nJira, SQL\n");
        Assert.Equal(["Jira", "SQL"], r.ListedSkills);
        Assert.Equal(("Analyst", "Acme Corp"), (r.Roles.Single().Title, r.Roles.Single().Employer));
    }

    [Fact]
    public void How_the_work_was_held_is_neither_employer_nor_place()
    {
        Assert.Equal(("Market assistant", "Laboremus Software Solutions", "Oslo"), RoleReader.Assign(["Market assistant, part-time, Laboremus Software Solutions, Oslo"]));
        Assert.Equal(("Customer consultant", null, null), RoleReader.Assign(["Customer consultant, part-time"]));
        Assert.Equal(("Business Analyst", "Acme Health", null), RoleReader.Assign(["Business Analyst | Contract | Acme Health"]));
        // A word of engagement inside a name or a title stays: "Contract Specialist", "Seasonal Sales Associate".
        Assert.Equal(("Contract Specialist", "Acme Corp", null), RoleReader.Assign(["Contract Specialist, Acme Corp"]));
    }

    [Fact]
    public void A_place_in_brackets_after_a_title_is_the_location_not_an_employer()
    {
        Assert.Equal(("Product Manager", null, "Houston, TX"), RoleReader.Assign(["Product Manager (Houston, TX)"]));
        var r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nProduct Manager (Houston, TX), 2001 to 2004\nGrew five direct mail products.\n");
        var role = Assert.Single(r.Roles);
        Assert.Equal(("Product Manager", null, "Houston, TX"), (role.Title, role.Employer, role.Location));
    }

    [Fact]
    public void A_place_after_a_title_without_a_separator_is_the_location()
    {
        Assert.Equal(("Sr. Web Developer", "North Hollywood, CA"), RoleReader.TitleThenPlace("Sr. Web Developer North Hollywood, CA"));
        Assert.Equal(("Owner/Web Developer", "West Hills, California"), RoleReader.TitleThenPlace("Owner/Web Developer West Hills, California"));
        Assert.Equal(("Web Developer", "Marina Del Rey, CA"), RoleReader.TitleThenPlace("Web Developer Marina Del Rey, CA"));
        // No city between the title and the region, a word of an employer, or no region: left whole.
        Assert.Null(RoleReader.TitleThenPlace("Project Manager, CA"));
        Assert.Null(RoleReader.TitleThenPlace("Manager Operations Division, TX"));
        Assert.Null(RoleReader.TitleThenPlace("Senior Developer Acme Corp, CA"));
        Assert.Null(RoleReader.TitleThenPlace("Web Developer North Hollywood, Disney"));
        var r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nDisney Interactive Media Group January 2008 - Present\n"
            + "Sr. Web Developer North Hollywood, CA\nBuilt the localization workflow.\n");
        var role = Assert.Single(r.Roles);
        Assert.Equal(("Sr. Web Developer", "Disney Interactive Media Group", "North Hollywood, CA"), (role.Title, role.Employer, role.Location));
    }

    [Fact]
    public void An_employer_then_a_title_then_a_place_after_commas_is_read_in_that_order()
    {
        Assert.Equal(("Management Trainee Intern", "Enterprise Rent-a-Car", "Huntington Beach, GA"), RoleReader.Assign(["Enterprise Rent-a-Car, Management Trainee Intern, Huntington Beach, GA"]));
        Assert.Equal(("Waiter", "Cheesecake Factory Restaurant", "Huntington Beach, CA"), RoleReader.Assign(["Cheesecake Factory Restaurant, Waiter, Huntington Beach, CA"]));
        Assert.Equal(("Seasonal Sales Associate", "LEVIS", "Chicago IL"), RoleReader.Assign(["LEVIS, Seasonal Sales Associate, Chicago IL"]));
        // A unit, then the employer known by name or by its kind: the employer is the organisation.
        Assert.Equal(("Assistant Automotive Engineer", "General Motors", null), RoleReader.Assign(["Assistant Automotive Engineer, Passenger Vehicle, General Motors"]));
        Assert.Equal(("Assistant Professor", "University of Michigan", "Ann Arbor, MI"), RoleReader.Assign(["Assistant Professor, School of Social Work, University of Michigan, Ann Arbor, MI"]));
        Assert.Equal(("Senior Analyst", "Acme Corp", "Boston, MA"), RoleReader.Assign(["Senior Analyst, Acme Corp, Boston, MA"]));
        // A town the list does not know, before its region.
        Assert.Equal(("Seasonal Integrated Product Team Member", "BORDERS", "Gurnee IL"), RoleReader.Assign(["BORDERS, Seasonal Integrated Product Team Member, Gurnee IL"]));
        Assert.Equal(("Internship", "Peak Analysis and Automation", "England"), RoleReader.Assign(["Peak Analysis and Automation, England, Internship"]));
        // A title that names a kind of company ("Software") is still the title after a name.
        Assert.Equal(("Software Engineering Contractor", "PTC Therapeutics", null), RoleReader.Assign(["PTC Therapeutics, Software Engineering Contractor"]));
        Assert.Equal(("Software Engineer", "PTC Therapeutics", null), RoleReader.Assign(["PTC Therapeutics, Software Engineer"]));
        // The title first, or a comma inside one title, is read as before.
        Assert.Equal(("Senior Analyst", "Acme Corp", "Boston, MA"), RoleReader.Assign(["Senior Analyst, Acme Corp, Boston, MA"]));
        Assert.Equal(("Parts, Service & Motorcraft Sales Specialist", null, null), RoleReader.Assign(["Parts, Service & Motorcraft Sales Specialist"]));
        // A comma before the place already parts it from the title: no title with a comma at its end.
        Assert.Null(RoleReader.TitleThenPlace("Cheesecake Factory Restaurant, Waiter, Huntington Beach, CA"));
        // A title is no region: "Enterprise Rent-a-Car, Management Trainee Intern" is no place.
        Assert.Null(Contact.Place("Enterprise Rent-a-Car, Management Trainee Intern"));
        Assert.NotNull(Contact.Place("Huntington Beach, CA"));
        var r = Parse("Jo Example\njo@example.org\n\nWORK EXPERIENCE\nEnterprise Rent-a-Car, Management Trainee Intern, Huntington Beach, GA  January 2006 - December 2007\n"
            + "Provided customers with excellent service.\n\nPeak Analysis and Automation, England, Internship\nSummer 2013\n- Performed a security overhaul.\n");
        Assert.Contains(r.Roles, x => (x.Title, x.Employer, x.Location) == ("Management Trainee Intern", "Enterprise Rent-a-Car", "Huntington Beach, GA"));
        Assert.Contains("Peak Analysis and Automation", r.MentionedEmployers);
        Assert.Contains("Internship", r.MentionedTitles);
    }

    [Fact]
    public void A_title_then_a_school_or_a_company_without_a_separator_is_split()
    {
        Assert.Equal(("Special Education Teacher", "AAA High School", "New York, NY"), RoleReader.Assign(["Special Education Teacher AAA High School, New York, NY"]));
        Assert.Equal(("Software Engineer", "Acme Corp"), RoleReader.TitleThenEmployer("Software Engineer Acme Corp"));
        Assert.Equal(("Teacher Assistant", "Lincoln Elementary School"), RoleReader.TitleThenEmployer("Teacher Assistant Lincoln Elementary School"));
        Assert.Equal(("Lecturer", "University of Nairobi"), RoleReader.TitleThenEmployer("Lecturer University of Nairobi"));
        Assert.Equal(("Lecturer", "Hindustan Polytechnic"), RoleReader.TitleThenEmployer("Lecturer Hindustan Polytechnic"));
        // No name after the title, a unit of the employer, a title's own words, or a separator before the name: no split.
        Assert.Null(RoleReader.TitleThenEmployer("Manager Operations Division"));
        Assert.Null(RoleReader.TitleThenEmployer("Director of Engineering"));
        Assert.Null(RoleReader.TitleThenEmployer("Secretary General of the International Civil Aviation Organization"));
        Assert.Null(RoleReader.TitleThenEmployer("Intern engineer / Joobi Solution Limited"));
        var r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\n8/07-12/09  Special Education Teacher AAA High School, New York, NY\nResponsible for the creation of lessons.\n");
        var role = Assert.Single(r.Roles);
        Assert.Equal(("Special Education Teacher", "AAA High School", "New York, NY"), (role.Title, role.Employer, role.Location));
    }

    [Fact]
    public void A_volunteer_is_a_title()
    {
        var r = Parse("Jo Example\njo@example.org\n\nRELEVANT LEGAL EXPERIENCE\nParalegal Volunteer (4 hours a week)\nJune 2013 - current\n"
            + "Springvale Community Legal Centre, Springvale\nInterview clients with limited English.\n");
        var role = Assert.Single(r.Roles);
        Assert.Equal(("Paralegal Volunteer", "Springvale Community Legal Centre"), (role.Title, role.Employer));
    }

    [Fact]
    public void An_experience_heading_run_into_its_first_role_opens_the_section()
    {
        // A Dotin tuning résumé laid out as a table: "Experience" shares its line with the first employer and its dates.
        var text = "Jo Example\n\nSkills\nDatabases: SQL Server, MySQL\nApplications: Visual Studio, Flash\n"
            + "Experience Disney Interactive Media Group January 2008 - Present\nSr. Web Developer\nBuilt internal tools.\n"
            + "Xylin August 2003 - December 2007\nOwner/Web Developer\nRan a hosting firm.\n";
        var sections = Sections.Split(text.Split('\n'));
        var experience = Assert.Single(sections, s => s.Kind == SectionKind.Experience);
        Assert.Equal("Experience", experience.Heading);
        Assert.Equal("Disney Interactive Media Group January 2008 - Present", experience.Lines[0]);
        var r = Parse(text);
        Assert.Equal(["Disney Interactive Media Group", "Xylin"], r.Roles.Select(x => x.Employer));
        Assert.Equal(["Sr. Web Developer", "Owner/Web Developer"], r.Roles.Select(x => x.Title));
        // In capitals too; a title or a sentence that starts with the word stays a line of its section.
        Assert.Contains(Sections.Split("Jo\nSkills\nSQL\nWORK EXPERIENCE Carnegie Mellon University\nPostdoctoral Scientist".Split('\n')),
            s => s.Kind == SectionKind.Experience && s.Lines[0] == "Carnegie Mellon University");
        foreach (var line in new[] { "Experience Designer, 2010 - 2012", "Experience with SQL Server 2008 - 2012", "Experience Summary", "EXPERIENCED Manager at Acme Inc", "Experience Manager at Acme Inc" })
            Assert.DoesNotContain(Sections.Split(("Jo\nSkills\nSQL\n" + line).Split('\n')), s => s.Kind == SectionKind.Experience && s.Lines.Count > 0);
    }

    [Fact]
    public void The_writers_own_name_is_no_employer()
    {
        // A Dotin tuning résumé whose name stands between its address lines, above no experience heading.
        var r = Parse(File.ReadAllText(Path.Combine(Repo.Data("resumes", "dotin-train"), "112.txt")));
        Assert.Equal("Shelli Genaro Kuvalis", r.Name);
        Assert.DoesNotContain(r.MentionedEmployers, e => e.Contains("Kuvalis", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Roles, x => x.Employer is { } e && e.Contains("Kuvalis", StringComparison.Ordinal));
    }

    [Fact]
    public void A_school_district_and_the_town_before_it_are_read_as_the_employer_and_its_place()
    {
        // A Dotin tuning résumé: "Title, Town, Employer" on the header line; the district is named with the school word before it.
        Assert.Equal(("Teacher (1st & 3rd Grade)", "San Francisco Unified School District", "San Francisco"),
            RoleReader.Assign(["Teacher (1st & 3rd Grade), San Francisco, San Francisco Unified School District"]));
        // The town after the employer is still the place.
        Assert.Equal(("Senior Analyst", "Acme Corp", "Boston"), RoleReader.Assign(["Senior Analyst, Acme Corp, Boston"]));
        var r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nTeacher (1st & 3rd Grade), San Francisco, San Francisco Unified School District, 2001-Present\n"
            + "- Taught reading to 25 pupils at Mt. Sinai Area School District and White Lake School District\n");
        var role = Assert.Single(r.Roles);
        Assert.Equal(("San Francisco Unified School District", "San Francisco"), (role.Employer, role.Location));
        Assert.Contains("Mt. Sinai Area School District", r.MentionedEmployers);
        Assert.Contains("White Lake School District", r.MentionedEmployers);
        Assert.DoesNotContain(r.MentionedEmployers, e => e.EndsWith("School", StringComparison.Ordinal) || e == "Sinai Area School District");
        // "THE SCHOOL DISTRICT" names no district.
        Assert.DoesNotContain(SchoolReader.Employers(["Worked for THE SCHOOL DISTRICT as a teacher"]), e => e.Contains("SCHOOL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_in_brackets_does_not_take_the_words_before_the_bracket()
    {
        // A Dotin tuning résumé: a team's make-up ("Client: 3 (Manager, CSE, BAs)") and a title in brackets after the place.
        var r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nTeam size: 3 (Manager, CSE, BAs)\ni2 Technologies Limited, Bangalore (Project Trainee) (Jan 2005 - Jun 2005)\n"
            + "Java Developer (Project Trainee)\n- Built reports.\n- Movie Studio (Video Editor)\n");
        Assert.Contains("Project Trainee", r.MentionedTitles);
        Assert.Contains("Video Editor", r.MentionedTitles);
        Assert.DoesNotContain(r.MentionedTitles, t => t.Contains("3 (", StringComparison.Ordinal) || t.StartsWith("Bangalore", StringComparison.Ordinal) || t.StartsWith("Movie", StringComparison.Ordinal));
    }

    [Fact]
    public void Jobs_after_a_projects_heading_inside_the_employment_section_are_roles()
    {
        // A Dotin tuning résumé: "Selected projects:" under the first job, then the earlier jobs with no heading of their own.
        var r = Parse("Jo Example\njo@example.org\n\nEmployment\nCourtyard Group, Consultant, 2006-Present\nSelected projects:\n"
            + "Ontario Diabetes Registry (Client: Ministry of Health) 2008-Present\nBuilt a web portal for 9,000 physicians.\n"
            + "PharmAchieve, Founder and CEO, 2009-Present\nTrained pharmacists.\n"
            + "Veristage, Senior Consultant, 2000-2001\nAdvised hospitals.\nZero-Knowledge Systems, Enterprise Product Manager, 2000-2001\nRan the product line.\n");
        Assert.Equal(["Courtyard Group", "PharmAchieve", "Veristage", "Zero-Knowledge Systems"], r.Roles.Select(x => x.Employer));
        Assert.Equal(["Consultant", "Founder and CEO", "Senior Consultant", "Enterprise Product Manager"], r.Roles.Select(x => x.Title));
        // Two titles joined by "and" after the employer; the parts of one title listed with "&" stay one title.
        Assert.Equal(("Founder and CEO", "PharmAchieve", null), RoleReader.Assign(["PharmAchieve, Founder and CEO"]));
        Assert.Equal(("Parts, Service & Motorcraft Sales Specialist", null, null), RoleReader.Assign(["Parts, Service & Motorcraft Sales Specialist"]));
        // A projects section of its own, after the jobs, is still no list of jobs.
        r = Parse("Jo Example\njo@example.org\n\nEmployment\nCourtyard Group, Consultant, 2006-Present\nLed projects.\nEducation\nBSc, York University, 2005\n"
            + "Projects\nAcme Portal, Lead Developer, 2004-2005\n");
        Assert.Equal(["Courtyard Group"], r.Roles.Select(x => x.Employer));
    }

    [Fact]
    public void A_title_then_the_employer_after_a_slash_are_read_apart()
    {
        // A Dotin tuning résumé: "Jun - Sept 2009 / Intern engineer / SII, Rennes".
        Assert.Equal(("Intern engineer", "SII", "Rennes"), RoleReader.Assign(["Intern engineer / SII, Rennes"]));
        Assert.Equal(("Intern engineer", "Joobi Solution Limited", "Ireland"), RoleReader.Assign(["Intern engineer / Joobi Solution Limited, Ireland"]));
        // Two titles, a title and its field, or a line all in capitals stay one title.
        Assert.Equal(("Project Manager / Technology Lead", null, null), RoleReader.Assign(["Project Manager / Technology Lead"]));
        Assert.Equal(("Director of Finance / Program Management", null, null), RoleReader.Assign(["Director of Finance / Program Management"]));
        Assert.Equal(("DIRECTOR OF FINANCE / PROGRAM MANAGEMENT", null, null), RoleReader.Assign(["DIRECTOR OF FINANCE / PROGRAM MANAGEMENT"]));
        Assert.Equal(("Analyst / QA", null, null), RoleReader.Assign(["Analyst / QA"]));
        var r = Parse("Jo Example\njo@example.org\n\nWORK EXPERIENCE\nJun - Sept 2009\nIntern engineer / SII, Rennes\n- Wrote tests.\n"
            + "Air Canada\nSeptember to November 2007\nAnalyst Programmer\n- Documented an application.\n");
        Assert.Equal([("Intern engineer", "SII"), ("Analyst Programmer", "Air Canada")], r.Roles.Select(x => (x.Title, x.Employer)));
        Assert.Equal([new DateOnly(2009, 6, 1), new DateOnly(2007, 9, 1)], r.Roles.Select(x => x.Start));
    }

    [Fact]
    public void One_sentence_about_the_employer_between_the_dates_and_the_title_is_passed_over()
    {
        // A Dotin tuning résumé: employer and place, the years, a sentence on what the employer does, then the title.
        var r = Parse("Jo Example\njo@example.org\n\nPROFESSIONAL EXPERIENCE\nLEANDER CORPORATION, Boston, MA\n2000 to Present\n"
            + "World leader in analytical instrumentation serving energy and pharmaceutical industries.\nVice President of International Sales\n"
            + "Oversee 60+ representatives internationally with full accountability of all marketing initiatives.\n"
            + "HERNANDEZ & ASSOCIATES, Hopkinton, MA\n1990 to 2000\nConsulting firm for instrument makers.\nChief Executive Officer\nRan the firm.\n");
        Assert.Equal([("Vice President of International Sales", "LEANDER CORPORATION"), ("Chief Executive Officer", "HERNANDEZ & ASSOCIATES")],
            r.Roles.Select(x => (x.Title, x.Employer)));
        Assert.StartsWith("Oversee 60+", r.Roles[0].Description, StringComparison.Ordinal);
        // The unit between the dates and the title; a title over a year of its own is the next role's, under the employer above.
        r = Parse("Jo Example\njo@example.org\n\nEMPLOYMENT HISTORY\nDePaul University, Chicago IL\nSept 2011-Present\nDePaul Information Services\n"
            + "Classroom/Lab Technician\nProvide customer relations and technical support to faculty and students.\n");
        Assert.Equal(("Classroom/Lab Technician", "DePaul University"), (Assert.Single(r.Roles).Title, r.Roles[0].Employer));
        r = Parse("Jo Example\njo@example.org\n\nPROFESSIONAL EXPERIENCE\nBANK ONE CORPORATION, Chicago, Illinois\n1995 to 2000\n"
            + "International Americas Division, Dallas, Texas\nChief Administrative Officer\n2000\nDirected risk management for the division.\n");
        Assert.Null(r.Roles[0].Title);
        // A sentence of the description, then a line that is no title, leaves the role without one.
        r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nACME CORPORATION, Boston, MA\n2000 to Present\nLed the rollout of a new billing system.\nSaved $2M a year.\n");
        Assert.Null(Assert.Single(r.Roles).Title);
    }

    [Fact]
    public void A_short_sentence_above_the_next_header_is_not_part_of_it()
    {
        // A Dotin tuning résumé: an open range written with a dash and nothing after it, then a one-line description.
        var r = Parse("Jo Example\njo@example.org\n\nEXPERIENCE\nSoftware Engineer, Apple\nAugust 2014 —\nWorking on the UIKit team.\n"
            + "Staff Software Engineer, Twitter\nJuly 2012 — August 2014\nLead engineer on the Twitter Cards canvas team.\n"
            + "Software Developer, Acme Co.\n2010 - 2012\nBuilt things.\n");
        Assert.Equal([("Software Engineer", "Apple"), ("Staff Software Engineer", "Twitter"), ("Software Developer", "Acme Co.")],
            r.Roles.Select(x => (x.Title, x.Employer)));
        Assert.True(r.Roles[0].Current);
    }

    [Fact]
    public void A_headline_of_a_title_then_an_employer_after_a_dash_gives_the_title_alone()
    {
        // A Dotin tuning résumé (an Indeed export): the headline names the current title, then the employer and a second role.
        var r = Parse("Oma Example\nSenior Associate Consultant - Infosys/Offshore Lead\n\nBengaluru, Karnataka - Email me on Indeed: oma@example.org\n\n"
            + "WORK EXPERIENCE\n\nSenior Associate Consultant\n\nInfosys Limited -  Bangalore Urban, Karnataka -\n\nJuly 2017 to Present\n\n- Led the PMO.\n");
        Assert.Contains("Senior Associate Consultant", r.MentionedTitles);
        Assert.DoesNotContain(r.MentionedTitles, t => t.Contains("Infosys", StringComparison.OrdinalIgnoreCase));
        // A word that only begins an employer's name ("American" of "American Express") does not cut the title.
        Assert.Equal("Director - American Markets", ResumeParser.TitleBeforeEmployer("Director - American Markets", ["American Express"]));
        Assert.Equal("Director", ResumeParser.TitleBeforeEmployer("Director - American Express, New York", ["American Express"]));
    }

    [Fact]
    public void A_degree_is_neither_the_headline_nor_a_title()
    {
        // Two Dotin tuning résumés: one opens with its first degree where a headline stands, one names "Associate of Arts" under its college.
        var top = Parse("Master of Science in Special Education    May 2006    Johns Hopkins University, Baltimore, Maryland  Bachelor of Arts in Social and Behavioral Sciences  "
            + "Johns Hopkins University, Baltimore, Maryland    PROFESSIONAL EXPERIENCE    Walter Johnson High School, Baltimore County Public Schools, MD    2005-2008    "
            + "Special Education Teacher (School Community Based Program)  \uf095  Adapted High School Biology Curriculum for use with Alt-MSA");
        Assert.Null(top.Headline);
        var college = Parse("Dana Example\n\nEDUCATION\nGOLDEN STATE COMMUNITY COLLEGE, Huntington Beach, CA  Associate of Arts, December 2007  • Major: Consumer Economics\n\n"
            + "WORK EXPERIENCE\nEnterprise Rent-a-Car, Management Trainee Intern, Huntington Beach, CA  January 2006  December 2007\n- Served customers.\n");
        Assert.DoesNotContain("Associate of Arts", college.MentionedTitles, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(college.Education, e => e.Degree is not null && e.Degree.StartsWith("Associate of Arts", StringComparison.OrdinalIgnoreCase));
        // A title that opens with a word degrees open with stays a title.
        Assert.False(DegreeReader.IsDegree("Associate Director"));
        Assert.False(DegreeReader.IsDegree("Master Data Lead"));
    }

    [Fact]
    public void An_employer_ends_where_the_next_sentence_starts()
    {
        // A Dotin tuning résumé: each entry runs on after its employer with what the job held.
        var r = Parse("Jo Example\n\nEXPERIENCE\n2009-2011: Graduate Program Coordinator, Department of Political Science. Responsibilities included overseeing graduate admissions.\n"
            + "2005-2008: Department Chair, Political Science. Responsible for supervising faculty, staff, four academic programs.\n"
            + "2001-2004: Claims Analyst, St. Mary's Hospital\n");
        Assert.Equal(["Department of Political Science", "Political Science", "St. Mary's Hospital"], r.Roles.Select(x => x.Employer));
    }

    [Fact]
    public void A_roles_place_is_a_place()
    {
        // Dotin tuning résumés: a sentence after the place, "in" before it, the rest of a sentence and a line of tools where a place stands.
        // The shipped taxonomy, which names the tools.
        var shipped = new ResumeParser(new Shortlist.Parsing.Skills.SkillMatcher(Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded.Terms));
        var r = shipped.Parse(ExtractedText.FromPlainText("Jo Example\n\nEXPERIENCE\n2004-2006: Director, Center for Southern California Studies, CSUN. Work with high profile community members.\n"
            + "1988-90: LEGAL OFFICER, CENTRAL LAND COUNCIL, in Alice Springs\n"
            + "2005-2008: Department Chair, Political Science. Responsible for supervising faculty, staff, four academic programs.\n"
            + "o C++, Cocos2d-X, Cocostudio, Flash, Javascript, Eclipse, Visual Studio\nGame Programmer\nNovember 2011 to July 2012\nGameshastra Solutions Pvt. Ltd.\n"), Today);
        Assert.Equal(["CSUN", "Alice Springs", null], r.Roles.Take(3).Select(x => x.Location));
        Assert.DoesNotContain(r.Roles, x => x.Location is { } l && l.Contains("Visual Studio", StringComparison.Ordinal));
        Assert.Contains(r.Roles, x => x.Title == "Game Programmer");
    }

    [Fact]
    public void A_place_beside_the_dates_leaves_the_title_and_the_employer_on_the_two_lines_above()
    {
        var r = Parse("Jo Example\njo@example.org\nProfessional Work Experience:\nManagement Trainer and Consultant\nEffective Management Group\n"
            + "Warrendale, PA 1987 - 1999\nOwner and Manager- Two retail stores,\nPittsburgh, PA 1980 - 1987\nStrategic/Financial Planning Analyst\n"
            + "PPG Industries\nPittsburgh, PA 1974 - 1980\nCourses Taught:\nData and File Structures (1995)\n");
        Assert.Equal(["Management Trainer and Consultant", "Owner and Manager", "Strategic/Financial Planning Analyst"], r.Roles.Take(3).Select(x => x.Title));
        Assert.Equal(["Effective Management Group", null, "PPG Industries"], r.Roles.Take(3).Select(x => x.Employer));
        Assert.Equal(["Warrendale, PA", "Pittsburgh, PA", "Pittsburgh, PA"], r.Roles.Take(3).Select(x => x.Location));
    }

    [Fact]
    public void An_employer_over_its_place_under_a_titles_dates_is_the_entrys_though_it_ends_in_a_section_word()
    {
        var r = Parse("Jo Example\njo@example.org\nExperience\nEducational Consultant\n4/1/2009 - 7/1/2014\nGrander Education\nNew Parkland, CA\n"
            + "Introduced new educational technology.\nEducational Consultant\n9/1/2004 - 4/1/2009\nHigher Education\nNew Parkland, CA\n"
            + "Found new equipment.\nSales Manager\n6/1/1998 - 9/1/2004\nNorthwind Traders\nNew Parkland, CA\nSet up appointments.\n"
            + "Education\nAssociate's Degree - Education\n1998\nGalley Community College\n");
        Assert.Equal(["Educational Consultant", "Educational Consultant", "Sales Manager"], r.Roles.Select(x => x.Title));
        Assert.Equal(["Grander Education", "Higher Education", "Northwind Traders"], r.Roles.Select(x => x.Employer));
        Assert.Equal(["New Parkland, CA", "New Parkland, CA", "New Parkland, CA"], r.Roles.Select(x => x.Location));
        Assert.Equal("Galley Community College", Assert.Single(r.Education).Institution);
        // A heading the lists know, or one in capitals, under the last entry's dates still opens its section.
        var next = Parse("Jo Example\nExperience\nEducational Consultant\n2009 - 2014\nGrander Education\nNew Parkland, CA\nRan seminars.\n"
            + "Sales Manager\n1998 - 2004\nRELEVANT EDUCATION\nBachelor of Arts, Galley Community College, 1998\n");
        Assert.Equal(2, next.Roles.Count);
        Assert.Contains(Sections.Split(ResumeParser.Reflow("Jo\nExperience\nSales Manager\n1998 - 2004\nRELEVANT EDUCATION\nBA\n")), s => s.Kind == SectionKind.Education);
        Assert.Contains(Sections.Split(ResumeParser.Reflow("Jo\nExperience\nSales Manager\n1998 - 2004\nEducation\nBA\n")), s => s.Kind == SectionKind.Education);
    }

    [Fact]
    public void A_trade_is_a_title()
    {
        var r = Parse("Jo Example\njo@example.org\nExperience\n2011 to Present\nBlentech, Santa Rosa, California\nSupervisor/CNC Programmer\nCreated a machine shop.\n"
            + "1979 to 1981\nMasonite, Ukiah, Ca\nMillwright\nMaintained boilers and presses.\n1976 to 1978\nNorthwind Traders, Fresno, CA\nElectrician\nWired plants.\n\n"
            + "Other\nWorked as a Police Dispatcher for the city of Fresno.\n");
        Assert.Equal(["Supervisor/CNC Programmer", "Millwright", "Electrician"], r.Roles.Select(x => x.Title));
        Assert.Contains("Police Dispatcher", r.MentionedTitles);
    }

    [Fact]
    public void A_partial_list_of_tools_is_a_skill_list()
    {
        var r = Parse("Jo Example\njo@example.org\nSOCIAL MEDIA MANAGER\nPartial List of Tools (full list available at myportfolio.com)\n•\n•\nBlogger\nWordPress\n"
            + "TypePad\nAudacity\n•\n•\nLinkedIn\nFlickr\nExperience\nSocial Media Manager, Action Group, 2010 - Present\nRan campaigns.\n");
        Assert.Subset(r.ListedSkills.ToHashSet(), new HashSet<string> { "Blogger", "WordPress", "TypePad", "Audacity", "LinkedIn", "Flickr" });
    }

    [Fact]
    public void A_title_over_dates_of_its_own_is_that_entrys_held_at_the_employer_above()
    {
        var r = Parse("Jo Example\njo@example.org\nACCOMPLISHMENTS\nTHUNDERBIRD SCHOOL OF GLOBAL MANAGEMENT, Phoenix, Arizona\n2000 to 2012\n"
            + "Chief Business Officer\n2005 to 2012\nDirected finance, accounting and IT.\nCFO & Chief Administrative Officer\n2000 to 2004\nLed finance.\n");
        Assert.Equal([null, "Chief Business Officer", "CFO & Chief Administrative Officer"], r.Roles.Select(x => x.Title));
        Assert.All(r.Roles, x => Assert.Equal("THUNDERBIRD SCHOOL OF GLOBAL MANAGEMENT", x.Employer));
        Assert.Equal(new DateOnly(2005, 1, 1), r.Roles[1].Start);
    }

    [Fact]
    public void Dates_that_end_in_a_colon_introduce_the_entry_below_them()
    {
        var r = Parse("Jo Example\njo@example.org\nEmployment Record\n1983:\nMutonguni Secondary School, Kitui\nTeacher in English, Literature, History and Geography\n"
            + "1984 – 1986:\nKenya Law Reform Commission\nDuties:\n1989 – 1995:\nKenya National Assurance Co. Ltd\nSenior Legal Officer\nDealt with the company's legal matters.\n"
            + "2003 - 2008:\nKenyatta National Hospital\nChief Legal Officer\nHead of the legal department.\n");
        Assert.Equal(["Kenya Law Reform Commission", "Kenya National Assurance Co. Ltd", "Kenyatta National Hospital"], r.Roles.Select(x => x.Employer));
        Assert.Equal([1984, 1989, 2003], r.Roles.Select(x => x.Start!.Value.Year));
        Assert.Equal("Chief Legal Officer", r.Roles[2].Title);
    }

    [Fact]
    public void A_legal_form_after_a_comma_stays_with_the_employer_and_a_page_number_leaves_the_description()
    {
        var r = Parse("JOHN DOE\njohn.doe@example.org\nWORK EXPERIENCE\nFull Stack Java Developer, ABC Company, Inc., Anywhere, USA, June 2018 - Present\n"
            + "• Developed enterprise applications using Java and Spring Boot\nSoftware Developer, XYZ Solutions, Anywhere, USA, July 2016 - June 2018\n"
            + "• Implemented business logic using Java\n1\nPage 2 of 4\n");
        Assert.Equal(("Full Stack Java Developer", "ABC Company, Inc.", "Anywhere, USA"), (r.Roles[0].Title, r.Roles[0].Employer, r.Roles[0].Location));
        Assert.Equal("• Implemented business logic using Java", r.Roles[1].Description);
    }

    [Fact]
    public void A_templates_unfilled_years_still_mark_an_entry_read_without_dates()
    {
        var r = Parse("Jo Example\njo@example.org\nEXPERIENCE\nAdministrative Assistant, ABC Management Institute\nJuly 20XX to Present\nAnswered phones.\n"
            + "Administrative Secretary, All Language Institute\nMay 20xx - August 20xx\nKept records.\n");
        Assert.Equal(["ABC Management Institute", "All Language Institute"], r.Roles.Select(x => x.Employer));
        Assert.Equal(["Administrative Assistant", "Administrative Secretary"], r.Roles.Select(x => x.Title));
        Assert.All(r.Roles, x => Assert.Null(x.Start));
        Assert.Equal([true, false], r.Roles.Select(x => x.Current));
    }

    [Fact]
    public void A_product_whose_name_ends_in_a_title_word_is_no_title()
    {
        var parser = new ResumeParser(new Shortlist.Parsing.Skills.SkillMatcher(Shortlist.Parsing.Taxonomy.TaxonomyCatalog.Embedded.Terms));
        var r = parser.Parse(ExtractedText.FromPlainText("Jo Example\njo@example.org\n\nEXPERIENCE\nSystems Engineer\nContoso Ltd\nJan 2015 - Dec 2019\n"
            + "Tools: Microsoft SharePoint Designer 2010, Microsoft InfoPath Designer, System Center Operations Manager, Oracle Test Manager\n"
            + "Monitored servers with System Center Service Manager.\n"), Today);
        Assert.Equal("Systems Engineer", Assert.Single(r.Roles).Title);
        Assert.DoesNotContain(r.MentionedTitles, t => t.Contains("Designer", StringComparison.Ordinal) || t.Contains("Manager", StringComparison.Ordinal));
        Assert.Contains(r.Skills, s => s.TaxonomyCode == "sharepoint-designer");
        Assert.Contains(r.Skills, s => s.TaxonomyCode == "infopath");
        Assert.Contains(r.Skills, s => s.TaxonomyCode == "system-center");
        Assert.Contains(r.Skills, s => s.TaxonomyCode == "oracle-testing-suite");
        // A title that only holds a product's name is still a title.
        var lead = parser.Parse(ExtractedText.FromPlainText("Jo Example\n\nEXPERIENCE\nSharePoint Developer\nContoso Ltd\nJan 2015 - Dec 2019\nBuilt sites.\n"), Today);
        Assert.Equal("SharePoint Developer", Assert.Single(lead.Roles).Title);
    }
}
