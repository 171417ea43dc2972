using System.Text.Json;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;
using ChampionBot.Features.Results;

namespace ChampionBot.Tests.Commands;

/// <summary>The one reader of card data: one rule for numbers, blanks and values that cannot be read, for every card.</summary>
public sealed class CardDataTests
{
    [Theory]
    [InlineData("""{"challengeId":42}""")]
    [InlineData("""{"challengeId":"42"}""")]
    [InlineData("""{"challengeId":" 42 "}""")]
    public void Read_WholeNumberAsJsonNumberOrTrimmedString_IsTheNumber(string json)
    {
        var read = CardData.Read<ChallengeActionData>(Parse(json));

        Assert.Equal(42, read.Value.ChallengeId);
        Assert.Empty(read.Problems);
    }

    [Theory]
    [InlineData("""{"challengeId":""}""")]
    [InlineData("""{"challengeId":"   "}""")]
    [InlineData("""{"challengeId":null}""")]
    [InlineData("""{}""")]
    [InlineData("""[1,2]""")]
    public void Read_BlankOrMissingNumber_IsNullWithoutAProblem(string json)
    {
        var read = CardData.Read<ChallengeActionData>(Parse(json));

        Assert.Null(read.Value.ChallengeId);
        Assert.Empty(read.Problems);
    }

    [Fact]
    public void Read_TextAndNumbers_AreTrimmedAndBlankTextIsNull()
    {
        var read = CardData.Read<ResultForm>(Parse("""{"worked":" yes ","minutesBefore":45,"minutesWithAi":"  ","differently":"\n"}"""));

        Assert.Equal("yes", read.Value.Worked);
        Assert.Equal("45", read.Value.MinutesBefore);
        Assert.Null(read.Value.MinutesWithAi);
        Assert.Null(read.Value.Differently);
    }

    [Fact]
    public void Read_ValueThatIsNotANumber_NamesTheFieldAndKeepsEverythingTyped()
    {
        var read = CardData.Read<ChallengeForm>(Parse("""{"challengeId":"12","version":"seven","title":"Monday report","baselineMinutes":"sixty"}"""));

        var problem = Assert.Single(read.Problems);
        Assert.Equal(CardFields.Version, problem.Field);
        Assert.Contains("version \"seven\"", problem.Message, StringComparison.Ordinal);
        Assert.Null(read.Value.Version);
        Assert.Equal(12, read.Value.ChallengeId);
        Assert.Equal("Monday report", read.Value.Title);
        Assert.Equal("sixty", read.Value.BaselineMinutes);
        Assert.Equal(string.Empty, read.Value.Steps);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"TRUE\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("\"yes\"", false)]
    public void Read_TickBox_IsTrueOnlyForTrue(string value, bool expected)
    {
        var read = CardData.Read<ProgramFormInput>(Parse($$"""{"{{ProgramFormInput.ConfirmScopeId}}":{{value}}}"""));

        Assert.Equal(expected, read.Value.ConfirmScope);
    }

    [Theory]
    [InlineData("2.5", 2.5)]
    [InlineData(" 2,5 ", 2.5)]
    [InlineData("", null)]
    [InlineData("two", null)]
    [InlineData("1,000", null)]
    [InlineData("1,5,0", null)]
    [InlineData("1.5,0", null)]
    [InlineData("Infinity", null)]
    [InlineData("NaN", null)]
    [InlineData("45", 45.0)]
    public void Number_TypedByAPerson_AcceptsAPointOrACommaAndNothingElse(string typed, double? expected) =>
        Assert.Equal(expected, CardData.Number(typed));

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
