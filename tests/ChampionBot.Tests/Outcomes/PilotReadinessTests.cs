using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Readiness;
using ChampionBot.Features.Outcomes.Report;

namespace ChampionBot.Tests.Outcomes;

/// <summary>Crawl, walk, run: whether the pilot has proved its case, on ledgers computed by hand.</summary>
public sealed class PilotReadinessTests
{
    private static readonly ReadinessOptions Bars = new(); // 60 % worked, 50 % participation

    [Fact]
    public void Assess_CapacityInTheBandWorkedAndParticipationAboveTheBars_IsProved()
    {
        // 1,800 of 6 × 2,400 working minutes = 12.5 %; 6 + 1 of 10 results worked = 70 %; 6 of 10 enrolled tried = 60 %.
        var readiness = PilotReadiness.Assess(Ledger(target: 15, saved: 1_800, people: 6, firstTry: 6, rescued: 1, enrolled: 10), Bars);

        Assert.True(readiness.Proved);
        Assert.Equal(["Capacity", "It worked", "Participation"], readiness.Criteria.Select(c => c.Name));
        Assert.Equal("12.5 % is within the 12–25 % band", readiness.Criteria[0].Why);
        Assert.StartsWith("70 % of results worked", readiness.Criteria[1].Why, StringComparison.Ordinal);
        Assert.StartsWith("6 of 10 enrolled people (60 %)", readiness.Criteria[2].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_EverythingShort_SaysWhyForEachCriterion()
    {
        // 1,000 / 14,400 = 6.9 %; 4 + 1 of 10 = 50 %; 6 of 20 = 30 %.
        var readiness = PilotReadiness.Assess(Ledger(target: 15, saved: 1_000, people: 6, firstTry: 4, rescued: 1, enrolled: 20), Bars);

        Assert.False(readiness.Proved);
        Assert.All(readiness.Criteria, c => Assert.False(c.Met));
        Assert.Equal("6.9 % is below the 12–25 % band and the 15.0 % target", readiness.Criteria[0].Why);
        Assert.Contains("50 % of results worked", readiness.Criteria[1].Why, StringComparison.Ordinal);
        Assert.Contains("below the 60 % bar", readiness.Criteria[1].Why, StringComparison.Ordinal);
        Assert.Contains("6 of 20 enrolled people (30 %)", readiness.Criteria[2].Why, StringComparison.Ordinal);
        Assert.StartsWith("Not yet: capacity, it worked, participation", ReportReadiness.Verdict(readiness), StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_BelowTheBandButAtTheProgramsOwnTarget_MeetsCapacity()
    {
        var readiness = PilotReadiness.Assess(Ledger(target: 5, saved: 1_000, people: 6, firstTry: 6, rescued: 1, enrolled: 10), Bars);

        Assert.True(readiness.Criteria[0].Met);
        Assert.Equal("6.9 % reaches the program's 5.0 % target", readiness.Criteria[0].Why);
        Assert.True(readiness.Proved);
    }

    [Fact]
    public void Assess_FewerThanFivePeopleReported_IsNotProvedAndSaysSo()
    {
        var readiness = PilotReadiness.Assess(new Ledger(15, null, new LedgerFunnel(4, 4, null, null, null), [], [], [], []), Bars);

        Assert.False(readiness.Proved);
        Assert.All(readiness.Criteria, c => Assert.Contains("fewer than 5 people", c.Why, StringComparison.Ordinal));
    }

    private static Ledger Ledger(double target, long saved, int people, int firstTry, int rescued, int enrolled)
    {
        var figures = new LedgerFigures(people, 10, firstTry, rescued, saved, people * 2400) { Tried = people };
        return new Ledger(target, figures, new LedgerFunnel(enrolled, enrolled, people, null, null), [], [], [], []);
    }
}
