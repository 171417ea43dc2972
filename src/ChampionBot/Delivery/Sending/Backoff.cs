namespace ChampionBot.Delivery.Sending;

/// <summary>Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries spread out but never bunch at zero.</summary>
public static class Backoff
{
    public static TimeSpan ForAttempt(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, Random random)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (random.NextDouble() * ceiling / 2));
    }
}
