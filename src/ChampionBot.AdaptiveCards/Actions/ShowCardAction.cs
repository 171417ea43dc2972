namespace ChampionBot.AdaptiveCards;

/// <summary>
/// <c>Action.ShowCard</c>: reveals a nested card below the actions, e.g. a short form. Inputs of the nested card are
/// sent only by actions inside it. Allowed in action lists, not as a select action.
/// </summary>
public sealed class ShowCardAction : CardAction
{
    private protected override string TypeName => "Action.ShowCard";

    public required AdaptiveCard Card { get; init; }
}
