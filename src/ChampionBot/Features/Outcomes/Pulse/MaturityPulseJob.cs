using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Dread;
using ChampionBot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Outcomes.Pulse;

/// <summary>
/// Asks the maturity pulse on every scheduler poll. A person's start is their enrolment, or the program's first posted
/// challenge when that comes later; round 0 is asked then, round n once n × <see cref="MaturityPulseOptions.EveryWeeks"/>
/// weeks have passed (a person first reached late skips the rounds they missed). Enrolled people only, never
/// anyone opted out or on the do-not-contact list (and Delivery checks both again before it sends). The round's rows
/// are written before the card is queued, unique per person, program and round, so a restart or a second instance
/// never asks anyone a round twice: at most once, by design.
/// </summary>
public sealed partial class MaturityPulseJob(
    IDbContextFactory<ChampionDbContext> contexts,
    IOutbox outbox,
    IOptions<MaturityPulseOptions> options,
    TimeProvider time,
    ILogger<MaturityPulseJob> logger) : IScheduledJob
{
    public string Name => "maturity-pulse";

    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            await RunOnceAsync(cancellationToken);
        }
    }

    /// <summary>Asks everyone due now; returns how many were asked.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var interval = options.Value.Interval;
        List<(ChampionProgram Program, int Round, List<Participant> People)> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await DueAsync(db, now, interval, cancellationToken);
        }

        var asked = 0;
        foreach (var (program, round, people) in due)
        {
            asked += await AskAsync(program, round, people, now, cancellationToken);
        }

        return asked;
    }

    private static async Task<List<(ChampionProgram, int, List<Participant>)>> DueAsync(
        ChampionDbContext db, DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken)
    {
        var firstPosts = await db.Challenges.AsNoTracking()
            .Where(c => c.ProgramId != null && c.PostedAt != null)
            .GroupBy(c => c.ProgramId!.Value)
            .Select(g => new { ProgramId = g.Key, First = g.Min(c => c.PostedAt!.Value) })
            .ToDictionaryAsync(p => p.ProgramId, p => p.First, cancellationToken);
        if (firstPosts.Count == 0)
        {
            return [];
        }

        var programIds = firstPosts.Keys.ToList();
        var recent = now - interval;
        var people = await db.Participants.AsNoTracking()
            .Where(p => p.ProgramId != null && programIds.Contains(p.ProgramId.Value) && p.EnrolledAt != null && p.EnrolledAt <= now && p.OptedOutAt == null)
            .Where(p => !db.DoNotContactList.Any(d => d.ObjectId == p.ObjectId))
            .ToListAsync(cancellationToken);
        var programs = await db.Programs.AsNoTracking().Where(p => programIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        // A current round already asked was asked after it began, so within the last interval: only those rows matter.
        var asked = (await db.MaturityPulses.AsNoTracking().Where(m => m.AskedAt > recent)
            .Select(m => new { m.ParticipantId, m.ProgramId, m.Round }).ToListAsync(cancellationToken))
            .Select(m => (m.ParticipantId, m.ProgramId, m.Round)).ToHashSet();
        return
        [
            .. people.Where(p => programs.ContainsKey(p.ProgramId!.Value))
                .Select(p => (Person: p, ProgramId: p.ProgramId!.Value, Round: Round(Later(p.EnrolledAt!.Value, firstPosts[p.ProgramId!.Value]), now, interval)))
                .Where(d => d.Round >= 0 && !asked.Contains((d.Person.Id, d.ProgramId, d.Round)))
                .GroupBy(d => (d.ProgramId, d.Round))
                .Select(g => (programs[g.Key.ProgramId], g.Key.Round, g.Select(d => d.Person).ToList())),
        ];
    }

    private async Task<int> AskAsync(ChampionProgram program, int round, List<Participant> people, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recipients = await SurveyRecipients.BuildAsync(db, program, people, request: null, cancellationToken);
        if (recipients.Reachable.Count == 0)
        {
            return 0;
        }

        var reachable = recipients.Reachable.Select(r => r.ObjectId).ToHashSet(StringComparer.Ordinal);
        db.MaturityPulses.AddRange(people.Where(p => reachable.Contains(p.ObjectId))
            .Select(p => new MaturityPulse { ProgramId = program.Id, ParticipantId = p.Id, Round = round, AskedAt = now }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another instance asked some of them a moment ago; the next poll looks again without them.
            return 0;
        }

        await outbox.EnqueueAsync(new OutboundRequest
        {
            Kind = OutboundMessageKind.Survey,
            RequestedBy = "system",
            Activity = MessageFactory.Card(MaturityPulseCard.Build(program.Id, round).ToJsonElement(), MaturityPulseCard.Title),
            Recipients = recipients.Reachable,
            ProgramId = program.Id,
            DefaultTimeZone = program.TimeZoneId,
        }, cancellationToken);
        LogAsked(logger, recipients.Reachable.Count, program.Id, round);
        return recipients.Reachable.Count;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static int Round(DateTimeOffset start, DateTimeOffset now, TimeSpan interval) =>
        now < start ? -1 : (int)((now - start).Ticks / interval.Ticks);

    [LoggerMessage(EventId = 5852, Level = LogLevel.Information, Message = "Asked {Count} people the maturity pulse in program {ProgramId}, round {Round}")]
    private static partial void LogAsked(ILogger logger, int count, int programId, int round);
}
