using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Tests.Routing;

public sealed class InvokeResponsesTests
{
    [Fact]
    public void Message_WithMarkdownBold_IsPlainTextBecauseTeamsShowsItAsIs()
    {
        var response = InvokeResponses.Message("Send me **result** in our 1:1 chat.");

        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, response.Type);
        Assert.Equal("Send me result in our 1:1 chat.", response.Value!.Value.GetString());
    }
}
