using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>One row of a <see cref="Table"/>.</summary>
public sealed class TableRow
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableRow";

    public IList<TableCell> Cells { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}
