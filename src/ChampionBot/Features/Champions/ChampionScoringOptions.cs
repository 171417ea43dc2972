using System.ComponentModel.DataAnnotations;

namespace ChampionBot.Features.Champions;

/// <summary>
/// The <c>Champions:Scoring</c> section: how many points each kind of evidence is worth. Every score is the sum of its
/// evidence lines, each line one of these weights times what it counts.
/// </summary>
public sealed class ChampionScoringOptions
{
    public const string SectionName = "Champions:Scoring";

    /// <summary>Per challenge the person got working.</summary>
    [Range(0, 100)]
    public double CompletedChallenge { get; set; } = 2;

    /// <summary>Per challenge got working soon after it was posted (recorded with the result).</summary>
    [Range(0, 100)]
    public double FastCompletion { get; set; } = 2;

    /// <summary>Per working challenge after the first: repeated success, not one lucky try.</summary>
    [Range(0, 100)]
    public double RepeatedSuccess { get; set; } = 1;

    /// <summary>Per result that describes a use the challenge did not show.</summary>
    [Range(0, 100)]
    public double NovelUse { get; set; } = 3;

    /// <summary>Per time the person asked for the next challenge after finishing the current one.</summary>
    [Range(0, 100)]
    public double EarlyNextChallenge { get; set; } = 2;

    /// <summary>Per hour a week saved.</summary>
    [Range(0, 100)]
    public double TimeSavedPerHour { get; set; } = 1;

    /// <summary>Hours a week saved that count, at most, per result (a typo of 4,000 minutes should not crown anyone).</summary>
    [Range(0, 168)]
    public double MaxTimeSavedHours { get; set; } = 5;

    /// <summary>Per Microsoft 365 app the person used Copilot in during the last 30 days (breadth).</summary>
    [Range(0, 100)]
    public double CopilotAppUsed { get; set; } = 0.5;

    /// <summary>Once, when the person used Copilot within <see cref="CopilotRecentDays"/> (recency).</summary>
    [Range(0, 100)]
    public double CopilotRecent { get; set; } = 1;

    [Range(1, 30)]
    public int CopilotRecentDays { get; set; } = 7;

    /// <summary>
    /// Seconds the rescore after a result waits to gather others: a burst of results is scored in one pass.
    /// </summary>
    [Range(0, 3600)]
    public int RescoreDelaySeconds { get; set; } = 30;
}
