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
}
