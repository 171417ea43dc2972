using System.ComponentModel.DataAnnotations;

namespace ChampionBot.Scheduling;

/// <summary>The <c>Scheduler</c> configuration section: how the background jobs (weekly posts, reminders) run.</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>False stops the background loop (tests drive the jobs themselves; an instance may be kept passive).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the jobs look for due work. A post goes out at most this long after its occurrence.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How far back a job looks for an occurrence it missed while no instance was running.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How long the instance that claimed a challenge post owns its fan-out (channel thread, 1:1 queueing). A post
    /// still unfinished after this (its instance crashed or failed) is finished by the next poll of any instance.
    /// Longer than the slowest fan-out, or two instances may work on one post (harmless but wasteful).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan FanOutLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long unfinished posts keep being retried. A fan-out that still fails this long after its claim (the
    /// database or Teams refusing it for a day) is given up, logged as an error, and never retried again: by then
    /// the week's challenge is stale, and retrying forever would only fill the logs.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "14.00:00:00")]
    public TimeSpan FanOutGiveUpAfter { get; set; } = TimeSpan.FromDays(1);
}
