using Microsoft.Extensions.Logging;

namespace ChampionBot.Delivery;

internal static partial class DeliveryLog
{
    [LoggerMessage(4001, LogLevel.Warning, "The Bot Connector throttled the sender (429); every request pauses for {Seconds} s.")]
    public static partial void Throttled(ILogger logger, double seconds);

    [LoggerMessage(4002, LogLevel.Warning, "Recovered {Count} deliveries left in flight by a sender that stopped; see Delivery/README.md for how they are treated.")]
    public static partial void RecoveredOrphans(ILogger logger, int count);

    [LoggerMessage(4003, LogLevel.Error, "The sender could not read the state of its messages, so it sends nothing until it can.")]
    public static partial void FailedClosed(ILogger logger, Exception exception);

    [LoggerMessage(4004, LogLevel.Information, "This instance is now the active sender ({Sender}).")]
    public static partial void BecameLeader(ILogger logger, string sender);

    [LoggerMessage(4005, LogLevel.Warning, "This instance lost the sender role ({Sender}).")]
    public static partial void LostLeadership(ILogger logger, string sender);

    [LoggerMessage(4006, LogLevel.Error, "The delivery loop failed; retrying shortly.")]
    public static partial void LoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(4007, LogLevel.Warning, "Could not update the progress card of message {MessageId}.")]
    public static partial void ProgressFailed(ILogger logger, Guid messageId, Exception exception);

    [LoggerMessage(4008, LogLevel.Error, "Could not record {Count} delivery outcomes (attempt {Attempt}); they are kept and written again in {Seconds} s.")]
    public static partial void OutcomesNotRecorded(ILogger logger, int count, int attempt, double seconds, Exception exception);

    [LoggerMessage(4009, LogLevel.Information, "Message {MessageId} finished as {Status}.")]
    public static partial void MessageFinished(ILogger logger, Guid messageId, string status);

    [LoggerMessage(4010, LogLevel.Warning, "Released {Count} deliveries this sender had claimed but never received (the claim's answer was lost); they were not sent.")]
    public static partial void RecoveredOwn(ILogger logger, int count);
}
