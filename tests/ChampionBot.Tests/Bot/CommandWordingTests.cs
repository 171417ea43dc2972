using ChampionBot.Features.Help;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Bot;

/// <summary>
/// People type commands the way they talk: other words for the privacy commands, a question mark at the end, a
/// greeting or a thank-you. Each gets the command they meant or a friendly answer, never "I don't know".
/// </summary>
public sealed class CommandWordingTests : IDisposable
{
    private readonly ChampionBotApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("opt out")]
    [InlineData("Opt-Out")]
    [InlineData("unsubscribe")]
    [InlineData("STOP")]
    [InlineData("optout!")]
    public async Task OptOutInOtherWords_OptsOut(string typed)
    {
        await _app.SendAndSettleAsync(TestActivities.PersonalMessage("help", TestPeople.Megan));
        _app.Connector.Clear();

        await _app.SendAndSettleAsync(TestActivities.PersonalMessage(typed, TestPeople.Megan));

        Assert.Contains("you're opted out", Assert.Single(_app.Connector.Calls).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my data")]
    [InlineData("show my data")]
    public async Task MyDataInOtherWords_ShowsTheStoredData(string typed)
    {
        await _app.SendAndSettleAsync(TestActivities.PersonalMessage("help", TestPeople.Megan));
        _app.Connector.Clear();

        await _app.SendAndSettleAsync(TestActivities.PersonalMessage(typed, TestPeople.Megan));

        Assert.Contains("Everything I store about you", Assert.Single(_app.Connector.Calls).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_AsksToConfirmForgettingFirst()
    {
        await _app.SendAndSettleAsync(TestActivities.PersonalMessage("help", TestPeople.Megan));
        _app.Connector.Clear();

        await _app.SendAndSettleAsync(TestActivities.PersonalMessage("delete my data", TestPeople.Megan));

        Assert.Contains("Yes, delete everything", Assert.Single(_app.Connector.Calls).CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help?")]
    [InlineData("Help.")]
    [InlineData("  help  ")]
    public async Task CommandWithEndingPunctuation_IsUnderstood(string typed)
    {
        await _app.SendAndSettleAsync(TestActivities.PersonalMessage(typed));

        Assert.Contains(HelpCard.Title, Assert.Single(_app.Connector.Calls).CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hi", "I'm ChampionBot")]
    [InlineData("Hello!", "I'm ChampionBot")]
    [InlineData("Thanks!", "You're welcome")]
    [InlineData("thank you", "You're welcome")]
    public async Task GreetingOrThanks_GetsAFriendlyAnswer(string typed, string expected)
    {
        await _app.SendAndSettleAsync(TestActivities.PersonalMessage(typed));

        var text = Assert.Single(_app.Connector.Calls).Text;
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("I don't know", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgramWithWordsItDoesNotTake_SaysSoInsteadOfShowingTheCard()
    {
        await _app.SendAndSettleAsync(TestActivities.PersonalMessage("program owners meganb@contoso.example", TestPeople.Owner));

        var call = Assert.Single(_app.Connector.Calls);
        Assert.Empty(call.CardText);
        Assert.Contains("I don't know `program owners meganb@contoso.example`", call.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", call.Text, StringComparison.Ordinal);
    }
}
