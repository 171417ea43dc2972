using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Help;
using ChampionBot.Features.Welcome;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Help;

/// <summary>The first things a person meets: the welcome, help, and an answer to text the bot doesn't know.</summary>
public sealed class HelpAndWelcomeTests : IDisposable
{
    private readonly AppHost _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Help_InPersonalChat_RepliesWithHelpCardInThatConversation()
    {
        await _app.SendAsync(TestActivities.PersonalMessage("help"));

        var call = Assert.Single(_app.Connector.Calls);
        Assert.Equal(HttpMethod.Post, call.Method);
        Assert.EndsWith("/v3/conversations/a%3A1Hx7personal-chat-megan/activities", call.Path, StringComparison.Ordinal);
        Assert.Contains(HelpCard.Title, call.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_FromParticipant_ListsOnlyEveryonesCommands()
    {
        await _app.SendAsync(TestActivities.PersonalMessage("HELP", TestPeople.Megan));

        var card = Assert.Single(_app.Connector.Calls).CardText;
        Assert.Contains("For everyone", card, StringComparison.Ordinal);
        Assert.DoesNotContain("For program owners", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_WithBotMentionInChannel_StripsMentionAndRepliesInThread()
    {
        await _app.SendAsync(TestActivities.ChannelMention("help"));

        var call = Assert.Single(_app.Connector.Calls);
        Assert.Contains("19%3Aai-challenges%40thread.tacv2%3Bmessageid%3D1763888740118", call.Path, StringComparison.Ordinal);
        Assert.Contains(HelpCard.Title, call.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("halp", "help")]
    [InlineData("hepl", "help")]
    public async Task UnknownText_CloseToACommand_SuggestsIt(string typed, string suggested)
    {
        await _app.SendAsync(TestActivities.PersonalMessage(typed));

        var text = Assert.Single(_app.Connector.Calls).Text;
        Assert.Contains($"Did you mean **{suggested}**", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownText_FarFromEveryCommand_PointsToHelp()
    {
        await _app.SendAsync(TestActivities.PersonalMessage("what's the weather in Leeds"));

        var text = Assert.Single(_app.Connector.Calls).Text;
        Assert.DoesNotContain("Did you mean", text, StringComparison.Ordinal);
        Assert.Contains("Type **help**", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallationUpdateAdd_Personal_SendsWelcomeOnceEvenWhenRepeated()
    {
        await _app.SendAsync(TestActivities.Load("installation-update-add"));
        await _app.SendAsync(TestActivities.Load("installation-update-add"));

        var call = Assert.Single(_app.Connector.Calls);
        Assert.Contains(WelcomeCards.PersonalTitle, call.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_BotAddedToTeam_IntroducesItselfInChannel()
    {
        await _app.SendAsync(TestActivities.Load("conversation-update-bot-added-to-team"));

        var call = Assert.Single(_app.Connector.Calls);
        Assert.EndsWith("/v3/conversations/19%3Amarketing-pilot%40thread.tacv2/activities", call.Path, StringComparison.Ordinal);
        Assert.Contains(WelcomeCards.TeamTitle, call.CardText, StringComparison.Ordinal);
        Assert.Contains("Marketing Pilot", call.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_SomeoneElseAdded_SendsNothing()
    {
        var activity = TestActivities.Load("conversation-update-bot-added-to-team");
        activity["membersAdded"]![0]!["id"] = "29:someone-new";

        await _app.SendAsync(activity);

        Assert.Empty(_app.Connector.Calls);
    }

    [Fact]
    public void WelcomeAndHelpButtons_AreUniversalActionsThatRunACommand()
    {
        var cards = new[] { WelcomeCards.Personal("Megan"), HelpCard.Build([], inChannel: false) };

        foreach (var action in cards.SelectMany(c => c.ToJsonElement().GetProperty("actions").EnumerateArray()))
        {
            // Action.Submit with msteams imBack throws in the Agents Playground and does nothing.
            Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
            Assert.Equal(CommandButton.Verb, action.GetProperty("verb").GetString());
            Assert.DoesNotContain("msteams", action.GetProperty("data").GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CommandButton_Clicked_RunsTheCommandAndKeepsTheCard()
    {
        var activity = TestActivities.Load("invoke-adaptive-card-action");
        activity["value"]!["action"]!["verb"] = CommandButton.Verb;
        activity["value"]!["action"]!["data"] = new JsonObject { [CommandButton.CommandKey] = "help" };

        var answer = await _app.InvokeAsync(activity);

        Assert.Equal(InvokeAnswer.MessageType, answer.Type);
        Assert.Contains(HelpCard.Title, Assert.Single(_app.Connector.Calls).CardText, StringComparison.Ordinal);
    }
}
