using System.Globalization;
using Cronos;

namespace ChampionBot.Features.Programs;

/// <summary>A program's cadence: a five-field cron expression read in the program's time zone, said in words.</summary>
public static class Cadence
{
    private static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] DayCodes = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static CronExpression? TryParse(string? cron) =>
        !string.IsNullOrWhiteSpace(cron) && CronExpression.TryParse(cron.Trim(), CronFormat.Standard, out var expression) ? expression : null;

    /// <summary>The time zone, or null when the id is unknown to this machine (IANA and Windows ids both work).</summary>
    public static TimeZoneInfo? FindTimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>
    /// The date of <paramref name="instant"/> where the program is (UTC when its zone is unknown). With the clock's now it
    /// is the one "today" for dates people pick, so a card's earliest date and the check of what was picked agree with
    /// the calendar the person sees.
    /// </summary>
    public static DateOnly LocalDate(string? timeZoneId, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, FindTimeZone(timeZoneId) ?? TimeZoneInfo.Utc).DateTime);

    /// <summary>The first instant of <paramref name="date"/> where the program is (after a skipped midnight, the first that exists).</summary>
    public static DateTimeOffset StartOfDay(string? timeZoneId, DateOnly date)
    {
        var zone = FindTimeZone(timeZoneId) ?? TimeZoneInfo.Utc;
        var local = date.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static IReadOnlyList<DateTimeOffset> Next(CronExpression expression, TimeZoneInfo zone, DateTimeOffset from, int count)
    {
        var occurrences = new List<DateTimeOffset>(count);
        var cursor = from;
        while (occurrences.Count < count && expression.GetNextOccurrence(cursor, zone) is { } next)
        {
            occurrences.Add(next);
            cursor = next;
        }

        return occurrences;
    }

    /// <summary>"Mon 30 Nov 2026, 09:00" in the program's zone.</summary>
    public static string Format(DateTimeOffset occurrence, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(occurrence, zone).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The common shapes in words ("Every Monday at 09:00"); anything else is "On a custom schedule".</summary>
    public static string Describe(string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5 || !int.TryParse(fields[0], out var minute) || !int.TryParse(fields[1], out var hour) || fields[3] != "*")
        {
            return "On a custom schedule";
        }

        var at = $"at {hour:00}:{minute:00}";
        var (dayOfMonth, dayOfWeek) = (fields[2], fields[4].ToUpperInvariant());
        if (dayOfMonth == "*" && dayOfWeek is "*" or "?")
        {
            return $"Every day {at}";
        }

        if (dayOfMonth != "*" && dayOfWeek is "*" or "?" && int.TryParse(dayOfMonth, out var day))
        {
            return $"On day {day} of every month {at}";
        }

        if (dayOfMonth != "*")
        {
            return "On a custom schedule";
        }

        if (dayOfWeek is "MON-FRI" or "1-5")
        {
            return $"Every weekday (Monday to Friday) {at}";
        }

        var days = dayOfWeek.Split(',').Select(DayName).ToList();
        return days.Any(d => d is null) ? "On a custom schedule" : $"Every {JoinWithAnd(days!)} {at}";
    }

    private static string? DayName(string token)
    {
        var code = Array.IndexOf(DayCodes, token);
        if (code >= 0)
        {
            return DayNames[code];
        }

        return int.TryParse(token, out var number) && number is >= 0 and <= 7 ? DayNames[number % 7] : null;
    }

    private static string JoinWithAnd(IReadOnlyList<string?> items) =>
        items.Count == 1 ? items[0]! : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
