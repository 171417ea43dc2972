using System.ComponentModel.DataAnnotations;

namespace ChampionBot.Features.Outcomes.Pulse;

/// <summary>The <c>MaturityPulse</c> configuration section: the one-word question about a team's AI maturity.</summary>
public sealed class MaturityPulseOptions
{
    public const string SectionName = "MaturityPulse";

    /// <summary>False stops asking; answers already given stay in the report.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Weeks between rounds: a person is asked at their start, then every this many weeks.</summary>
    [Range(1, 26)]
    public int EveryWeeks { get; set; } = 4;

    public TimeSpan Interval => TimeSpan.FromDays(7 * EveryWeeks);
}
