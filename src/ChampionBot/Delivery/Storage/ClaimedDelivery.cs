namespace ChampionBot.Delivery.Storage;

/// <summary>A delivery the sender has marked InFlight and now owns. <see cref="Attempts"/> already counts this attempt.</summary>
public sealed record ClaimedDelivery(
    long Id,
    Guid MessageId,
    string RecipientObjectId,
    string? TeamsUserId,
    string TenantId,
    string ServiceUrl,
    string? ConversationId,
    int Attempts,
    string? TimeZoneId,
    bool WasAmbiguous);

/// <summary>A sent copy to delete during a recall.</summary>
public sealed record RecallTarget(long Id, Guid MessageId, string ServiceUrl, string ConversationId, string ActivityId);
