using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.Features.Commands;

/// <summary>
/// Decides an audience that depends on what the card is about (<see cref="CommandAudience.NomineeManager"/>, say) from
/// the card's data. The feature that owns the card registers it; <see cref="CardActionGate"/> asks it before the handler
/// runs, and refuses when no check is registered for the audience (fail closed).
/// </summary>
public interface ICardAudience
{
    CommandAudience Audience { get; }

    Task<bool> AllowsAsync(TurnContext turn, AdaptiveCardInvokeAction action);
}
