namespace ChampionBot.AdaptiveCards;

/// <summary>Buttons placed among the body elements rather than in the card's action bar.</summary>
public sealed class ActionSet : CardElement
{
    public IList<CardAction> Actions { get; init; } = [];
}
