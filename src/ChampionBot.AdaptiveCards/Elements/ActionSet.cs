namespace ChampionBot.AdaptiveCards;

/// <summary>Buttons placed among the body elements rather than in the card's action bar.</summary>
public sealed class ActionSet : CardElement
{
    private protected override string TypeName => "ActionSet";

    public IList<CardAction> Actions { get; init; } = [];
}
