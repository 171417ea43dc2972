using System.Globalization;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Posting;

/// <summary>
/// Works out when scheduled challenges post. Each cadence occurrence posts at most one challenge per audience role:
/// the earliest-scheduled one whose date has come. <c>next</c> is the first upcoming occurrence with nothing queued
/// for the challenge's role and in a week (Monday to Sunday, program time) in which nothing for that role or everyone
/// was posted, "post now" included.
/// </summary>
public sealed class ChallengeCalendar(ChampionDbContext db, TimeProvider time)
{
    /// <summary>Two years of a weekly cadence: beyond that a schedule is a mistake, not a plan.</summary>
    private const int Horizon = 104;

    public static string Describe(DateTimeOffset localOccurrence, TimeZoneInfo zone) =>
        localOccurrence.ToString("dddd d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture) + $" ({ZoneName(zone)})";

    /// <summary>How people say a time zone: "New York time" for America/New_York, "UTC", or a Windows name as it is.</summary>
    public static string ZoneName(TimeZoneInfo zone)
    {
        var id = zone.Id;
        if (id is "UTC" or "Etc/UTC" or "Etc/GMT")
        {
            return "UTC";
        }

        var slash = id.LastIndexOf('/');
        return slash < 0 ? id : id[(slash + 1)..].Replace('_', ' ') + " time";
    }

    /// <summary>The first occurrence on or after the scheduled day (for status lines, ignoring queues).</summary>
    public static string? PostingTimeText(CronCadence cadence, DateOnly? scheduledFor)
    {
        if (scheduledFor is not { } day)
        {
            return null;
        }

        var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), cadence.Zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
        return cadence.NextAfter(midnight.AddTicks(-1)) is { } at
            ? at.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + $" ({ZoneName(cadence.Zone)})"
            : null;
    }

    public DateOnly Today(CronCadence cadence) => cadence.LocalDate(time.GetUtcNow());

    /// <summary>The next upcoming occurrence that has no challenge queued for <paramref name="challenge"/>'s role.</summary>
    public async Task<DateTimeOffset?> NextFreeOccurrenceAsync(ChampionProgram program, CronCadence cadence, Challenge challenge, CancellationToken cancellationToken)
    {
        var taken = await PlanAsync(program, cadence, challenge, includeChallenge: false, cancellationToken);
        var postedWeeks = await PostedWeeksAsync(program, cadence, challenge.AudienceRole, cancellationToken);
        foreach (var occurrence in Upcoming(cadence))
        {
            if (!taken.ContainsKey(occurrence) && !postedWeeks.Contains(WeekOf(cadence.LocalDate(occurrence))))
            {
                return occurrence;
            }
        }

        return null;
    }

    /// <summary>When <paramref name="challenge"/> will post if scheduled for <paramref name="day"/>, given what is already queued.</summary>
    public async Task<DateTimeOffset?> PostingTimeAsync(ChampionProgram program, CronCadence cadence, Challenge challenge, DateOnly day, CancellationToken cancellationToken)
    {
        var original = challenge.ScheduledFor;
        challenge.ScheduledFor = day;
        try
        {
            var plan = await PlanAsync(program, cadence, challenge, includeChallenge: true, cancellationToken);
            return plan.Where(p => p.Value == challenge.Id).Select(p => (DateTimeOffset?)p.Key).FirstOrDefault();
        }
        finally
        {
            challenge.ScheduledFor = original;
        }
    }

    /// <summary>The Mondays of the weeks from this one on in which a challenge for the role (or for everyone) was posted.</summary>
    private async Task<HashSet<DateOnly>> PostedWeeksAsync(ChampionProgram program, CronCadence cadence, string role, CancellationToken cancellationToken)
    {
        var thisWeek = WeekOf(Today(cadence));
        var since = time.GetUtcNow().AddDays(-8);
        var posted = await db.Challenges.AsNoTracking()
            .Where(c => c.ProgramId == program.Id && c.PostedAt != null && c.PostedAt >= since)
            .Select(c => new { c.AudienceRole, PostedAt = c.PostedAt!.Value })
            .ToListAsync(cancellationToken);
        return [.. posted
            .Where(c => string.Equals(c.AudienceRole, role, StringComparison.OrdinalIgnoreCase) || ChallengeAudience.IsGeneral(c.AudienceRole) || ChallengeAudience.IsGeneral(role))
            .Select(c => WeekOf(cadence.LocalDate(c.PostedAt)))
            .Where(week => week >= thisWeek)];
    }

    private static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private IEnumerable<DateTimeOffset> Upcoming(CronCadence cadence) => cadence.Upcoming(time.GetUtcNow()).Take(Horizon);

    /// <summary>Occurrence → challenge id, for the challenge's role, simulating the scheduler over the horizon.</summary>
    private async Task<Dictionary<DateTimeOffset, int>> PlanAsync(
        ChampionProgram program, CronCadence cadence, Challenge challenge, bool includeChallenge, CancellationToken cancellationToken)
    {
        var role = challenge.AudienceRole;
        var queued = await db.Challenges.AsNoTracking()
            .Where(c => c.ProgramId == program.Id && c.Status == ChallengeStatus.Scheduled && c.AudienceRole == role && c.Id != challenge.Id)
            .Select(c => new { c.Id, ScheduledFor = c.ScheduledFor!.Value })
            .ToListAsync(cancellationToken);
        var queue = queued.Select(c => (c.Id, c.ScheduledFor)).ToList();
        if (includeChallenge)
        {
            queue.Add((challenge.Id, challenge.ScheduledFor!.Value));
        }

        queue = [.. queue.OrderBy(c => c.ScheduledFor).ThenBy(c => c.Id)];
        var plan = new Dictionary<DateTimeOffset, int>();
        foreach (var occurrence in Upcoming(cadence))
        {
            var day = cadence.LocalDate(occurrence);
            var due = queue.FindIndex(c => c.ScheduledFor <= day);
            if (due >= 0)
            {
                plan[occurrence] = queue[due].Id;
                queue.RemoveAt(due);
            }

            if (queue.Count == 0)
            {
                break;
            }
        }

        return plan;
    }
}
