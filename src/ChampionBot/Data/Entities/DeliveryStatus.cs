namespace ChampionBot.Data.Entities;

public enum DeliveryStatus
{
    Pending,
    InFlight,
    Sent,
    Failed,

    /// <summary>403: the person blocked or removed the bot. Final, never retried.</summary>
    Blocked,

    /// <summary>404: the conversation or person no longer exists. Final.</summary>
    NotFound,

    /// <summary>In flight when the sender crashed: it may or may not have reached the person.</summary>
    Ambiguous,
    Cancelled,
    Recalled,
}
