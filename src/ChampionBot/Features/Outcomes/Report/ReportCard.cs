using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Pulse;
using ChampionBot.Features.Outcomes.Readiness;

namespace ChampionBot.Features.Outcomes.Report;

/// <summary>
/// The owners' outcome report: the program's business outcome and KPI first, then the ledger at a glance (capacity
/// against the band, per team, week by week, the funnel, what worked), a line to paste into an executive update, and
/// the figures per role and challenge. Every figure is about five people or more, or says so.
/// </summary>
public static class ReportCard
{
    public const string Title = "What the program changed";

    /// <param name="readiness">Crawl, walk, run: whether the pilot has proved its case; the section is left out without it.</param>
    /// <param name="maturity">The maturity pulse's rounds; the section is left out without them.</param>
    public static AdaptiveCard Build(ChampionProgram program, Ledger ledger, PilotReadiness? readiness = null, MaturityPulseReport? maturity = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(Title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new FactSet
            {
                Facts =
                [
                    new Fact("Program", program.Name),
                    new Fact("Business outcome", program.BusinessOutcome),
                    new Fact("KPI", string.IsNullOrWhiteSpace(program.Kpi) ? "not set (program, to add one)" : program.Kpi),
                    new Fact("Where it stands", LedgerText.KpiNow(ledger)),
                    new Fact("Capacity target", $"{LedgerText.Percent(ledger.TargetPercent)} (early benchmark {LedgerText.Band})"),
                ],
            },
            new TextBlock("To paste into an update:") { Weight = TextWeight.Bolder, Wrap = true, Separator = true },
            new TextBlock(LedgerText.Summary(program, ledger)) { Wrap = true, Spacing = Spacing.Small },
        };
        if (readiness is not null)
        {
            body.Add(ReportReadiness.Build(program, readiness));
        }

        if (ledger.Program is { } figures)
        {
            body.Add(ReportCharts.Capacity(figures, ledger.TargetPercent));
            body.Add(new FactSet
            {
                Facts =
                [
                    new Fact("Time saved", LedgerText.Capacity(figures)),
                    new Fact("It worked", $"{LedgerText.Rate(figures.WorkedFirstTryRate)} first time, {LedgerText.Rate(figures.WorkedAfterRescueRate)} after a rescue"),
                    new Fact("Time to value", "median " + LedgerText.DaysToValue(figures.MedianDaysToValue) + " to a first success"),
                    new Fact("How people feel about the task now", figures.AverageFeeling is { } feeling ? $"{feeling:0.0} of 5 (no 'before' is asked yet)" : "no answers yet"),
                ],
            });
            body.Add(ReportCharts.Outcomes(figures));
        }

        if (ledger.Teams.Any(t => t.Figures is not null))
        {
            body.Add(ReportCharts.Teams(ledger.Teams, ledger.TargetPercent));
        }

        if (ledger.Weeks.Count(w => w.UpToThen is not null) >= 2)
        {
            body.Add(ReportCharts.Trend(ledger.Weeks, ledger.TargetPercent));
        }

        body.Add(ReportCharts.Funnel(ledger.Funnel));
        body.Add(Lines("Per role", ledger.Roles));
        body.Add(Lines("Per challenge", ledger.Challenges));
        if (maturity is not null)
        {
            body.Add(ReportMaturity.Build(maturity.Rounds, maturity.EveryWeeks));
        }

        body.Add(new TextBlock($"To protect people, a figure appears only when at least {Ledger.MinimumPeople} people reported, and stays as it was " +
            $"until {Ledger.MinimumPeople} more people's results are new. Never a usage leaderboard: nobody is named.")
        {
            Wrap = true,
            IsSubtle = true,
            Size = TextSize.Small,
            Separator = true,
        });

        return new AdaptiveCard { MsTeams = TeamsCardOptions.FullWidth, Body = body, FallbackText = LedgerText.Summary(program, ledger) };
    }

    private static Container Lines(string heading, IReadOnlyList<LedgerLine> lines) => new()
    {
        Separator = true,
        Items =
        [
            new TextBlock(heading) { Weight = TextWeight.Bolder, Wrap = true },
            lines.Count == 0
                ? new TextBlock("Nothing reported yet.") { Wrap = true, IsSubtle = true }
                : new FactSet { Facts = [.. lines.Select(l => new Fact(l.Label, Describe(l.Figures)))] },
        ],
    };

    private static string Describe(LedgerFigures? f) => f is null
        ? Ledger.Withheld
        : $"{LedgerText.Capacity(f)} · worked {LedgerText.Rate(f.WorkedAfterRescueRate)} · {LedgerText.People(f.People)} people";
}
