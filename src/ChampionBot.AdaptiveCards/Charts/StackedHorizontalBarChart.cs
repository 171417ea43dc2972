namespace ChampionBot.AdaptiveCards;

/// <summary><c>Chart.HorizontalBar.Stacked</c>: one bar per row, split into its parts.</summary>
public sealed class StackedHorizontalBarChart : Chart
{
    private protected override string TypeName => "Chart.HorizontalBar.Stacked";

    public IList<StackedBar> Data { get; init; } = [];

    public string? XAxisTitle { get; init; }

    public string? YAxisTitle { get; init; }
}

/// <summary>One row of a stacked bar chart and its parts.</summary>
public sealed record StackedBar(string Title, IList<ChartSlice> Data);

/// <summary>A named part of a whole (a donut's slice, a stacked bar's segment).</summary>
public sealed record ChartSlice(string Legend, double Value)
{
    public string? Color { get; init; }
}
