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
    public void Ignores_what_is_not_a_range(string text) => Assert.Empty(DateRanges.Find(text));
}
