using System.Text.Json;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Tests.Schema;

public sealed class ActivityExtensionsTests
{
    private static Activity Parse(string json) => JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!;

    [Fact]
    public void GetTextWithoutBotMention_ChannelMessage_RemovesOnlyTheBotsMention()
    {
        var activity = Parse("""
            {"type":"message","text":"<at>ChampionBot</at> challenge show <at>Megan Bowen</at>",
             "recipient":{"id":"28:bot"},
             "entities":[{"type":"mention","text":"<at>ChampionBot</at>","mentioned":{"id":"28:bot"}},
                         {"type":"mention","text":"<at>Megan Bowen</at>","mentioned":{"id":"29:megan"}}]}
            """);

        Assert.Equal("challenge show", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_NbspAndSpaces_Collapsed()
    {
        var activity = Parse("""{"type":"message","text":"  dread&nbsp;top \n ","recipient":{"id":"28:bot"}}""");

        Assert.Equal("dread top", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void Deserialize_UnknownFields_SurviveARoundTrip()
    {
        var activity = Parse("""{"type":"message","text":"hi","futureField":{"a":1},"from":{"id":"29:x","userRole":"user"}}""");

        var json = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        Assert.Contains("\"futureField\":{\"a\":1}", json, StringComparison.Ordinal);
        Assert.Contains("\"userRole\":\"user\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void BotWasAdded_MembersAddedHoldsTheRecipient_IsTrue()
    {
        var activity = Parse("""{"type":"conversationUpdate","recipient":{"id":"28:bot"},"membersAdded":[{"id":"29:a"},{"id":"28:bot"}]}""");

        Assert.True(activity.BotWasAdded());
    }

    [Fact]
    public void GetClientTimeZone_FromClientInfoEntity()
    {
        var activity = Parse("""{"type":"message","entities":[{"type":"clientInfo","timezone":"Europe/Berlin"}]}""");

        Assert.Equal("Europe/Berlin", activity.GetClientTimeZone());
    }

    [Fact]
    public void ConversationReferenceFromActivity_ChannelMessage_KeepsTeamAndChannel()
    {
        var activity = Parse("""
            {"type":"message","serviceUrl":"https://smba.trafficmanager.net/emea/","recipient":{"id":"28:bot"},
             "from":{"id":"29:u","aadObjectId":"o"},"conversation":{"id":"19:c;messageid=1","conversationType":"channel"},
             "channelData":{"tenant":{"id":"t"},"team":{"id":"19:team"},"channel":{"id":"19:c"}}}
            """);

        var reference = ConversationReference.FromActivity(activity);

        Assert.Equal(new ConversationReference("https://smba.trafficmanager.net/emea/", "19:c;messageid=1", "channel", "t", "28:bot", "29:u", "o", "19:team", "19:c"), reference);
    }
}
