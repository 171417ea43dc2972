namespace ChampionBot.Data.Entities;

/// <summary>Who did what, when: owner actions, decisions, data exports and deletions.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Entra object id of the actor, or "system".</summary>
    public required string ActorObjectId { get; set; }

    /// <summary>A short verb phrase, e.g. "challenge.scheduled".</summary>
    public required string Action { get; set; }

    /// <summary>What it was done to, e.g. "challenge:12".</summary>
    public string? Subject { get; set; }

    public int? ProgramId { get; set; }

    /// <summary>Details as JSON; never a secret.</summary>
    public string? Details { get; set; }
}
