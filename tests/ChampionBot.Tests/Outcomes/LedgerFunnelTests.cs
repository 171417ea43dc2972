using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Report;

namespace ChampionBot.Tests.Outcomes;

/// <summary>The report never contradicts itself: no funnel step above the one before, no chart of nothing but zeros.</summary>
public sealed class LedgerFunnelTests
{
    [Fact]
    public void Of_StepsKeptFromAnEarlierReportAboveTheStepBefore_AreCappedAtIt()
    {
        Assert.Equal(new LedgerFunnel(6, 6, 6, 6, 6), LedgerFunnel.Of(6, 7, 21, 19, 8));
        Assert.Equal(new LedgerFunnel(20, 18, 12, 9, 5), LedgerFunnel.Of(20, 18, 12, 9, 5));
        Assert.Equal(new LedgerFunnel(4, 4, null, null, null), LedgerFunnel.Of(4, 4, null, null, null));
        Assert.Equal(new LedgerFunnel(9, 9, 7, null, null), LedgerFunnel.Of(9, 9, 7, null, 6)); // after a withheld step, withheld too
    }

    [Fact]
    public void Teams_EveryTeamAtZero_IsWordsNotAChartWithAnAxisOfFractions()
    {
        var zero = new LedgerFigures(5, 5, 0, 0, 0, 5 * 2400) { Tried = 5 };
        var some = zero with { MinutesSavedPerWeek = 120 };

        var nothing = ReportCharts.Teams([new LedgerLine("Sales", zero), new LedgerLine("Legal", null)], 12);
        var something = ReportCharts.Teams([new LedgerLine("Sales", some), new LedgerLine("Legal", zero)], 12);

        Assert.Single(nothing.Items.OfType<FactSet>());
        Assert.Empty(nothing.Items.OfType<Chart>()); // the target's bar alone is no reason to draw
        Assert.Equal(3, Assert.Single(something.Items.OfType<VerticalBarChart>()).Data.Count); // two teams and the target
    }

    [Fact]
    public void Funnel_NobodyEnrolled_IsWordsNotAChart()
    {
        Assert.Single(ReportCharts.Funnel(new LedgerFunnel(0, 0, null, null, null)).Items.OfType<FactSet>());
        var funnel = ReportCharts.Funnel(new LedgerFunnel(6, 6, 5, null, null));
        Assert.Equal([100.0, 100, 83], Assert.Single(funnel.Items.OfType<VerticalBarChart>()).Data.Select(b => b.Y)); // % of the six enrolled: the axis ends at 100
        Assert.Equal("People: enrolled 6; received a challenge 6; tried one 5; it worked fewer than 5; tried two or more fewer than 5.", funnel.Items.OfType<TextBlock>().Last().Text);
    }
}
