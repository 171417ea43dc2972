using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChampionBot.AdaptiveCards.Tests;

public class ExecuteActionTests
{
    [Fact]
    public void ToJson_ExecuteAction_HasSubmitFallbackWithTheDataAndTheVerb()
    {
        var card = new AdaptiveCard
        {
            Actions =
            [
                new ExecuteAction
                {
                    Title = "Approve",
                    Verb = "nomination.approve",
                    Data = new JsonObject { ["nominationId"] = 7 },
                    Style = ActionStyle.Positive,
                },
            ],
        };

        var action = JsonDocument.Parse(card.ToJson()).RootElement.GetProperty("actions")[0];

        Assert.Equal(
            """{"type":"Action.Execute","verb":"nomination.approve","data":{"nominationId":7},"fallback":{"type":"Action.Submit","data":{"nominationId":7,"verb":"nomination.approve"},"title":"Approve","style":"positive"},"title":"Approve","style":"positive"}""",
            action.GetRawText());
    }

    [Fact]
    public void ToSubmit_ExecuteWithoutData_CarriesOnlyTheVerb()
    {
        var submit = new ExecuteAction { Verb = "help" }.ToSubmit();

        Assert.Equal("""{"verb":"help"}""", submit.Data!.ToJsonString());
    }

    [Fact]
    public void ToSubmit_Called_LeavesTheExecuteDataUnchanged()
    {
        var execute = new ExecuteAction { Verb = "v", Data = new JsonObject { ["id"] = "1" } };

        _ = execute.ToSubmit();

        Assert.Equal("""{"id":"1"}""", execute.Data!.ToJsonString());
    }

    [Fact]
    public void Fallback_SetExplicitly_ReplacesTheSubmitFallback()
    {
        var execute = new ExecuteAction { Verb = "v", Fallback = new OpenUrlAction { Url = "https://example.com" } };

        Assert.IsType<OpenUrlAction>(execute.Fallback);
    }

    [Fact]
    public void Fallback_FallbackToSubmitOff_IsNotWritten()
    {
        var card = new AdaptiveCard { Actions = [new ExecuteAction { Verb = "v", FallbackToSubmit = false }] };

        Assert.DoesNotContain("fallback", card.ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("fallbackToSubmit", card.ToJson(), StringComparison.Ordinal);
    }
}
