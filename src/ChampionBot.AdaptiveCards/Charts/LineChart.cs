namespace ChampionBot.AdaptiveCards;

/// <summary><c>Chart.Line</c>: one line per series.</summary>
public sealed class LineChart : Chart
{
    private protected override string TypeName => "Chart.Line";

    public IList<LineSeries> Data { get; init; } = [];

    public string? XAxisTitle { get; init; }

    public string? YAxisTitle { get; init; }

    public string? Color { get; init; }

    /// <summary>Where the value axis starts and ends; without them Teams ends it at the largest value, in quarters of it (0.58, 1.15…).</summary>
    public double? YMin { get; init; }

    public double? YMax { get; init; }
}

/// <summary>A named line and its points.</summary>
public sealed record LineSeries(string Legend, IList<LinePoint> Values)
{
    public string? Color { get; init; }
}

public sealed record LinePoint(string X, double Y);
