using System.Net.Http.Headers;

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

    /// <summary>The wait to use instead when <paramref name="header"/> asks for longer than <paramref name="max"/>; else null.</summary>
    /// <param name="sentAt">The response's own Date, which an HTTP-date Retry-After is relative to; else <paramref name="now"/>.</param>
    public static TimeSpan? Capped(RetryConditionHeaderValue header, DateTimeOffset? sentAt, DateTimeOffset now, TimeSpan max)
    {
        ArgumentNullException.ThrowIfNull(header);
        var wait = header.Delta ?? (header.Date is { } date ? date - (sentAt ?? now) : null);
        return wait > max ? max : null;
    }
}
