namespace ChampionBot.Data.Entities;

/// <summary>A reminder sent for a challenge. Unique per participant and challenge: at most one reminder each.</summary>
public sealed class Reminder
{
    public int Id { get; set; }

    public int ParticipantId { get; set; }

    public Participant? Participant { get; set; }

    public int ChallengeId { get; set; }

    public Challenge? Challenge { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
