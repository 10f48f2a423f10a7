using Shortlist.Domain.Activities;
using Shortlist.Domain.Common;

namespace Shortlist.Domain.Tests.Activities;

public class ActivityTests
{
    private static readonly Guid SubjectId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000d1");
    private static readonly Guid AuthorId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000d2");
    private static readonly DateTimeOffset OccurredAt = new(2025, 3, 1, 15, 30, 0, TimeSpan.FromHours(-5));

    [Fact]
    public void Constructor_ValidInput_StoresTrimmedActivity()
    {
        var activity = new Activity(ActivityKind.Call, ActivitySubject.Candidate, SubjectId, "  Discussed rate.  ", AuthorId, OccurredAt, TestClock.Now);

        Assert.Equal(ActivityKind.Call, activity.Kind);
        Assert.Equal(ActivitySubject.Candidate, activity.Subject);
        Assert.Equal(SubjectId, activity.SubjectId);
        Assert.Equal("Discussed rate.", activity.Text);
        Assert.Equal(AuthorId, activity.AuthorId);
        Assert.Equal(OccurredAt, activity.OccurredAt);
        Assert.Equal(TestClock.Now, activity.CreatedAt);
    }

    [Fact]
    public void Constructor_UnknownKind_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            new Activity((ActivityKind)9, ActivitySubject.Position, SubjectId, "text", AuthorId, OccurredAt, TestClock.Now));

        Assert.Equal("kind", ex.Field);
    }

    [Fact]
    public void Constructor_UnknownSubject_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            new Activity(ActivityKind.Note, (ActivitySubject)9, SubjectId, "text", AuthorId, OccurredAt, TestClock.Now));

        Assert.Equal("subject", ex.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankText_Throws(string text)
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            new Activity(ActivityKind.Note, ActivitySubject.Organization, SubjectId, text, AuthorId, OccurredAt, TestClock.Now));

        Assert.Equal("text", ex.Field);
    }

    [Fact]
    public void Constructor_TextOver10000Characters_Throws()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            new Activity(ActivityKind.Email, ActivitySubject.Position, SubjectId, new string('t', 10_001), AuthorId, OccurredAt, TestClock.Now));

        Assert.Equal("text", ex.Field);
    }
}
