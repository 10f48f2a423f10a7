using Shortlist.Domain.Common;

namespace Shortlist.Domain.Tests.Common;

public class RolesTests
{
    [Fact]
    public void All_Always_ListsTheFourRolesOnce()
    {
        Assert.Equal(["Administrator", "Recruiter", "HiringManager", "Candidate"], Roles.All);
    }
}
