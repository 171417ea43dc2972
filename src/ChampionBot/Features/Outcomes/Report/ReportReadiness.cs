using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes.Readiness;

namespace ChampionBot.Features.Outcomes.Report;

/// <summary>The report's crawl, walk, run section: the program's stage, and whether the pilot has proved its case, criterion by criterion.</summary>
public static class ReportReadiness
{
    public const string Heading = "Crawl, walk, run: has the pilot proved its case?";

    public static Container Build(ChampionProgram program, PilotReadiness readiness) => new()
    {
        Separator = true,
        Items =
        [
            new TextBlock(Heading) { Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(Verdict(readiness)) { Wrap = true, Color = readiness.Proved ? TextColor.Good : TextColor.Warning },
            Criteria(readiness),
            new FactSet { Facts = [new Fact("Stage", StageText.Describe(program))] },
        ],
    };

    public static FactSet Criteria(PilotReadiness readiness) => new()
    {
        Facts = [.. readiness.Criteria.Select(c => new Fact(c.Name, (c.Met ? "met: " : "not yet: ") + c.Why))],
    };

    public static string Verdict(PilotReadiness readiness) => readiness.Proved
        ? "Yes: capacity, what worked and participation all clear the bar. Widening is your decision: program widen SCOPE (team or department names, or everyone)."
        : $"Not yet: {string.Join(", ", readiness.Criteria.Where(c => !c.Met).Select(c => c.Name.ToLowerInvariant()))} still {(readiness.Criteria.Count(c => !c.Met) == 1 ? "falls" : "fall")} short.";
}
