using Shortlist.Parsing.Resumes;

namespace Shortlist.Parsing.Tests.Resumes;

public class DateRangesTests
{
    [Theory]
    [InlineData("Jan 2019 – Present", "2019-01", null)]
    [InlineData("January 2019 - Current", "2019-01", null)]
    [InlineData("2017-2020", "2017-01", "2020-12")]
    [InlineData("03/2015 - 06/2018", "2015-03", "2018-06")]
    [InlineData("2019 to date", "2019-01", null)]
    [InlineData("September 2017 onwards", "2017-09", null)]
    [InlineData("Sept. 2016 to Feb 2018", "2016-09", "2018-02")]
    [InlineData("2014-03 – 2016-11", "2014-03", "2016-11")]
    [InlineData("Worked here from Oct 2010 till date.", "2010-10", null)]
    [InlineData("Educational Consultant  4/1/2009 - 7/1/2014  Grander Education", "2009-04", "2014-07")]
    [InlineData("ASSOCIATE PRINCIPAL (8/01 to Present) eClerx, Austin, TX", "2001-08", null)]
    [InlineData("6/98 - 12/03", "1998-06", "2003-12")]
    [InlineData("18/06/2014 – Present", "2014-06", null)]
    [InlineData("01/01/2010 – 31/12/2012", "2010-01", "2012-12")]
    [InlineData("01/10/2010 - 30/06/2011", "2010-10", "2011-06")]
    [InlineData("4/13/2009 - 7/1/2014", "2009-04", "2014-07")]
    [InlineData("01.10.2012 – 05.05.2013", "2012-10", "2013-05")]
    [InlineData("02/07/2009 - 01/10/2010", "2009-02", "2010-01")]
    [InlineData("Aug ‘09 to Present    Director - Atlantic Studio", "2009-08", null)]
    [InlineData("Sep ’13 – Jan ’15", "2013-09", "2015-01")]
    [InlineData("Jan '98 - Dec '03", "1998-01", "2003-12")]
    [InlineData("Jul 12 to Present    Digital Media Architect - The OGM", "2012-07", null)]
    [InlineData("Jun 06 - Jul 11", "2006-06", "2011-07")]
    [InlineData("Sept 13  Till Date", "2013-09", null)]
    [InlineData("Fall 2004 - Spring 2005", "2004-09", "2005-05")]
    [InlineData("Software Engineering Contractor Fall 2011-present", "2011-09", null)]
    [InlineData("Spring 2014", "2014-03", "2014-05")]
    [InlineData("Summer, 2001", "2001-06", "2001-08")]
    [InlineData("September to November 2007", "2007-09", "2007-11")]
    [InlineData("Jun - Sept 2009", "2009-06", "2009-09")]
    [InlineData("Gamma Ltd, Developer, May–July 2004", "2004-05", "2004-07")]
    [InlineData("Jan.-Mar. 2005", "2005-01", "2005-03")]
    [InlineData("November to February, 2008", "2007-11", "2008-02")]
    [InlineData("2009‐2011", "2009-01", "2011-12")]
    [InlineData("Full‐time Instructor 2013‐current", "2013-01", null)]
    [InlineData("1956 - 60", "1956-01", "1960-12")]
    [InlineData("August 2014 —", "2014-08", null)]
    [InlineData("March 2019 –", "2019-03", null)]
    [InlineData("Lecturer, 2012-13", "2012-01", "2013-12")]
    public void Reads_the_ways_resumes_write_ranges(string text, string start, string? end)
    {
        var range = Assert.Single(DateRanges.Find(text));
        Assert.Equal(start, range.Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(end, range.End?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Call 555-2019")]
    [InlineData("2020 - 2017")]
    [InlineData("version 3.2019")]
    [InlineData("Since 1923, Novo Nordisk has been a leader in diabetes care")]
    [InlineData("Raised CSAT from 7/10 to 9/10 in a quarter")]
    [InlineData("Raised CSAT from 7/10")]
    [InlineData("Security work since 9/11")]
    [InlineData("31/13/2012 - 01/01/2014")]
    [InlineData("13/13/2012 - Present")]
    [InlineData("Since Jan '10")]
    [InlineData("Jan '15 - Mar '12")]
    [InlineData("Since Jan 10")]
    [InlineData("Meeting on Mar 12, 2019 - see notes")]
    [InlineData("Political Analysis, Vol. 9, No. 2 (Spring, 2001): Pp. 137163")]
    [InlineData("Winter 1923")]
    [InlineData("Marketing - December 2012 campaign")]
    [InlineData("May to May 2012")]
    [InlineData("June - August 1923")]
    [InlineData("Grew sales 2012 - 15 percent")]
    [InlineData("Score 2012-13.5")]
    [InlineData("Pp. 1956-60")]
    [InlineData("2012 - 12")]
    [InlineData("1990 - 20")]
    public void Ignores_what_is_not_a_range(string text) => Assert.Empty(DateRanges.Find(text));

    [Theory]
    [InlineData("18/06/2014  Present  Associate Attorney", "18/06/2014 – Present")]
    [InlineData("01/01/2010  31/12/2012  PhD in Corporate Law", "01/01/2010 – 31/12/2012")]
    [InlineData("April 2010  June 2012  Analyst", "April 2010 – June 2012")]
    public void A_range_whose_dash_was_lost_between_cells_is_read_again(string line, string range)
    {
        // A line past a hundred characters with runs of spaces is split into cells; the two dates must stay together.
        var lines = ResumeParser.Reflow(line + "  " + new string('x', 20) + " " + string.Join(' ', Enumerable.Repeat("words", 20)));
        Assert.Equal(range, lines[0]);
        Assert.Single(DateRanges.Find(lines[0]));
    }

    [Fact]
    public void Bracketed_years_broken_across_two_lines_are_joined()
    {
        Assert.Equal(["VICE PRESIDENT/GENERAL MANAGER, MAJOR ACCOUNTS DIVISION (2001 to 2003)", "", "Generated $3M in recurring revenue."],
            ResumeParser.Reflow("VICE PRESIDENT/GENERAL MANAGER, MAJOR ACCOUNTS DIVISION (2001\nto 2003)\nGenerated $3M in recurring revenue."));
        Assert.Equal(["VICE PRESIDENT/GENERAL MANAGER, SANTA CLARA REGION (1999 to 2001)", "Led the region."],
            ResumeParser.Reflow("VICE PRESIDENT/GENERAL MANAGER, SANTA CLARA REGION (1999 to\n2001) Led the region."));
        // Two years with no word between them, or a word on both lines, are left as written.
        Assert.Equal(["Founded (1999", "2001) and grew"], ResumeParser.Reflow("Founded (1999\n2001) and grew"));
        var roles = RoleReader.Read(ResumeParser.Reflow("Analyst, Acme Corp (2001\nto 2003)\nBuilt reports."));
        Assert.Equal(new DateOnly(2003, 12, 1), Assert.Single(roles).End);
    }

    [Fact]
    public void A_whole_range_is_not_joined_to_the_date_that_opens_the_next_line()
    {
        // "2017 – Product Manager, Google" over "Present …" is one range broken across lines; "March 2009 - December 2012 …" is whole.
        Assert.Equal(["2017 – Present Product Manager, Google", "Leading teams"], ResumeParser.Reflow("2017 – Product Manager, Google\nPresent Leading teams"));
        var lines = ResumeParser.Reflow("March 2009 - December 2012 Colesworthy store Sales Assistant\nMarch 2012 - present Darrelbar Confectionary Store");
        Assert.Equal(["March 2009 - December 2012 Colesworthy store Sales Assistant", "March 2012 - present Darrelbar Confectionary Store"], lines);
        var roles = RoleReader.Read(lines);
        Assert.Equal([("2009-03", "2012-12"), ("2012-03", null)], roles.Select(r => (r.Start?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), r.End?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal("Darrelbar Confectionary Store", roles[1].Employer);
    }

    [Theory]
    [InlineData("01/01/2010 – 31/12/2012\n02/07/2009 – 01/10/2010", true)]
    [InlineData("4/13/2009 - 7/1/2014\n02/07/2009 – 01/10/2010", false)]
    [InlineData("02/07/2009 – 01/10/2010", false)]
    [InlineData("Jan 2019 – Present", false)]
    [InlineData("04/01/2015 - 06/01/2019\nLicence expires 31/12/2025, valid through 30/06/2026", false)]
    public void A_resume_writes_its_numeric_dates_day_first_or_month_first(string text, bool dayFirst)
    {
        Assert.Equal(dayFirst, DateRanges.WritesDayFirst(text));
        var range = DateRanges.Find("02/07/2009 – 01/10/2010", DateRanges.WritesDayFirst(text))[0];
        Assert.Equal(dayFirst ? "2009-07" : "2009-02", range.Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(dayFirst ? "2010-10" : "2010-01", range.End?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2012 – 2017", true)]
    [InlineData("2015 – Present", true)]
    [InlineData("since 2018", true)]
    [InlineData("1956 - 60", true)]
    [InlineData("Jan 2012 – 2017", false)]
    [InlineData("Sept 2004 - April 2009", false)]
    [InlineData("4/1/2009 - 7/1/2014", false)]
    [InlineData("Fall 2004 – Spring 2006", false)]
    [InlineData("June – August 2012", false)]
    public void A_range_knows_whether_it_names_years_alone(string text, bool yearsOnly)
        => Assert.Equal(yearsOnly, Assert.Single(DateRanges.Find(text)).YearsOnly);
}
