using System.Globalization;
using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Outcomes;

/// <summary>
/// The report's Teams charts, each with a fallback that says the same in words for clients that cannot draw it. A chart
/// whose values are all zero is given as its words: Teams draws an empty range with an axis of tiny fractions (1e-4).
/// </summary>
public static class ReportCharts
{
    /// <summary>
    /// The program's capacity increase on a gauge whose segments are below, within and above the band. Teams writes a
    /// gauge's value as a percentage of its range, so the range is 0–100: the number it shows is the capacity %.
    /// </summary>
    public static GaugeChart Capacity(LedgerFigures program, double targetPercent)
    {
        var max = Math.Max(100, Math.Ceiling(program.CapacityPercent / 5) * 5);
        return new GaugeChart
        {
            Title = "Capacity increase",
            Value = Math.Round(program.CapacityPercent, 1),
            Min = 0,
            Max = max,
            SubLabel = $"target {LedgerText.Percent(targetPercent)}",
            Segments =
            [
                new GaugeSegment("Below the band", Ledger.BandLow) { Color = ChartColor.Warning },
                new GaugeSegment("Early benchmark " + LedgerText.Band, Ledger.BandHigh - Ledger.BandLow) { Color = ChartColor.Good },
                new GaugeSegment("Above the band", max - Ledger.BandHigh) { Color = ChartColor.CategoricalBlue },
            ],
            Fallback = Words($"Capacity increase: {LedgerText.Capacity(program)}, {LedgerText.AgainstBand(program.CapacityPercent)} (target {LedgerText.Percent(targetPercent)})."),
        };
    }

    /// <summary>Capacity % per team, coloured against the band; teams under five people are named in the fallback only.</summary>
    public static CardElement Teams(IReadOnlyList<LedgerLine> teams) => Drawn(new VerticalBarChart
    {
        Title = "Capacity increase per team (%)",
        XAxisTitle = "Team",
        YAxisTitle = "% of working time",
        ShowBarValues = true,
        Data = [.. teams.Where(t => t.Figures is not null).Select(t => new BarValue(t.Label, Math.Round(t.Figures!.CapacityPercent, 1)) { Color = BandColor(t.Figures.CapacityPercent) })],
        Fallback = new FactSet { Facts = [.. teams.Select(t => new Fact(t.Label, t.Figures is null ? Ledger.Withheld : $"{LedgerText.Capacity(t.Figures)}, {LedgerText.AgainstBand(t.Figures.CapacityPercent)}"))] },
    }, chart => chart.Data.Select(b => b.Y));

    /// <summary>Capacity week by week (everything reported up to each week), with the program's target beside it.</summary>
    public static CardElement Trend(IReadOnlyList<LedgerWeek> weeks, double targetPercent)
    {
        var shown = weeks.Where(w => w.UpToThen is not null).ToList();
        return Drawn(new LineChart
        {
            Title = "Capacity increase, week by week (%)",
            XAxisTitle = "Week of",
            YAxisTitle = "% of working time",
            Data =
            [
                new LineSeries("Capacity increase", [.. shown.Select(w => new LinePoint(Week(w.WeekOf), Math.Round(w.UpToThen!.CapacityPercent, 1)))]) { Color = ChartColor.CategoricalBlue },
                new LineSeries("Target", [.. shown.Select(w => new LinePoint(Week(w.WeekOf), targetPercent))]) { Color = ChartColor.Neutral },
            ],
            Fallback = new FactSet { Facts = [.. weeks.Select(w => new Fact("Week of " + Week(w.WeekOf), LedgerText.Capacity(w.UpToThen)))] },
        }, chart => chart.Data.SelectMany(s => s.Values).Select(p => p.Y));
    }

    /// <summary>
    /// Enrolled → received → tried → it worked → repeated, one bar of people each, so the bars' heights show where people
    /// drop out (a one-slice stacked bar filled its row whatever its number). Short names fit under the bars; the words keep the long ones.
    /// </summary>
    public static CardElement Funnel(LedgerFunnel funnel)
    {
        var stages = Stages(funnel);
        return Drawn(new VerticalBarChart
        {
            Title = "Participation (people)",
            ShowBarValues = true,
            Color = ChartColor.Good,
            Data = [.. stages.Where(s => s.People is not null).Select(s => new BarValue(s.Short, s.People!.Value))],
            Fallback = new FactSet { Facts = [.. stages.Select(s => new Fact(s.Name, LedgerText.People(s.People)))] },
        }, chart => chart.Data.Select(b => b.Y));
    }

    /// <summary>What became of the results: worked first time, worked after the rescue, didn't work.</summary>
    public static DonutChart Outcomes(LedgerFigures program)
    {
        var failed = program.Results - program.WorkedFirstTry - program.WorkedAfterRescue;
        return new DonutChart
        {
            Title = "Did it work?",
            Data =
            [
                new ChartSlice("First time", program.WorkedFirstTry) { Color = ChartColor.Good },
                new ChartSlice("After a rescue", program.WorkedAfterRescue) { Color = ChartColor.CategoricalTeal },
                new ChartSlice("Not yet", failed) { Color = ChartColor.Warning },
            ],
            Fallback = Words($"It worked first time for {LedgerText.Rate(program.WorkedFirstTryRate)} of {program.Results:N0} results, " +
                $"and for {LedgerText.Rate(program.WorkedAfterRescueRate)} after the \"didn't work\" rescue."),
        };
    }

    public static IReadOnlyList<(string Name, string Short, int? People)> Stages(LedgerFunnel funnel) =>
    [
        ("Enrolled", "Enrolled", funnel.Enrolled),
        ("Received a challenge", "Received", funnel.Received),
        ("Tried one", "Tried", funnel.Tried),
        ("It worked", "Worked", funnel.Succeeded),
        ("Tried two or more", "Repeated", funnel.Repeated),
    ];

    /// <summary>The chart, or its words when none of its values is above zero.</summary>
    private static CardElement Drawn<TChart>(TChart chart, Func<TChart, IEnumerable<double>> values) where TChart : Chart =>
        values(chart).Any(v => v > 0) ? chart : chart.Fallback ?? throw new InvalidOperationException("Every report chart has words to fall back on.");

    private static string BandColor(double percent) => percent < Ledger.BandLow ? ChartColor.Warning : percent > Ledger.BandHigh ? ChartColor.CategoricalBlue : ChartColor.Good;

    private static string Week(DateOnly weekOf) => weekOf.ToString("d MMM", CultureInfo.InvariantCulture);

    private static TextBlock Words(string text) => new(text) { Wrap = true };
}
