using System.ComponentModel.DataAnnotations;

namespace ChampionBot.Features.Outcomes.Readiness;

/// <summary>
/// The <c>Outcomes:Readiness</c> configuration section: the bars a pilot clears to have proved its case, besides
/// capacity within or above the 12–25 % band (or the program's own target).
/// </summary>
public sealed class ReadinessOptions
{
    public const string SectionName = "Outcomes:Readiness";

    /// <summary>Share of results that worked, first time or after the rescue, in percent.</summary>
    [Range(1, 100)]
    public int WorkedPercent { get; set; } = 60;

    /// <summary>Share of enrolled people who reported at least one result, in percent.</summary>
    [Range(1, 100)]
    public int ParticipationPercent { get; set; } = 50;
}
