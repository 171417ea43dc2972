namespace ChampionBot.Data.Entities;

/// <summary>
/// What a participant reported for a challenge. One per participant and challenge: a second submit updates it.
/// After "forget me" the row stays without a participant (<see cref="ParticipantId"/> null, free text cleared):
/// its numbers are an anonymous part of the program's outcomes.
/// </summary>
public sealed class Result
{
    public int Id { get; set; }

    /// <summary>Null once the person asked to be forgotten.</summary>
    public int? ParticipantId { get; set; }

    public Participant? Participant { get; set; }

    public int ChallengeId { get; set; }

    public Challenge? Challenge { get; set; }

    public bool Worked { get; set; }

    public int MinutesBefore { get; set; }

    public int MinutesWithAi { get; set; }

    public double TimesPerWeek { get; set; }

    /// <summary>1 to 5.</summary>
    public int Quality { get; set; }

    /// <summary>How the person feels about the task now, 1 to 5.</summary>
    public int Feeling { get; set; }

    public string? WhatTheyDidDifferently { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set when the person asked to try again after a "didn't work" (the rescue).</summary>
    public DateTimeOffset? RetryStartedAt { get; set; }

    public bool? RetryWorked { get; set; }

    public DateTimeOffset? RetryReportedAt { get; set; }
}
