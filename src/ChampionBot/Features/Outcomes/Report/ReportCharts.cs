using System.Globalization;
using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Outcomes.Capacity;

namespace ChampionBot.Features.Outcomes.Report;

/// <summary>
/// The report's Teams charts, each with a fallback that says the same in words for clients that cannot draw it. A chart
/// whose values are all zero is given as its words: Teams draws an empty range with an axis of tiny fractions (1e-4).
/// Teams draws a gauge's title but no other chart's (it passes their <c>title</c> on only as the screen reader's label), so
/// every other chart comes under a heading of its own (<see cref="Titled"/>).
/// </summary>
public static class ReportCharts
{
    /// <summary>
    /// The program's capacity increase on a gauge whose segments are below, within and above the band. Teams writes a
    /// gauge's value as a percentage of its range, so the range is 0–100: the number it shows is the capacity %. The
    /// segments' legends are short, so all three fit on one line (longer ones were folded into "+2 items").
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
                new GaugeSegment($"Under {Ledger.BandLow:0} %", Ledger.BandLow) { Color = ChartColor.Warning },
                new GaugeSegment(LedgerText.Band, Ledger.BandHigh - Ledger.BandLow) { Color = ChartColor.Good },
                new GaugeSegment($"Over {Ledger.BandHigh:0} %", max - Ledger.BandHigh) { Color = ChartColor.CategoricalBlue },
            ],
            Fallback = Words($"Capacity increase: {LedgerText.Capacity(program)}, {LedgerText.AgainstBand(program.CapacityPercent)} (target {LedgerText.Percent(targetPercent)})."),
        };
    }

    /// <summary>
    /// Capacity % per team, coloured against the band, beside a grey bar for the program's target: Teams ends the axis at
    /// the tallest bar and ticks it in quarters, so the target (a round figure) gives round ticks where 2.3 gave 0.58.
    /// Team names are shortened to fit under their bars (<see cref="ChartLabels"/>) and written out in full below the chart
    /// and in the words; teams under five people are named in the words only.
    /// </summary>
    public static Container Teams(IReadOnlyList<LedgerLine> teams, double targetPercent)
    {
        var shown = teams.Where(t => t.Figures is not null).ToList();
        var labels = ChartLabels.Short([.. shown.Select(t => t.Label)]);
        var chart = new VerticalBarChart
        {
            Title = TeamsTitle,
            XAxisTitle = "Team",
            YAxisTitle = "% of working time",
            ShowBarValues = true,
            Data =
            [
                .. shown.Select((t, i) => new BarValue(labels[i], Math.Round(t.Figures!.CapacityPercent, 1)) { Color = BandColor(t.Figures.CapacityPercent) }),
                new BarValue("Target", Math.Round(targetPercent, 1)) { Color = ChartColor.Neutral },
            ],
            Fallback = new FactSet { Facts = [.. teams.Select(t => new Fact(t.Label, t.Figures is null ? Ledger.Withheld : $"{LedgerText.Capacity(t.Figures)}, {LedgerText.AgainstBand(t.Figures.CapacityPercent)}"))] },
        };
        var key = string.Join("; ", shown.Select((t, i) => (Short: labels[i], t.Label)).Where(l => l.Short != l.Label).Select(l => $"{l.Short}: {l.Label}"));
        var caption = $"Yellow: under the {LedgerText.Band} band; green: within it; blue: over it; grey: the program's target." + (key.Length > 0 ? " " + key + "." : string.Empty);
        return Titled(TeamsTitle, Drawn(chart, shown.Select(t => t.Figures!.CapacityPercent)), caption);
    }

    public const string TeamsTitle = "Capacity increase per team (%)";

    /// <summary>
    /// Capacity week by week (everything reported up to each week), with the program's target beside it. The axis runs from
    /// 0 to a round top (<see cref="RoundTop"/>) so its quarter ticks are round figures.
    /// </summary>
    public static Container Trend(IReadOnlyList<LedgerWeek> weeks, double targetPercent)
    {
        var shown = weeks.Where(w => w.UpToThen is not null).ToList();
        var values = shown.Select(w => Math.Round(w.UpToThen!.CapacityPercent, 1)).ToList();
        const string title = "Capacity increase so far, week by week (%)";
        return Titled(title, Drawn(new LineChart
        {
            Title = title,
            XAxisTitle = "Week of",
            YAxisTitle = "% of working time",
            YMin = 0,
            YMax = RoundTop(values.Append(targetPercent).Max()),
            Data =
            [
                new LineSeries("Capacity increase", [.. shown.Select((w, i) => new LinePoint(Week(w.WeekOf), values[i]))]) { Color = ChartColor.CategoricalBlue },
                new LineSeries("Target", [.. shown.Select(w => new LinePoint(Week(w.WeekOf), targetPercent))]) { Color = ChartColor.Neutral },
            ],
            Fallback = new FactSet { Facts = [.. weeks.Select(w => new Fact("Week of " + Week(w.WeekOf), LedgerText.Capacity(w.UpToThen)))] },
        }, values));
    }

    /// <summary>
    /// Enrolled → received → tried → it worked → repeated, one bar each as a whole percent of the people enrolled, so the
    /// bars' heights show where people drop out and the axis ends at 100 with round ticks (27 people at the top ticked
    /// 6.75, 13.5, 20.3). The people themselves are counted under the chart and in the words, with the stages' long names.
    /// </summary>
    public static Container Funnel(LedgerFunnel funnel)
    {
        var stages = Stages(funnel);
        const string title = "Participation (% of the people enrolled)";
        var chart = new VerticalBarChart
        {
            Title = title,
            ShowBarValues = true,
            Color = ChartColor.Good,
            Data = [.. stages.Where(s => s.People is not null).Select(s => new BarValue(s.Short, funnel.Enrolled == 0 ? 0 : Math.Round(100.0 * s.People!.Value / funnel.Enrolled)))],
            Fallback = new FactSet { Facts = [.. stages.Select(s => new Fact(s.Name, LedgerText.People(s.People)))] },
        };
        var counts = "People: " + string.Join("; ", stages.Select(s => $"{s.Name.ToLowerInvariant()} {LedgerText.People(s.People)}")) + ".";
        return Titled(title, Drawn(chart, chart.Data.Select(b => b.Y)), chart.Data.Any(b => b.Y > 0) ? counts : null);
    }

    /// <summary>What became of the results: worked first time, worked after the rescue, didn't work.</summary>
    public static Container Outcomes(LedgerFigures program)
    {
        var failed = program.Results - program.WorkedFirstTry - program.WorkedAfterRescue;
        const string title = "Did it work? (results)";
        return Titled(title, new DonutChart
        {
            Title = title,
            Data =
            [
                new ChartSlice("First time", program.WorkedFirstTry) { Color = ChartColor.Good },
                new ChartSlice("After a rescue", program.WorkedAfterRescue) { Color = ChartColor.CategoricalTeal },
                new ChartSlice("Not yet", failed) { Color = ChartColor.Warning },
            ],
            Fallback = Words($"It worked first time for {LedgerText.Rate(program.WorkedFirstTryRate)} of {program.Results:N0} results, " +
                $"and for {LedgerText.Rate(program.WorkedAfterRescueRate)} after the \"didn't work\" rescue."),
        });
    }

    public static IReadOnlyList<(string Name, string Short, int? People)> Stages(LedgerFunnel funnel) =>
    [
        ("Enrolled", "Enrolled", funnel.Enrolled),
        ("Received a challenge", "Received", funnel.Received),
        ("Tried one", "Tried", funnel.Tried),
        ("It worked", "Worked", funnel.Succeeded),
        ("Tried two or more", "Repeated", funnel.Repeated),
    ];

    /// <summary>
    /// The smallest axis top at or above <paramref name="value"/> whose quarters are round: 4 × 1, 2, 2.5, 3, 4, 5, 6 or 8
    /// times a power of ten (12 → 12, 13.7 → 16, 2.3 → 2.4, 31 → 32).
    /// </summary>
    public static double RoundTop(double value)
    {
        if (value <= 0)
        {
            return 4;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value / 4)));
        var step = new[] { 1, 2, 2.5, 3, 4, 5, 6, 8, 10 }.Select(m => m * power).First(s => (s * 4) >= value - 1e-9);
        return Math.Round(step * 4, 6);
    }

    /// <summary>The chart, or its words when none of its values is above zero.</summary>
    private static CardElement Drawn(Chart chart, IEnumerable<double> values) =>
        values.Any(v => v > 0) ? chart : chart.Fallback ?? throw new InvalidOperationException("Every report chart has words to fall back on.");

    /// <summary>A heading Teams shows (it does not draw a bar, line or donut chart's own title), the chart, and a line under it.</summary>
    private static Container Titled(string title, CardElement chart, string? caption = null) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            new TextBlock(title) { Weight = TextWeight.Bolder, Wrap = true, HorizontalAlignment = HorizontalAlignment.Center },
            chart,
            .. caption is null ? Array.Empty<CardElement>() : [new TextBlock(caption) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small }],
        ],
    };

    private static string BandColor(double percent) => percent < Ledger.BandLow ? ChartColor.Warning : percent > Ledger.BandHigh ? ChartColor.CategoricalBlue : ChartColor.Good;

    private static string Week(DateOnly weekOf) => weekOf.ToString("d MMM", CultureInfo.InvariantCulture);

    private static TextBlock Words(string text) => new(text) { Wrap = true };
}
