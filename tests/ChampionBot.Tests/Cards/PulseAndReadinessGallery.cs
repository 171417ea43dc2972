using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Pulse;
using ChampionBot.Features.Outcomes.Readiness;
using ChampionBot.Features.Outcomes.Report;

namespace ChampionBot.Tests.Cards;

/// <summary>The maturity pulse's cards, <c>program widen</c>'s refusal, and the report with its crawl-walk-run and pulse sections.</summary>
internal static class PulseAndReadinessGallery
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        yield return ("maturity pulse", MaturityPulseCard.Build(3, 0));
        yield return ("maturity pulse (two words refused, text kept)", MaturityPulseCard.Build(3, 1, "getting there", MaturityWord.Validate("getting there").Problem));
        yield return ("maturity pulse (thank you)", MaturityPulseCard.Thanks("curious"));

        var program = new ChampionProgram
        {
            Name = "Marketing Pilot",
            BusinessOutcome = "Cut RFP turnaround from 5 days to 2",
            CapacityTargetPercent = 15,
            TimeZoneId = "Europe/London",
            CadenceCron = "0 9 * * 1",
            PilotTeamName = "Marketing Pilot",
        };
        var notYet = PilotReadiness.Assess(new Ledger(15, null, new LedgerFunnel(4, 4, null, null, null), [], [], [], []), new ReadinessOptions());
        yield return ("program widen (refused: case not proved)", WidenRefusalCard.Build(program, WidenScope.Read("Sales, Support", out _)!, notYet));

        var ledger = OutcomesGallery.Sample();
        var rounds = new MaturityPulseReport(
            [
                new MaturityRound(0, 26, [new MaturityWordCount("skeptical", 9), new MaturityWordCount("curious", 7)]),
                new MaturityRound(1, 24, [new MaturityWordCount("experimenting", 11), new MaturityWordCount("curious", 6)]),
                new MaturityRound(2, 3, []),
            ],
            4);
        yield return ("report (crawl, walk, run and the pulse)", ReportCard.Build(program, ledger, PilotReadiness.Assess(ledger, new ReadinessOptions()), rounds));
        var widened = new ChampionProgram
        {
            Name = program.Name,
            BusinessOutcome = program.BusinessOutcome,
            CapacityTargetPercent = 15,
            TimeZoneId = program.TimeZoneId,
            CadenceCron = program.CadenceCron,
            Stage = ProgramStage.Walk,
            WidenedTo = "Sales, Support",
            WidenedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
        };
        yield return ("report (widened, nobody asked yet)", ReportCard.Build(widened, ledger, notYet, new MaturityPulseReport([], 4)));
    }
}
