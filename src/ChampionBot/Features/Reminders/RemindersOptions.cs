using System.ComponentModel.DataAnnotations;

namespace ChampionBot.Features.Reminders;

/// <summary>The <c>Reminders</c> configuration section.</summary>
public sealed class RemindersOptions
{
    public const string SectionName = "Reminders";

    /// <summary>False stops reminders; the scheduler (<c>Scheduler:PollInterval</c>) decides how often they are looked for.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Days after a challenge is posted before someone who hasn't reported gets their one reminder.</summary>
    [Range(1, 60)]
    public int AfterDays { get; set; } = 3;

    /// <summary>Days after that during which the reminder is still sent; later, a new challenge has usually arrived.</summary>
    [Range(1, 60)]
    public int WindowDays { get; set; } = 4;

    /// <summary>How long "Snooze two weeks" snoozes.</summary>
    public static readonly TimeSpan SnoozeFor = TimeSpan.FromDays(14);
}
