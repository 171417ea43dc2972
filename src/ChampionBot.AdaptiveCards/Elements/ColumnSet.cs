namespace ChampionBot.AdaptiveCards;

/// <summary>Lays <see cref="Column"/>s side by side.</summary>
public sealed class ColumnSet : CardElement
{
    private protected override string TypeName => "ColumnSet";

    public IList<Column>? Columns { get; init; }

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public string? MinHeight { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary>Invoked when the whole set is tapped. <see cref="ShowCardAction"/> is not allowed here.</summary>
    public CardAction? SelectAction { get; init; }
}
