using Cronos;

namespace ChampionBot.Scheduling;

/// <summary>
/// A cadence: a cron expression evaluated in a time zone. Cronos does the daylight-saving arithmetic, so "09:00 every
/// Monday" stays 09:00 local when the clocks change (and the UTC instant moves instead).
/// </summary>
public sealed class CronCadence
{
    private readonly CronExpression _expression;

    private CronCadence(CronExpression expression, TimeZoneInfo zone, string text)
    {
        _expression = expression;
        Zone = zone;
        Expression = text;
    }

    public TimeZoneInfo Zone { get; }

    public string Expression { get; }

    /// <summary>Five fields (minute precision) or six (with seconds first), in a Windows or IANA time zone.</summary>
    public static bool TryParse(string? expression, string? timeZoneId, out CronCadence? cadence)
    {
        cadence = null;
        if (string.IsNullOrWhiteSpace(expression) || string.IsNullOrWhiteSpace(timeZoneId)
            || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId.Trim(), out var zone))
        {
            return false;
        }

        var text = expression.Trim();
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var format = fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        if (!CronExpression.TryParse(text, format, out var parsed))
        {
            return false;
        }

        cadence = new CronCadence(parsed, zone, text);
        return true;
    }

    /// <summary>The first occurrence strictly after <paramref name="instant"/>, as a local time with its offset.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset instant) => _expression.GetNextOccurrence(instant, Zone);

    /// <summary>Occurrences strictly after <paramref name="instant"/>, in order.</summary>
    public IEnumerable<DateTimeOffset> Upcoming(DateTimeOffset instant)
    {
        var cursor = instant;
        while (NextAfter(cursor) is { } next)
        {
            yield return next;
            cursor = next;
        }
    }

    /// <summary>
    /// The latest occurrence at or before <paramref name="instant"/>, looking back no further than
    /// <paramref name="lookBack"/>: after downtime only the most recent missed occurrence counts.
    /// </summary>
    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset instant, TimeSpan lookBack)
    {
        DateTimeOffset? latest = null;
        foreach (var occurrence in _expression.GetOccurrences(instant - lookBack, instant, Zone, fromInclusive: true, toInclusive: true))
        {
            latest = occurrence;
        }

        return latest;
    }

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);
}
