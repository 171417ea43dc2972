using System.Globalization;
using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Pulse;

namespace ChampionBot.Features.Outcomes.Report;

/// <summary>The pulse's rounds for the report, and how many weeks apart they are asked (to name each round).</summary>
public sealed record MaturityPulseReport(IReadOnlyList<MaturityRound> Rounds, int EveryWeeks);

/// <summary>The report's maturity pulse: per round, the words at least five people used for their team's AI maturity.</summary>
public static class ReportMaturity
{
    public const string Heading = "In one word: where teams are with AI";

    public static Container Build(IReadOnlyList<MaturityRound> rounds, int everyWeeks) => new()
    {
        Separator = true,
        Items =
        [
            new TextBlock(Heading) { Weight = TextWeight.Bolder, Wrap = true },
            rounds.Count == 0
                ? new TextBlock("Nobody has been asked yet: people get the question with the program's first challenge, then every " +
                    $"{everyWeeks} weeks.") { Wrap = true, IsSubtle = true }
                : new FactSet { Facts = [.. rounds.Select(r => new Fact(When(r.Round, everyWeeks), Describe(r)))] },
        ],
    };

    public static string When(int round, int everyWeeks) => round == 0 ? "At the start" : $"After {round * everyWeeks} weeks";

    private static string Describe(MaturityRound round)
    {
        if (round.People is not { } people)
        {
            return Ledger.Withheld;
        }

        var answered = $"{people.ToString("N0", CultureInfo.InvariantCulture)} people answered";
        return round.Words.Count == 0
            ? $"{answered}; no word was given by {Ledger.MinimumPeople} or more yet"
            : string.Join(", ", round.Words.Select(w => $"{w.Word} ({w.People.ToString(CultureInfo.InvariantCulture)})")) + " · " + answered;
    }
}
