using System.ComponentModel.DataAnnotations;

namespace ChampionBot.Features.Nominations;

/// <summary>The <c>Nominations</c> section: who becomes a nominee, and how long a decision may wait.</summary>
public sealed class NominationsOptions
{
    public const string SectionName = "Nominations";

    /// <summary>The score (sum of evidence lines) from which a participant with a completed challenge is nominated.</summary>
    [Range(0.5, 1000)]
    public double Threshold { get; set; } = 8;

    /// <summary>The champion ratio aimed at: one champion (or open nomination) per this many enrolled participants.</summary>
    [Range(1, 100_000)]
    public int ParticipantsPerChampion { get; set; } = 20;

    /// <summary>Ask the nominee first ("Would you like to be nominated as an AI champion?") before their manager.</summary>
    public bool AskConsent { get; set; } = true;

    /// <summary>An undecided nomination is sent to the manager again once, this many days after it was sent.</summary>
    [Range(1, 60)]
    public int ResendAfterDays { get; set; } = 3;

    /// <summary>Still undecided this many days after the re-send: the program owners get it, with how long it waited.</summary>
    [Range(1, 60)]
    public int EscalateAfterDays { get; set; } = 4;

    /// <summary>How many champions and open nominations a program of <paramref name="enrolled"/> people aims at.</summary>
    public int ChampionsFor(int enrolled) => (int)Math.Ceiling(enrolled / (double)ParticipantsPerChampion);

    /// <summary>Whether a score makes a nominee (the ratio allowing): at the threshold, with a challenge got working.</summary>
    public bool Qualifies(double points, int completedChallenges) => points >= Threshold && completedChallenges > 0;

    /// <summary>The latest "not now" date a manager may pick, in days from today.</summary>
    [Range(1, 365)]
    public int MaxNotNowDays { get; set; } = 90;
}
