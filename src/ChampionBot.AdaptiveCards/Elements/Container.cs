namespace ChampionBot.AdaptiveCards;

/// <summary>
/// Groups elements, optionally with a background style. No <c>rtl</c> property on purpose: the 1.5 schema spells it
/// <c>rtl?</c> on Container and forbids anything else, so a card setting it would fail validation.
/// </summary>
public sealed class Container : CardElement
{
    private protected override string TypeName => "Container";

    public IList<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public bool? Bleed { get; init; }

    public string? MinHeight { get; init; }

    /// <summary>Invoked when the container is tapped. <see cref="ShowCardAction"/> is not allowed here.</summary>
    public CardAction? SelectAction { get; init; }
}
