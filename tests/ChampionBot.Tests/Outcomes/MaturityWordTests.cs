using ChampionBot.Features.Outcomes.Pulse;

namespace ChampionBot.Tests.Outcomes;

/// <summary>The pulse's one-word rule, as the server applies it whatever the client checked.</summary>
public sealed class MaturityWordTests
{
    [Theory]
    [InlineData("Curious", "curious")]
    [InlineData("  experimenting \n", "experimenting")]
    [InlineData("\"Skeptical.\"", "skeptical")]
    [InlineData("AI-curious", "ai-curious")]
    [InlineData("Überfordert", "überfordert")]
    [InlineData("can't", "can't")]
    public void Validate_OneWord_IsTrimmedAndLowerCased(string typed, string stored)
    {
        var (word, problem) = MaturityWord.Validate(typed);

        Assert.Equal(stored, word);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData(null, "Type one word")]
    [InlineData("   ", "Type one word")]
    [InlineData("\"\"", "Type one word")]
    [InlineData("getting there", "One word only")]
    [InlineData("very\tearly", "One word only")]
    [InlineData("pneumonoultramicroscopicsilicovolcanoconiosis", "more than 30 characters")]
    [InlineData("[lost](https://example.com)", "Letters only")]
    [InlineData("<b>lost</b>", "Letters only")]
    [InlineData("🚀", "Letters only")]
    public void Validate_NotOneShortWord_IsRefusedWithAReason(string? typed, string reason)
    {
        var (word, problem) = MaturityWord.Validate(typed);

        Assert.Null(word);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
