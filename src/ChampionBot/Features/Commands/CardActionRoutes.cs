using ChampionBot.BotFramework.Routing;

namespace ChampionBot.Features.Commands;

/// <summary>How the app's features register card actions: each verb with the audience that may use it, as commands do.</summary>
public static class CardActionRoutes
{
    /// <summary>
    /// Routes <paramref name="verb"/> to <paramref name="handler"/>; for anyone outside <paramref name="audience"/> the
    /// <see cref="CardActionGate"/> answers instead, before the handler runs, so the handler never sees them.
    /// </summary>
    public static ActivityRouter OnCardAction(this ActivityRouter router, string verb, CommandAudience audience, CardActionHandler handler) =>
        router.OnCardAction(verb, audience == CommandAudience.Everyone ? handler : async (turn, action) =>
            await turn.Services.GetRequiredService<CardActionGate>().RefusalAsync(turn, action, audience) ?? await handler(turn, action));
}
