using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.Features.Commands;

/// <summary>Runs the command a <see cref="CommandButton"/> carries, through the same dispatcher as typed text.</summary>
public static class CommandButtonHandler
{
    public static async Task<AdaptiveCardInvokeResponse> RunAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (CardData.Read<CommandButtonData>(action.Data).Value.Command is not { } command)
        {
            return InvokeResponses.Message("This button is out of date. Type help to see what I can do.");
        }

        await turn.Services.GetRequiredService<CommandDispatcher>().HandleAsync(turn, command);

        // The answer is in the chat below; the card the person clicked stays as it was.
        return InvokeResponses.Message($"You asked for {EchoedText.Quote(command, 80)}: my answer is below.");
    }
}
