namespace ChampionBot.AdaptiveCards;

/// <summary><c>Chart.Donut</c>: parts of a whole.</summary>
public sealed class DonutChart : Chart
{
    private protected override string TypeName => "Chart.Donut";

    public IList<ChartSlice> Data { get; init; } = [];
}
