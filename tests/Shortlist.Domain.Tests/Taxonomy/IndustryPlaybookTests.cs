using Shortlist.Domain.Common;
using Shortlist.Domain.Taxonomy;

namespace Shortlist.Domain.Tests.Taxonomy;

public sealed class IndustryPlaybookTests
{
    [Fact]
    public void Constructor_NormalizesCodes()
    {
        var playbook = new IndustryPlaybook(" Healthcare ", [new PlaybookItem("HIPAA", Importance.Must, 3), new PlaybookItem("ehr", Importance.Strong)], TestClock.Now);

        Assert.Equal("healthcare", playbook.IndustryCode);
        Assert.Equal(["hipaa", "ehr"], playbook.Items.Select(i => i.TaxonomyCode));
    }

    [Fact]
    public void SetItems_DuplicateCodeInAnyCase_Throws()
    {
        var playbook = new IndustryPlaybook("retail", [], TestClock.Now);

        var ex = Assert.Throws<DomainRuleException>(() => playbook.SetItems([new PlaybookItem("pos", Importance.Nice), new PlaybookItem("POS", Importance.Must)], TestClock.Now));

        Assert.Equal("items", ex.Field);
        Assert.Empty(playbook.Items);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(double.NaN)]
    public void PlaybookItem_WeightOutOfRange_Throws(double weight)
        => Assert.Throws<DomainRuleException>(() => new IndustryPlaybook("retail", [new PlaybookItem("pos", Importance.Nice, weight)], TestClock.Now));
}
