namespace ChampionBot.AdaptiveCards;

/// <summary><c>Chart.VerticalBar</c>: one bar per category.</summary>
public sealed class VerticalBarChart : Chart
{
    private protected override string TypeName => "Chart.VerticalBar";

    public IList<BarValue> Data { get; init; } = [];

    public string? XAxisTitle { get; init; }

    public string? YAxisTitle { get; init; }

    /// <summary>The colour for every bar (a <see cref="ChartColor"/> name).</summary>
    public string? Color { get; init; }

    public bool? ShowBarValues { get; init; }
}

/// <summary>One bar: its category <see cref="X"/> and its value <see cref="Y"/>.</summary>
public sealed record BarValue(string X, double Y)
{
    public string? Color { get; init; }
}
