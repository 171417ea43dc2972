namespace ChampionBot.Delivery.Sending;

/// <summary>
/// Exponential backoff with full jitter: a random delay up to base × 2^(attempt-1), capped. Spreading retries over the
/// whole interval both avoids retry storms and keeps the average wait (and so the tail of a large send) short.
/// </summary>
public static class Backoff
{
    public static TimeSpan ForAttempt(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, Random random)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, exponent));

        // A small floor keeps a retry from landing in the same instant as the failure.
        return TimeSpan.FromMilliseconds(Math.Max(ceiling * 0.1, random.NextDouble() * ceiling));
    }
}
