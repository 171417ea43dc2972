namespace ChampionBot.Data.Entities;

/// <summary>
/// A participant's current champion score and the plain-language lines it is the sum of, recomputed daily and after
/// each of their results. One row per participant, replaced in place.
/// </summary>
public sealed class ChampionScore
{
    public int Id { get; set; }

    public int ParticipantId { get; set; }

    public Participant? Participant { get; set; }

    public int? ProgramId { get; set; }

    /// <summary>The sum of the lines' points.</summary>
    public double Points { get; set; }

    /// <summary>The evidence lines as a JSON array of <c>{"points":…,"text":…}</c>.</summary>
    public required string LinesJson { get; set; }

    /// <summary>Whether Microsoft 365 Copilot usage took part (false when Graph was unavailable or names are concealed).</summary>
    public bool IncludesCopilotUsage { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}
