using System.Globalization;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Outcomes.Readiness;

/// <summary>A program's stage in words, the same in the report and in <c>program widen</c>'s answers.</summary>
public static class StageText
{
    public static string Name(ProgramStage stage) => stage.ToString().ToLowerInvariant();

    public static string Describe(ChampionProgram program) => program.Stage switch
    {
        ProgramStage.Crawl => "crawl: the pilot" + (program.PilotTeamName is { } team ? $" ({team})" : string.Empty),
        _ => $"{Name(program.Stage)}: widened to {program.WidenedTo}" + (program.WidenedAt is { } at ? $" on {at.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}" : string.Empty),
    };
}
