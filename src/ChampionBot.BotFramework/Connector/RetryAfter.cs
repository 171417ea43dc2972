namespace ChampionBot.BotFramework.Connector;

internal static class RetryAfter
{
    /// <summary>Reads <c>Retry-After</c> as seconds or an HTTP date; null when absent.</summary>
    public static TimeSpan? From(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - (response.Headers.Date ?? DateTimeOffset.UtcNow);
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
