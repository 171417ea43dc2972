using ChampionBot.Data.Entities;

namespace ChampionBot.Delivery;

/// <summary>Where a send stands. <see cref="Remaining"/> counts deliveries still Pending or InFlight.</summary>
public sealed record DeliveryProgress(
    Guid MessageId,
    OutboundMessageStatus Status,
    int Total,
    int Sent,
    int Failed,
    int Blocked,
    int NotFound,
    int Ambiguous,
    int Cancelled,
    int Recalled,
    int Remaining,
    TimeSpan? EstimatedTimeLeft,
    int HeldForQuietHours = 0)
{
    public bool IsFinished => Remaining == 0;

    /// <summary>Everything left waits for the recipients' working day to start: nothing can go out before then.</summary>
    public bool IsWaitingForQuietHours => Remaining > 0 && HeldForQuietHours >= Remaining;

    internal static DeliveryProgress From(Guid messageId, OutboundMessageStatus status, IReadOnlyDictionary<DeliveryStatus, int> counts, TimeSpan? eta)
    {
        int Count(DeliveryStatus s) => counts.TryGetValue(s, out var n) ? n : 0;
        return new DeliveryProgress(
            messageId,
            status,
            counts.Values.Sum(),
            Count(DeliveryStatus.Sent),
            Count(DeliveryStatus.Failed),
            Count(DeliveryStatus.Blocked),
            Count(DeliveryStatus.NotFound),
            Count(DeliveryStatus.Ambiguous),
            Count(DeliveryStatus.Cancelled),
            Count(DeliveryStatus.Recalled),
            Count(DeliveryStatus.Pending) + Count(DeliveryStatus.InFlight),
            eta);
    }
}
