using System.Globalization;

namespace ChampionBot.Features.Programs;

/// <summary>
/// A cadence as owners pick it: days of the week and one time. Stored as the five-field cron the scheduler reads
/// ("0 9 * * MON"); cron that says more than days and a time (a day of the month, two times) stays as it is.
/// </summary>
public sealed record WeeklyCadence(IReadOnlyList<DayOfWeek> Days, TimeOnly At)
{
    /// <summary>Monday first, as the week is usually shown.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly string[] Codes = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>The cron the scheduler reads, e.g. "30 8 * * MON,THU".</summary>
    public string ToCron()
    {
        var days = Week.Where(Days.Contains).ToList();
        var field = days.Count == 7 ? "*" : string.Join(',', days.Select(d => Codes[(int)d]));
        return string.Create(CultureInfo.InvariantCulture, $"{At.Minute} {At.Hour} * * {field}");
    }

    /// <summary>The form's value for a day ("MON").</summary>
    public static string Code(DayOfWeek day) => Codes[(int)day];

    /// <summary>Days and time of <paramref name="cron"/>, or null when it says more than that (a custom schedule).</summary>
    public static WeeklyCadence? Read(string? cron)
    {
        var fields = (cron ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5 || fields[2] != "*" || fields[3] != "*"
            || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var minute) || minute > 59
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 23)
        {
            return null;
        }

        var days = DaysOf(fields[4]);
        return days is null ? null : new WeeklyCadence(days, new TimeOnly(hour, minute));
    }

    /// <summary>"MON,WED" (the form's multi-select value) as days; null when a value is not a day.</summary>
    public static IReadOnlyList<DayOfWeek>? ParseCodes(string? value)
    {
        var codes = (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var days = codes.Select(c => Array.IndexOf(Codes, c.ToUpperInvariant())).ToList();
        return days.Any(d => d < 0) ? null : [.. days.Distinct().Select(d => (DayOfWeek)d)];
    }

    private static List<DayOfWeek>? DaysOf(string field)
    {
        if (field is "*" or "?")
        {
            return [.. Week];
        }

        var days = new HashSet<DayOfWeek>();
        foreach (var part in field.ToUpperInvariant().Split(','))
        {
            var ends = part.Split('-');
            if (ends.Length > 2 || Day(ends[0]) is not { } from || Day(ends[^1]) is not { } to || to < from)
            {
                return null;
            }

            for (var d = from; d <= to; d++)
            {
                days.Add((DayOfWeek)(d % 7));
            }
        }

        return [.. Week.Where(days.Contains)];
    }

    /// <summary>A cron day as a number 0–7 (0 and 7 are Sunday), from a code or a number.</summary>
    private static int? Day(string token)
    {
        var code = Array.IndexOf(Codes, token);
        if (code >= 0)
        {
            return code;
        }

        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 7 ? number : null;
    }
}
