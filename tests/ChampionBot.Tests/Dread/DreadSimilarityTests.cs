using ChampionBot.Features.Dread;

namespace ChampionBot.Tests.Dread;

public sealed class DreadSimilarityTests
{
    [Theory]
    [InlineData("Monday status report", "weekly status update to my boss")]
    [InlineData("Writing the weekly status report for my manager", "Status updates for leadership every Friday")]
    [InlineData("Cleaning up the lead list in Excel", "weekly lead list clean-up")]
    [InlineData("Answering RFPs", "RFP responses take forever")]
    [InlineData("Meeting notes after every client call", "writing up notes from client meetings")]
    public void AreSimilar_SameDreadSaidDifferently_IsTrue(string a, string b) =>
        Assert.True(DreadSimilarity.AreSimilar(a, b), $"{DreadSimilarity.Between(a, b):0.00} between \"{a}\" and \"{b}\"");

    [Theory]
    [InlineData("Monday status report", "Answering RFPs")]
    [InlineData("weekly status update to my boss", "weekly expense report")]
    [InlineData("Cleaning up the lead list in Excel", "Building the board deck")]
    [InlineData("Meeting notes after every client call", "Monday status report")]
    public void AreSimilar_DifferentDreads_IsFalse(string a, string b) =>
        Assert.False(DreadSimilarity.AreSimilar(a, b), $"{DreadSimilarity.Between(a, b):0.00} between \"{a}\" and \"{b}\"");

    [Fact]
    public void KeyWords_FillerFrequencyAndPlurals_AreNormalisedAway() =>
        Assert.Equal(
            ["manager", "report", "status"],
            DreadSimilarity.KeyWords("Writing my Monday STATUS updates for the boss!").Order(StringComparer.Ordinal));

    [Fact]
    public void Between_EmptyOrOnlyFiller_IsZero()
    {
        Assert.Equal(0, DreadSimilarity.Between("", "status report"));
        Assert.Equal(0, DreadSimilarity.Between("the weekly one on Monday", "status report"));
    }
}
