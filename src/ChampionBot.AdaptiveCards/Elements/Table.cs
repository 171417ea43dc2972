namespace ChampionBot.AdaptiveCards;

/// <summary>A grid of cells (Adaptive Cards 1.5). Each row should have as many cells as there are columns.</summary>
public sealed class Table : CardElement
{
    private protected override string TypeName => "Table";

    public IList<TableColumnDefinition>? Columns { get; init; }

    public IList<TableRow>? Rows { get; init; }

    /// <summary>Screen readers announce the first row as headers; the schema's default is true.</summary>
    public bool? FirstRowAsHeader { get; init; }

    public bool? ShowGridLines { get; init; }

    public ContainerStyle? GridStyle { get; init; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}
