namespace ChampionBot.Data.Entities;

/// <summary>
/// An <see cref="OutboundMessage"/>'s delivery to one recipient (table <c>Deliveries</c>). Unique on (message,
/// recipient); the sender claims rows by (<see cref="Status"/>, <see cref="NextAttemptAt"/>). Kept lean: a fan-out
/// writes one row per person.
/// </summary>
public sealed class MessageDelivery
{
    public long Id { get; set; }

    public Guid OutboundMessageId { get; set; }

    public OutboundMessage? OutboundMessage { get; set; }

    public required string RecipientObjectId { get; set; }

    public string? RecipientTeamsUserId { get; set; }

    public required string TenantId { get; set; }

    public required string ServiceUrl { get; set; }

    /// <summary>Null until the 1:1 conversation is known or created.</summary>
    public string? ConversationId { get; set; }

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>Not before this time: quiet hours and backoff push it later.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>The sender instance that claimed the row.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Set after the connector accepted the activity; recall deletes by it.</summary>
    public string? ActivityId { get; set; }

    public string? LastError { get; set; }

    /// <summary>IANA (or Windows) time zone that decides this recipient's quiet hours; null means the default.</summary>
    public string? TimeZoneId { get; set; }

    /// <summary>
    /// Set when the row was found InFlight after its sender stopped: the copy may or may not have arrived. Such a row
    /// is sent at most once more, so any duplicate is one of these (see Delivery/README.md).
    /// </summary>
    public DateTimeOffset? AmbiguousAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
