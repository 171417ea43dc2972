using Microsoft.Extensions.DependencyInjection;
using ChampionBot.Features.Help;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Commands;

/// <summary>
/// People type commands the way they talk: other words for the privacy commands, a question mark at the end, a
/// greeting or a thank-you. Each gets the command they meant or a friendly answer, never "I don't know".
/// </summary>
public sealed class CommandWordingTests : IDisposable
{
    private readonly AppHost _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("opt out")]
    [InlineData("Opt-Out")]
    [InlineData("unsubscribe")]
    [InlineData("STOP")]
    [InlineData("optout!")]
    public async Task OptOutInOtherWords_OptsOut(string typed)
    {
        await _app.SendAsync(TestActivities.PersonalMessage("help", TestPeople.Megan));
        _app.Connector.Clear();

        await _app.SendAsync(TestActivities.PersonalMessage(typed, TestPeople.Megan));

        Assert.Contains("you're opted out", Assert.Single(_app.Connector.Calls).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my data")]
    [InlineData("show my data")]
    public async Task MyDataInOtherWords_ShowsTheStoredData(string typed)
    {
        await _app.SendAsync(TestActivities.PersonalMessage("help", TestPeople.Megan));
        _app.Connector.Clear();

        await _app.SendAsync(TestActivities.PersonalMessage(typed, TestPeople.Megan));

        Assert.Contains("Everything I store about you", Assert.Single(_app.Connector.Calls).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_AsksToConfirmForgettingFirst()
    {
        await _app.SendAsync(TestActivities.PersonalMessage("help", TestPeople.Megan));
        _app.Connector.Clear();

        await _app.SendAsync(TestActivities.PersonalMessage("delete my data", TestPeople.Megan));

        Assert.Contains("Yes, delete everything", Assert.Single(_app.Connector.Calls).CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help?")]
    [InlineData("Help.")]
    [InlineData("  help  ")]
    public async Task CommandWithEndingPunctuation_IsUnderstood(string typed)
    {
        await _app.SendAsync(TestActivities.PersonalMessage(typed));

        Assert.Contains(HelpCard.Title, Assert.Single(_app.Connector.Calls).CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hi", "I'm ChampionBot")]
    [InlineData("Hello!", "I'm ChampionBot")]
    [InlineData("Thanks!", "You're welcome")]
    [InlineData("thank you", "You're welcome")]
    public async Task GreetingOrThanks_GetsAFriendlyAnswer(string typed, string expected)
    {
        await _app.SendAsync(TestActivities.PersonalMessage(typed));

        var text = Assert.Single(_app.Connector.Calls).Text;
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("I don't know", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgramWithWordsItDoesNotTake_SaysSoInsteadOfShowingTheCard()
    {
        await _app.SendAsync(TestActivities.PersonalMessage("program owners meganb@contoso.example", TestPeople.Owner));

        var call = Assert.Single(_app.Connector.Calls);
        Assert.Empty(call.CardText);
        Assert.Contains("I don't know `program owners meganb@contoso.example`", call.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", call.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IDreadSomething_OpensTheDreadCardWithWhatWasTyped()
    {
        await _app.SendAsync(TestActivities.PersonalMessage("I dread writing the weekly status report", TestPeople.Megan));

        var card = Assert.Single(_app.Connector.Calls).CardText;
        Assert.Contains("The task you dread", card, StringComparison.Ordinal);
        Assert.Contains("writing the weekly status report", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DreadWithText_PrefillsTheCard()
    {
        await _app.SendAsync(TestActivities.PersonalMessage("dread cleaning the lead list", TestPeople.Megan));

        Assert.Contains("cleaning the lead list", Assert.Single(_app.Connector.Calls).CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What should I do this week?")]
    [InlineData("what's this week's challenge")]
    [InlineData("how it went")]
    [InlineData("report my result")]
    public async Task PlainlyWordedIntent_RunsTheCommandItMeans(string typed)
    {
        await _app.SendAsync(TestActivities.PersonalMessage(typed, TestPeople.Megan));

        var call = Assert.Single(_app.Connector.Calls);
        Assert.DoesNotContain("I don't know", call.Text ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What can you do?")]
    [InlineData("how does this work")]
    [InlineData("I need help")]
    public async Task AskingForHelpInWords_ShowsTheHelpCard(string typed)
    {
        await _app.SendAsync(TestActivities.PersonalMessage(typed));

        Assert.Contains(HelpCard.Title, Assert.Single(_app.Connector.Calls).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImageOnly_GetsAShortFriendlyAnswer()
    {
        var image = TestActivities.PersonalMessage(string.Empty, TestPeople.Megan);
        image["attachments"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "https://example.invalid/a.png" });

        await _app.SendAsync(image);

        Assert.Contains("can't look at pictures", Assert.Single(_app.Connector.Calls).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyMessage_GetsAShortFriendlyAnswer()
    {
        var empty = TestActivities.PersonalMessage(string.Empty, TestPeople.Megan);
        empty.Remove("text");

        await _app.SendAsync(empty);

        Assert.Contains("didn't get any words", Assert.Single(_app.Connector.Calls).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MentionWithNothingElseInChannel_SaysNoWordsNotPictures()
    {
        // Teams sends every channel message with a text/html copy of it: that is not a picture or a file.
        await _app.SendAsync(TestActivities.ChannelMention(string.Empty, TestPeople.Megan));

        var reply = Assert.Single(_app.Connector.Calls).Text;
        Assert.Contains("didn't get any words", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("pictures", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandUsages_HoldNoAngleBracketPlaceholders()
    {
        using var scope = _app.Services.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<ChampionBot.Features.Commands.CommandCatalog>();

        // Teams and the Playground swallow "<id>" as markup, so owners saw "challenge show" and typed it without an id.
        Assert.All(catalog.All, c => Assert.DoesNotMatch("<[^>]*>", c.Usage + " " + c.Description));
    }
}
