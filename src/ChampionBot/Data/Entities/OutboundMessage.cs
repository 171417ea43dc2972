namespace ChampionBot.Data.Entities;

/// <summary>
/// A send request: one activity to many recipients. Its <see cref="Delivery"/> rows are written with it, before
/// anything is sent, so a crash loses nothing.
/// </summary>
public sealed class OutboundMessage : IVersioned
{
    public Guid Id { get; set; }

    public OutboundMessageKind Kind { get; set; }

    /// <summary>Entra object id of the requester (a program owner), or "system" for scheduled sends.</summary>
    public required string RequestedByObjectId { get; set; }

    /// <summary>The activity to send, as JSON.</summary>
    public required string ActivityJson { get; set; }

    public OutboundMessageStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Where the requester's progress card lives, so it can be updated in place.</summary>
    public string? ProgressServiceUrl { get; set; }

    public string? ProgressConversationId { get; set; }

    public string? ProgressActivityId { get; set; }

    public int? ProgramId { get; set; }

    /// <summary>The requester's key for this send (unique when set): enqueuing the same key again returns this message.</summary>
    public string? IdempotencyKey { get; set; }

    public int Version { get; set; }
}
