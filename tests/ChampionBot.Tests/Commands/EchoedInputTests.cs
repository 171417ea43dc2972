using ChampionBot.Features.Commands;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Commands;

/// <summary>The bot never posts a link it was fed: what people typed comes back as inert, quoted text.</summary>
public sealed class EchoedInputTests : IDisposable
{
    private readonly AppHost _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task UnknownCommand_InAChannelWithAMarkdownLink_QuotesItAsCodeWithoutTheLinkSyntax()
    {
        await _app.SendAsync(TestActivities.ChannelMention("[Reset MFA now](https://ev.il/a)", TestPeople.Megan));

        var text = Assert.Single(_app.Connector.Calls).Text!;
        Assert.StartsWith("I don't know `(Reset MFA now)(https://ev.il/a)`", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"https://ev.il\">pay</a>", "`(a href=\"https://ev.il\")pay(/a)`")]
    [InlineData("back`tick` and\u202Egnp.exe", "`back'tick' andgnp.exe`")]
    [InlineData("a\r\n\r\nb", "`a b`")]
    public void Quote_MarkupAndInvisibleCharacters_AreNeutralised(string typed, string expected) =>
        Assert.Equal(expected, EchoedText.Quote(typed));

    [Fact]
    public void Quote_LongText_IsCutWithAnEllipsisInsideTheQuote() =>
        Assert.Equal("`" + new string('x', 40) + "…`", EchoedText.Quote(new string('x', 100)));
}
