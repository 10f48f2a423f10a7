using Shortlist.Domain.Pipeline;

namespace Shortlist.Domain.Tests.Pipeline;

public class StageRulesTests
{
    public static TheoryData<Stage, Stage, bool> AllPairs => StageTable.AllPairs();

    [Fact]
    public void StageTable_AllStageValues_AreCoveredByTheExpectedTable()
    {
        Assert.Equal(Enum.GetValues<Stage>().Order(), StageTable.Order.Order());
    }

    [Fact]
    public void AllPairs_EveryStageCombination_IsEnumerated()
    {
        Assert.Equal(64, AllPairs.Count);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void CanMove_EveryPairOfStages_MatchesExpectedTable(Stage from, Stage to, bool allowed)
    {
        Assert.Equal(allowed, StageRules.CanMove(from, to));
    }

    [Theory]
    [InlineData(Stage.Sourced, new[] { Stage.Screening, Stage.Submitted })]
    [InlineData(Stage.Screening, new[] { Stage.Submitted })]
    [InlineData(Stage.Submitted, new[] { Stage.ClientReview })]
    [InlineData(Stage.ClientReview, new[] { Stage.Interview, Stage.Offer })]
    [InlineData(Stage.Interview, new[] { Stage.Offer })]
    [InlineData(Stage.Offer, new[] { Stage.Placed })]
    [InlineData(Stage.Placed, new Stage[0])]
    [InlineData(Stage.Closed, new Stage[0])]
    public void NextStages_EachStage_ListsExactlyTheAllowedMoves(Stage from, Stage[] expected)
    {
        Assert.Equal(expected.Order(), StageRules.NextStages(from).Order());
    }

    [Fact]
    public void NextStages_UnknownStage_IsEmpty()
    {
        Assert.Empty(StageRules.NextStages((Stage)99));
    }

    [Fact]
    public void CanMove_UnknownFromStage_IsFalse()
    {
        Assert.False(StageRules.CanMove((Stage)99, Stage.Screening));
    }

    [Theory]
    [InlineData(Stage.Sourced, false)]
    [InlineData(Stage.Screening, false)]
    [InlineData(Stage.Submitted, false)]
    [InlineData(Stage.ClientReview, false)]
    [InlineData(Stage.Interview, false)]
    [InlineData(Stage.Offer, false)]
    [InlineData(Stage.Placed, true)]
    [InlineData(Stage.Closed, true)]
    public void IsFinal_EachStage_TrueOnlyForPlacedAndClosed(Stage stage, bool expected)
    {
        Assert.Equal(expected, StageRules.IsFinal(stage));
    }
}
