using System.Globalization;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Commands;
using ChampionBot.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Posting;

/// <summary>The answer to a schedule request: what changed (if anything) and the sentence to show the owner.</summary>
public sealed record ScheduleOutcome(bool Scheduled, string Message);

/// <summary><c>challenge schedule &lt;id&gt; &lt;yyyy-mm-dd|next&gt;</c>: validates the day, then flips the challenge to Scheduled in one save.</summary>
public sealed class ChallengeScheduling(ChampionDbContext db, ChallengeCalendar calendar, TimeProvider time)
{
    public async Task<ScheduleOutcome> ScheduleAsync(Challenge challenge, ChampionProgram program, string when, CancellationToken cancellationToken)
    {
        challenge = await LibraryCopy.ForProgramAsync(db, challenge, program, time.GetUtcNow(), cancellationToken);
        if (Refusal(challenge) is { } refusal)
        {
            return new ScheduleOutcome(false, refusal);
        }

        if (!CronCadence.TryParse(program.CadenceCron, program.TimeZoneId, out var cadence))
        {
            return new ScheduleOutcome(false, $"The program's cadence (\"{program.CadenceCron}\" in {program.TimeZoneId}) isn't a valid cron expression and time zone, so I can't work out post times. Fix it with **program** first.");
        }

        var text = when.Trim();
        DateTimeOffset? postsAt;
        DateOnly day;
        if (text.Equals("next", StringComparison.OrdinalIgnoreCase))
        {
            postsAt = await calendar.NextFreeOccurrenceAsync(program, cadence!, challenge, cancellationToken);
            if (postsAt is null)
            {
                return new ScheduleOutcome(false, "Every upcoming occurrence for this role already has a challenge queued, so there is no free slot. Pick a date instead.");
            }

            day = cadence!.LocalDate(postsAt.Value);
        }
        else if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            var today = calendar.Today(cadence!);
            if (day < today)
            {
                return new ScheduleOutcome(false, $"{day:yyyy-MM-dd} is in the past (today is {today:yyyy-MM-dd} in {cadence!.Zone.Id}), so I haven't scheduled anything. Use today or a later date, or **next**.");
            }

            postsAt = await calendar.PostingTimeAsync(program, cadence!, challenge, day, cancellationToken);
        }
        else
        {
            return new ScheduleOutcome(false, $"I couldn't read {EchoedText.Quote(text)} as a date. Use **yyyy-mm-dd** (for example {calendar.Today(cadence!).AddDays(7):yyyy-MM-dd}) or **next**.");
        }

        if (postsAt is null)
        {
            return new ScheduleOutcome(false, "The program's cadence has no occurrence on or after that date within two years, so nothing was scheduled.");
        }

        challenge.Status = ChallengeStatus.Scheduled;
        challenge.ScheduledFor = day;
        challenge.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ScheduleOutcome(false, "Someone changed this challenge at the same moment, so I haven't scheduled it. Look at it again with **challenge show** and retry.");
        }

        var local = cadence!.ToLocal(postsAt.Value);
        var moved = DateOnly.FromDateTime(local.DateTime) == day
            ? string.Empty
            : $" That is the program's first posting time on or after {day.ToString("dddd d MMMM", CultureInfo.InvariantCulture)} (its cadence sets the days).";
        return new ScheduleOutcome(true,
            $"Scheduled **{challenge.Title}** (id {challenge.Id}). It will post on **{ChallengeCalendar.Describe(local, cadence.Zone)}** to the {ChannelName(program)} channel and 1:1 to the enrolled participants it fits." + moved);
    }

    /// <summary>Why a challenge cannot be scheduled or posted now, or null when it can.</summary>
    public static string? Refusal(Challenge challenge) => challenge.Status switch
    {
        ChallengeStatus.Posted => $"**{challenge.Title}** was already posted{(challenge.PostedAt is { } at ? $" on {at:yyyy-MM-dd}" : string.Empty)}, so I haven't changed anything. Start a new one with **challenge new**.",
        ChallengeStatus.Archived => $"**{challenge.Title}** is archived, so I haven't changed anything.",
        _ => null,
    };

    public static string ChannelName(ChampionProgram program) =>
        program.PilotTeamName is { Length: > 0 } team ? $"{team} team's" : "pilot";
}
