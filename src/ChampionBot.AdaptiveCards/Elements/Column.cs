using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
public sealed class Column
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public string? Id { get; init; }

    public IList<CardElement>? Items { get; init; }

    public ColumnWidth? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public bool? Bleed { get; init; }

    public string? MinHeight { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }

    /// <summary>Invoked when the column is tapped. <see cref="ShowCardAction"/> is not allowed here.</summary>
    public CardAction? SelectAction { get; init; }
}
