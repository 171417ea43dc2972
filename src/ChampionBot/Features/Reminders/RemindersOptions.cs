using System.ComponentModel.DataAnnotations;

namespace ChampionBot.Features.Reminders;

/// <summary>The <c>Reminders</c> configuration section.</summary>
public sealed class RemindersOptions
{
    public const string SectionName = "Reminders";

    public bool Enabled { get; set; } = true;

    /// <summary>Days after a challenge is posted before someone who hasn't reported gets their one reminder.</summary>
    [Range(1, 60)]
    public int AfterDays { get; set; } = 3;

    /// <summary>Days after that during which the reminder is still sent; later, a new challenge has usually arrived.</summary>
    [Range(1, 60)]
    public int WindowDays { get; set; } = 4;

    /// <summary>How often to look for people to remind.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long "Snooze two weeks" snoozes.</summary>
    public static readonly TimeSpan SnoozeFor = TimeSpan.FromDays(14);
}
