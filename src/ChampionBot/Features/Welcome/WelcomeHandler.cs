using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.Features.Welcome;

/// <summary>
/// Greets a person when they install the bot, and a team when the bot is added to it. Teams (and the Playground, on every
/// page load) can announce the same installation several times, so each conversation is welcomed once.
/// </summary>
public sealed class WelcomeHandler(IWelcomeLog welcomed)
{
    public async Task OnInstallationUpdateAsync(TurnContext turn)
    {
        if (turn.Activity.Action is "add" or "add-upgrade")
        {
            await WelcomeOnceAsync(turn);
        }
    }

    public async Task OnConversationUpdateAsync(TurnContext turn)
    {
        if (turn.Activity.BotWasAdded())
        {
            await WelcomeOnceAsync(turn);
        }
    }

    private async Task WelcomeOnceAsync(TurnContext turn)
    {
        var conversationId = turn.Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId) || !await welcomed.TryMarkAsync(conversationId, turn.CancellationToken))
        {
            return;
        }

        var card = turn.Activity.IsPersonal()
            ? WelcomeCards.Personal(FirstName(turn.Activity.From?.Name))
            : WelcomeCards.Team(turn.Activity.ChannelData?.Team?.Name);
        await turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), card.FallbackText));
    }

    private static string? FirstName(string? displayName) =>
        displayName?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
}
