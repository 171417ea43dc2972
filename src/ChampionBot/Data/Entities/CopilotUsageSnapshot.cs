namespace ChampionBot.Data.Entities;

/// <summary>
/// Microsoft 365 Copilot last activity for one person in one app (Graph's Copilot usage user detail report).
/// One row per participant and app, refreshed in place.
/// </summary>
public sealed class CopilotUsageSnapshot
{
    public int Id { get; set; }

    public int ParticipantId { get; set; }

    public Participant? Participant { get; set; }

    /// <summary>"Teams", "Outlook", "Word", "Excel", "PowerPoint", "OneNote", "Loop" or "CopilotChat".</summary>
    public required string App { get; set; }

    /// <summary>Null when the person has never used Copilot in this app.</summary>
    public DateOnly? LastActivityDate { get; set; }

    /// <summary>The report's refresh date (Graph reports lag a few days).</summary>
    public DateOnly ReportRefreshDate { get; set; }
}
