using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChampionBot.Delivery;

/// <summary>
/// Decides whether a proactive message may reach someone now, in their own time zone (the recipient's, else the
/// configured default, else UTC), and when the next working morning starts if not.
/// </summary>
public sealed class QuietHours(IOptions<DeliveryOptions> options)
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Zones = new(StringComparer.OrdinalIgnoreCase);

    public bool Enabled => options.Value.QuietHours.Enabled;

    /// <summary>Null when sending now is fine; otherwise the moment quiet time ends for this recipient.</summary>
    public DateTimeOffset? DeferUntil(DateTimeOffset now, string? recipientTimeZone)
    {
        var quiet = options.Value.QuietHours;
        if (!quiet.Enabled || quiet.StartHour == quiet.EndHour)
        {
            return null;
        }

        var zone = Find(recipientTimeZone) ?? Find(quiet.DefaultTimeZone) ?? TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var hour = local.Hour;
        var overnight = quiet.StartHour > quiet.EndHour;
        var isQuiet = overnight
            ? hour >= quiet.StartHour || hour < quiet.EndHour
            : hour >= quiet.StartHour && hour < quiet.EndHour;
        if (!isQuiet)
        {
            return null;
        }

        var morningDate = overnight && hour >= quiet.StartHour ? local.Date.AddDays(1) : local.Date;
        return ToInstant(morningDate.AddHours(quiet.EndHour), zone);
    }

    /// <summary>True when the id names a time zone this machine knows (IANA or Windows).</summary>
    public static bool IsKnownZone(string? timeZoneId) => Find(timeZoneId) is not null;

    private static DateTimeOffset ToInstant(DateTime localMorning, TimeZoneInfo zone)
    {
        // A morning that falls in a DST gap does not exist; the first hour after it does.
        while (zone.IsInvalidTime(localMorning))
        {
            localMorning = localMorning.AddMinutes(30);
        }

        var offset = zone.IsAmbiguousTime(localMorning) ? zone.GetAmbiguousTimeOffsets(localMorning).Max() : zone.GetUtcOffset(localMorning);
        return new DateTimeOffset(DateTime.SpecifyKind(localMorning, DateTimeKind.Unspecified), offset).ToUniversalTime();
    }

    private static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        return Zones.GetOrAdd(id, static key =>
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(key);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                return null;
            }
        });
    }
}
