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

    /// <summary>The refusal when what the card is about no longer exists (<see cref="CardAudienceVerdict.Gone"/>), in the feature's words.</summary>
    string GoneText { get; }

    Task<CardAudienceVerdict> CheckAsync(TurnContext turn, AdaptiveCardInvokeAction action);
}

/// <summary>What an <see cref="ICardAudience"/> found; each refusal is worded differently, so nobody is told "not yours" about a card that is merely broken or out of date.</summary>
public enum CardAudienceVerdict
{
    Allowed,

    /// <summary>The card is about something, but not something this person may act on.</summary>
    NotInAudience,

    /// <summary>The card does not say what it is about (an old or garbled card).</summary>
    Unreadable,

    /// <summary>What the card is about was removed or withdrawn since it was sent.</summary>
    Gone,
}
