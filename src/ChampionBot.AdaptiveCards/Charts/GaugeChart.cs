namespace ChampionBot.AdaptiveCards;

/// <summary><c>Chart.Gauge</c>: one value against coloured segments between <see cref="Min"/> and <see cref="Max"/>.</summary>
public sealed class GaugeChart : Chart
{
    private protected override string TypeName => "Chart.Gauge";

    public double Value { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public IList<GaugeSegment> Segments { get; init; } = [];

    /// <summary>"Percentage" (the default) or "Fraction".</summary>
    public string? ValueFormat { get; init; }

    public string? SubLabel { get; init; }

    public bool? ShowLegend { get; init; }

    public bool? ShowMinMax { get; init; }
}

/// <summary>A coloured stretch of a gauge, <see cref="Size"/> units long.</summary>
public sealed record GaugeSegment(string Legend, double Size)
{
    public string? Color { get; init; }
}
