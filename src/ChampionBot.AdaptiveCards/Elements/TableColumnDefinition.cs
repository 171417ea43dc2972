using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>The width and default alignment of one <see cref="Table"/> column.</summary>
public sealed class TableColumnDefinition
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableColumnDefinition";

    /// <summary>A relative weight or pixels; <see cref="ColumnWidth.Auto"/> and <see cref="ColumnWidth.Stretch"/> do not apply to tables.</summary>
    public ColumnWidth? Width { get; init; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}
