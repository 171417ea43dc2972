using ChampionBot.Data.Entities;

namespace ChampionBot.Delivery.Storage;

/// <summary>
/// What became of one claimed delivery. <see cref="DeliveryStatus.Pending"/> means "try again at
/// <see cref="NextAttemptAt"/>"; every other status is final. The claim is released either way. Null fields are left as they are.
/// <see cref="Ambiguous"/> marks the delivery as possibly sent (its AmbiguousAt), so it is never sent a third time.
/// </summary>
public sealed record DeliveryOutcome(
    long Id,
    DeliveryStatus Status,
    int? Attempts,
    DateTimeOffset At,
    string? ConversationId = null,
    string? ActivityId = null,
    DateTimeOffset? NextAttemptAt = null,
    string? Error = null,
    bool Ambiguous = false);
