using Shortlist.Domain.Auditing;

namespace Shortlist.Domain.Tests.Auditing;

public class AuditEntryTests
{
    private static readonly Guid UserId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000e1");
    private static readonly Guid EntityId = Guid.Parse("0196a1e0-0000-7000-8000-0000000000e2");

    [Fact]
    public void Constructor_AllFields_StoresThem()
    {
        var entry = new AuditEntry(TestClock.Now, UserId, "ada", "candidate.read", "Candidate", EntityId, "opened profile", "192.0.2.10");

        Assert.Equal(TestClock.Now, entry.At);
        Assert.Equal(UserId, entry.UserId);
        Assert.Equal("ada", entry.UserName);
        Assert.Equal("candidate.read", entry.Action);
        Assert.Equal("Candidate", entry.EntityType);
        Assert.Equal(EntityId, entry.EntityId);
        Assert.Equal("opened profile", entry.Details);
        Assert.Equal("192.0.2.10", entry.IpAddress);
    }

    [Fact]
    public void Constructor_DetailsOver2000Characters_AreTruncated()
    {
        var entry = new AuditEntry(TestClock.Now, null, null, "position.update", "Position", EntityId, new string('d', 2_500));

        Assert.Equal(new string('d', 2_000), entry.Details);
    }

    [Fact]
    public void Constructor_DetailsOfExactly2000Characters_AreKept()
    {
        var details = new string('d', 2_000);

        var entry = new AuditEntry(TestClock.Now, null, null, "position.update", "Position", EntityId, details);

        Assert.Equal(details, entry.Details);
    }

    [Fact]
    public void Constructor_AnonymousWithoutDetails_KeepsNulls()
    {
        var entry = new AuditEntry(TestClock.Now, null, null, "user.signin", "User", null);

        Assert.Null(entry.UserId);
        Assert.Null(entry.UserName);
        Assert.Null(entry.EntityId);
        Assert.Null(entry.Details);
        Assert.Null(entry.IpAddress);
    }
}
