using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Report;

namespace ChampionBot.Tests.Cards;

/// <summary>The owners' report in its states: figures with every chart, everything withheld, nothing reported yet.</summary>
internal static class OutcomesGallery
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        var program = new ChampionProgram
        {
            Name = "Marketing Pilot",
            BusinessOutcome = "Cut RFP turnaround from 5 days to 2",
            Kpi = "RFP turnaround in days",
            CapacityTargetPercent = 15,
            TimeZoneId = "Europe/London",
            CadenceCron = "0 9 * * 1",
        };
        yield return ("report (figures and charts)", ReportCard.Build(program, Sample()));
        yield return ("report (not enough people yet)", ReportCard.Build(program, new Ledger(15, null, new LedgerFunnel(4, 4, null, null, null),
            [new LedgerLine("Marketing Pilot", null)], [new LedgerLine("Demand generation", null)], [new LedgerLine("Clean the lead list", null)],
            [new LedgerWeek(new DateOnly(2026, 11, 23), null, null)])));
        yield return ("report (nothing yet)", ReportCard.Build(program, new Ledger(15, null, new LedgerFunnel(0, 0, null, null, null), [], [], [], [])));
    }

    public static Ledger Sample()
    {
        static LedgerFigures Figures(int people, long saved, double working) =>
            new(people, people * 2, people * 3 / 2, people / 4, saved, working) { MedianDaysToValue = 6, AverageFeeling = 3.8, Tried = people, Succeeded = people - 1, Repeated = people / 2 };

        return new Ledger(
            15,
            Figures(24, 13_800, 24 * 2400),
            new LedgerFunnel(30, 28, 24, 23, 12),
            [new LedgerLine("Marketing Pilot", Figures(14, 9_000, 14 * 2400)), new LedgerLine("Sales Pilot", Figures(6, 1_200, 6 * 2400)), new LedgerLine("Legal", null)],
            [new LedgerLine("Demand generation", Figures(12, 7_000, 12 * 2400)), new LedgerLine("Sales", null)],
            [new LedgerLine("Clean the lead list", Figures(18, 6_000, 20 * 2400)), new LedgerLine("First draft of an RFP answer", null)],
            [
                new LedgerWeek(new DateOnly(2026, 11, 9), Figures(8, 3_000, 24 * 2400), Figures(8, 3_000, 24 * 2400)),
                new LedgerWeek(new DateOnly(2026, 11, 16), null, Figures(15, 7_500, 24 * 2400)),
                new LedgerWeek(new DateOnly(2026, 11, 23), Figures(12, 6_300, 24 * 2400), Figures(24, 13_800, 24 * 2400)),
            ]);
    }
}
