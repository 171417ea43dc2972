using System.Globalization;
using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Challenges.Posting;

namespace ChampionBot.Features.Programs;

/// <summary>
/// The time zones the program form offers, said the way people say them ("New York time, UTC-05:00"): the owner's own
/// Teams time zone first, the program's current one, then common business zones. Stored as the IANA id.
/// </summary>
public static class TimeZoneChoices
{
    private static readonly string[] Common =
    [
        "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Denver", "America/Phoenix", "America/Chicago",
        "America/New_York", "America/Toronto", "America/Mexico_City", "America/Bogota", "America/Sao_Paulo", "America/Argentina/Buenos_Aires",
        "Etc/UTC", "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin", "Europe/Amsterdam",
        "Europe/Madrid", "Europe/Rome", "Europe/Stockholm", "Europe/Warsaw", "Europe/Athens", "Europe/Helsinki", "Europe/Istanbul",
        "Africa/Johannesburg", "Africa/Lagos", "Africa/Nairobi", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Shanghai",
        "Asia/Hong_Kong", "Asia/Tokyo", "Asia/Seoul", "Australia/Perth", "Australia/Sydney", "Pacific/Auckland",
    ];

    /// <summary>"New York time, UTC-05:00" (the offset now, so summer time shows as it is).</summary>
    public static string Name(TimeZoneInfo zone, DateTimeOffset now)
    {
        var offset = zone.GetUtcOffset(now);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var utc = offset == TimeSpan.Zero ? "UTC" : "UTC" + sign + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        var name = ChallengeCalendar.ZoneName(zone);
        return name == "UTC" ? "UTC" : $"{name}, {utc}";
    }

    /// <summary>A zone id as people say it, or the id itself when this machine does not know it.</summary>
    public static string Name(string? zoneId, DateTimeOffset now) =>
        Cadence.FindTimeZone(zoneId) is { } zone ? Name(zone, now) : zoneId ?? "not set";

    /// <summary>The choices, each valued by its IANA id; <paramref name="ownersZone"/> (from Teams) first and marked.</summary>
    public static List<Choice> For(string? current, string? ownersZone, DateTimeOffset now)
    {
        var ids = new List<string>();
        foreach (var id in new[] { ownersZone, current }.Concat(Common))
        {
            if (Cadence.FindTimeZone(id) is not null && !ids.Contains(id!.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                ids.Add(id.Trim());
            }
        }

        return [.. ids.Select(id => new Choice(
            Name(id, now) + (string.Equals(id, ownersZone, StringComparison.OrdinalIgnoreCase) ? " (your Teams time zone)" : string.Empty), id))];
    }
}
