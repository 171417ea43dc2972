namespace ChampionBot.Data.Entities;

/// <summary>
/// A champion nomination: the nominee's consent first, then their manager's decision (or the owners', when there is no
/// manager to ask or it waited too long). At most one open nomination per person (<see cref="OpenStatuses"/>, a filtered
/// unique index); every change of <see cref="Status"/> is a conditional update guarded by <see cref="Version"/>.
/// </summary>
public sealed class Nomination : IVersioned
{
    /// <summary>The statuses of a nomination still in progress; the filtered unique index lists the same.</summary>
    public static readonly IReadOnlyList<NominationStatus> OpenStatuses = [NominationStatus.AwaitingConsent, NominationStatus.Pending, NominationStatus.Deferred];

    public int Id { get; set; }

    public int ParticipantId { get; set; }

    public Participant? Participant { get; set; }

    public int? ProgramId { get; set; }

    /// <summary>The manager asked; null when there is none to ask (missing, departed, opted out): the owners decide.</summary>
    public string? ManagerObjectId { get; set; }

    /// <summary>Who nominated: an owner's object id, or "system" for the scoring.</summary>
    public string? NominatedByObjectId { get; set; }

    /// <summary>"Not now": asked again on this date.</summary>
    public DateTimeOffset? DeferredUntil { get; set; }

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
