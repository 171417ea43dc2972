using System.Net;
using ChampionBot.BotFramework.Connector;

namespace ChampionBot.Delivery.Sending;

/// <summary>What to do after a connector call failed.</summary>
public enum FailureKind
{
    /// <summary>429: nothing was processed; pause the whole sender and try again without spending an attempt.</summary>
    Throttled,

    /// <summary>412, 5xx, failures to connect: nothing landed; retry later with backoff, up to MaxAttempts.</summary>
    Transient,

    /// <summary>
    /// A timeout, or the connection lost after the request went out: the copy may have landed. The delivery is marked
    /// ambiguous and sent at most once more (see Delivery/README.md).
    /// </summary>
    Ambiguous,

    /// <summary>403: the person blocked or removed the bot. Final.</summary>
    Blocked,

    /// <summary>404: the conversation or person is gone. Final.</summary>
    NotFound,

    /// <summary>Anything retrying cannot fix (400, an untrusted service URL, …). Final.</summary>
    Permanent,
}

/// <summary>The person must not be contacted any more (<see cref="IContactPermissions"/>): not sent, not an attempt.</summary>
public sealed class RecipientRefusedException() : Exception("The recipient must not be contacted.");

/// <summary>Whether the person may be contacted could not be read: not sent, not an attempt.</summary>
public sealed class ContactCheckFailedException(Exception inner) : Exception("Could not check whether the recipient may be contacted.", inner);

public readonly record struct Failure(FailureKind Kind, string Error, TimeSpan? RetryAfter = null);

/// <summary>Sorts connector failures into retryable and final, the way Teams documents them.</summary>
public static class FailureClassifier
{
    /// <param name="exception">What the connector call threw.</param>
    /// <param name="stopping">The sender's own shutdown token: a cancellation from it is not a timeout.</param>
    public static Failure? Classify(Exception exception, CancellationToken stopping)
    {
        switch (exception)
        {
            case ConnectorException { IsThrottled: true } throttled:
                return new Failure(FailureKind.Throttled, Describe(throttled), throttled.RetryAfter);
            case ConnectorException { StatusCode: HttpStatusCode.Forbidden } forbidden:
                return new Failure(FailureKind.Blocked, Describe(forbidden));
            case ConnectorException { StatusCode: HttpStatusCode.NotFound } notFound:
                return new Failure(FailureKind.NotFound, Describe(notFound));
            case ConnectorException { IsTransient: true } transient:
                return new Failure(FailureKind.Transient, Describe(transient), transient.RetryAfter);
            case ConnectorException other:
                return new Failure(FailureKind.Permanent, Describe(other));
            case UntrustedServiceUrlException untrusted:
                return new Failure(FailureKind.Permanent, untrusted.Message);
            case OperationCanceledException when stopping.IsCancellationRequested:
                return null;
            case OperationCanceledException or TimeoutException:
                return new Failure(FailureKind.Ambiguous, "timeout");
            case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } refused:
                return new Failure(FailureKind.Transient, "connection: " + refused.Message);
            case HttpRequestException http:
                return new Failure(FailureKind.Ambiguous, "connection lost: " + http.Message);
            case RecipientRefusedException or ContactCheckFailedException:
                return null;
            case DeliveryFailedException failed:
                return failed.Failure;
            default:
                // Unknown failures are retried a bounded number of times rather than trusted to be final.
                return new Failure(FailureKind.Transient, exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static string Describe(ConnectorException exception) =>
        exception.ErrorCode is { } code ? $"{(int)exception.StatusCode} {code}" : $"{(int)exception.StatusCode}";
}
