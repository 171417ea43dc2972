using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>
/// One cell of a <see cref="TableRow"/>. Like <see cref="Container"/> it has no <c>rtl</c>: the 1.5 schema spells it
/// <c>rtl?</c> here and rejects any other property.
/// </summary>
public sealed class TableCell
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableCell";

    public IList<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public bool? Bleed { get; init; }

    public string? MinHeight { get; init; }

    /// <summary>Invoked when the cell is tapped. <see cref="ShowCardAction"/> is not allowed here.</summary>
    public CardAction? SelectAction { get; init; }

    /// <summary>A cell holding one wrapped text block, the common case.</summary>
    public static TableCell WithText(string text) => new() { Items = [new TextBlock(text) { Wrap = true }] };
}
