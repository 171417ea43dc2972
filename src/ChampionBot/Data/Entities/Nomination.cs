namespace ChampionBot.Data.Entities;

/// <summary>
/// A champion nomination sent to the nominee's manager. At most one Pending nomination per person
/// (filtered unique index); a manager's decision is guarded by <see cref="Version"/>.
/// </summary>
public sealed class Nomination : IVersioned
{
    public int Id { get; set; }

    public int ParticipantId { get; set; }

    public Participant? Participant { get; set; }

    public int? ProgramId { get; set; }

    public required string ManagerObjectId { get; set; }

    public NominationStatus Status { get; set; }

    /// <summary>The manager's reason (for a decline) or note.</summary>
    public string? Reason { get; set; }

    /// <summary>The evidence shown on the card, as JSON, frozen at nomination time.</summary>
    public required string EvidenceJson { get; set; }

    public double Score { get; set; }

    public int SentCount { get; set; }

    public DateTimeOffset? LastSentAt { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedByObjectId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }
}
