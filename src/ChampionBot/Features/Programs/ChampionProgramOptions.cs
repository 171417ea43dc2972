namespace ChampionBot.Features.Programs;

/// <summary>The <c>ChampionProgram</c> configuration section.</summary>
public sealed class ChampionProgramOptions
{
    public const string SectionName = "ChampionProgram";

    /// <summary>Program owners by Entra object id or user principal name, on top of the owners stored with each program.</summary>
    public IList<string> Owners { get; set; } = [];
}
