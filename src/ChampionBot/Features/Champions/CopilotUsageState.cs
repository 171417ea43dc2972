namespace ChampionBot.Features.Champions;

/// <summary>What this instance last learned about the Copilot usage report, and when it last ran the daily scoring.</summary>
public sealed class CopilotUsageState
{
    public CopilotUsageStatus Status { get; set; } = CopilotUsageStatus.Included;

    public DateOnly? LastDailyRun { get; set; }
}
