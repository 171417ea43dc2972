using System.Net;

namespace ChampionBot.BotFramework.Connector;

/// <summary>A Bot Connector call that did not succeed. Carries what a sender needs to decide: status, error code, Retry-After.</summary>
public sealed class ConnectorException(HttpStatusCode statusCode, string? errorCode, string message, TimeSpan? retryAfter)
    : Exception(message)
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public string? ErrorCode { get; } = errorCode;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The user blocked or removed the bot (403) or the conversation is gone (404): retrying cannot help.</summary>
    public bool IsFinal => StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;

    public bool IsThrottled => StatusCode == HttpStatusCode.TooManyRequests;

    /// <summary>412, 502, 503, 504: worth another attempt later.</summary>
    public bool IsTransient => StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.InternalServerError
        or HttpStatusCode.RequestTimeout;
}
