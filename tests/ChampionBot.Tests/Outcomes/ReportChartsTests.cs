using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Report;
using ChampionBot.Tests.Cards;

namespace ChampionBot.Tests.Outcomes;

/// <summary>The report's charts read at a glance in Teams: a title shown, whole names, round ticks, a legend that fits.</summary>
public sealed class ReportChartsTests
{
    private static readonly LedgerFigures FieldSales = new(7, 7, 6, 1, 386, 7 * 2400) { Tried = 7 };
    private static readonly LedgerFigures Growth = new(5, 5, 4, 1, 180, 5 * 2400) { Tried = 5 };

    [Fact]
    public void Teams_LongNames_AreShortenedUnderTheBarsAndWrittenOutBesideTheChart()
    {
        var teams = ReportCharts.Teams([new LedgerLine("Field Sales", FieldSales), new LedgerLine("Growth Marketing", Growth)], 12);

        var chart = Assert.Single(teams.Items.OfType<VerticalBarChart>());
        Assert.Equal(["Field S.", "Growth M.", "Target"], chart.Data.Select(b => b.X));
        Assert.All(chart.Data, b => Assert.True(b.X.Length <= ChartLabels.MaxLength, b.X));
        var words = string.Join("\n", teams.Items.OfType<TextBlock>().Select(t => t.Text));
        Assert.Contains("Field S.: Field Sales; Growth M.: Growth Marketing", words, StringComparison.Ordinal);
        Assert.Equal(["Field Sales", "Growth Marketing"], Assert.IsType<FactSet>(chart.Fallback).Facts.Select(f => f.Title));
    }

    [Fact]
    public void Short_NamesThatWouldComeOutTheSame_KeepANumberEach()
    {
        Assert.Equal(["Sales", "Marketing", "Marketi 1", "Marketi 2"], ChartLabels.Short(["Sales", "Marketing", "Marketing North", "Marketing South"]));
    }

    [Fact]
    public void Teams_AllUnderTheTarget_EndTheAxisAtTheTargetSoItsQuarterTicksAreRound()
    {
        var chart = Assert.Single(ReportCharts.Teams([new LedgerLine("Sales", FieldSales), new LedgerLine("Growth", Growth)], 12).Items.OfType<VerticalBarChart>());

        Assert.Equal(12, chart.Data.Max(b => b.Y)); // Teams ticks 0, 3, 6, 9, 12 (2.3 at the top ticked 0.58, 1.15, 1.73)
        Assert.Equal(ChartColor.Neutral, chart.Data[^1].Color);
    }

    [Theory]
    [InlineData(12, 12)]
    [InlineData(13.7, 16)]
    [InlineData(2.3, 2.4)]
    [InlineData(31, 32)]
    [InlineData(0.3, 0.32)]
    public void RoundTop_AnyLargestValue_IsAtLeastItWithQuartersOfOneSignificantFigure(double largest, double top)
    {
        Assert.Equal(top, ReportCharts.RoundTop(largest), 6);
    }

    [Fact]
    public void Trend_TwoWeeks_RunsItsAxisFromZeroToARoundTop()
    {
        LedgerWeek Week(int day, LedgerFigures figures) => new(new DateOnly(2026, 11, day), figures, figures);

        var chart = Assert.Single(ReportCharts.Trend([Week(23, Growth), Week(30, FieldSales)], 15).Items.OfType<LineChart>());

        Assert.Equal(0, chart.YMin);
        Assert.Equal(16, chart.YMax); // 15 % target: ticks 4, 8, 12, 16, not 3.75, 7.5…
    }

    [Fact]
    public void Capacity_ThreeSegments_HaveLegendsShortEnoughToShareOneLine()
    {
        var gauge = ReportCharts.Capacity(FieldSales, 12);

        Assert.Equal(["Under 12 %", "12–25 %", "Over 25 %"], gauge.Segments.Select(s => s.Legend));
    }

    [Fact]
    public void Build_Figures_PutsAHeadingTeamsShowsAboveEveryChartButTheGaugeWhichDrawsItsOwn()
    {
        var card = ReportCard.Build(Program(), OutcomesGallery.Sample());

        var containers = card.Body!.OfType<Container>().Where(c => c.Items.OfType<Chart>().Any()).ToList();
        Assert.Equal(4, containers.Count); // what worked, per team, week by week, the funnel
        Assert.All(containers, c => Assert.Equal(c.Items.OfType<Chart>().Single().Title, Assert.IsType<TextBlock>(c.Items[0]).Text));
    }

    [Fact]
    public void Build_Figures_SaysWhereTheKpiStandsBesideIt()
    {
        var card = ReportCard.Build(Program("Minutes saved per participant per week"), OutcomesGallery.Sample());

        var facts = card.Body!.OfType<FactSet>().First().Facts;
        var now = Assert.Single(facts, f => f.Title == "Where it stands").Value;
        Assert.Equal("9 h 35 min saved a week per person who reported (24 people); capacity 24.0 % against the 15.0 % target", now); // 13,800 ÷ 24 = 575 min
    }

    [Fact]
    public void Build_TooFewPeople_WithholdsWhereTheKpiStands()
    {
        var ledger = new Ledger(15, null, new LedgerFunnel(4, 4, null, null, null), [], [], [], []);

        var card = ReportCard.Build(Program(), ledger);

        Assert.StartsWith(Ledger.Withheld, Assert.Single(card.Body!.OfType<FactSet>().First().Facts, f => f.Title == "Where it stands").Value, StringComparison.Ordinal);
    }

    private static ChampionProgram Program(string? kpi = null) =>
        new() { Name = "Pilot", BusinessOutcome = "Outcome", Kpi = kpi, TimeZoneId = "Europe/London", CadenceCron = "0 9 * * 1" };
}
