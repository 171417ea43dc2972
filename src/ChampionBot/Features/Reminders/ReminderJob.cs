using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Reminders;

/// <summary>
/// Sends the one reminder per person and challenge, on every scheduler poll (<c>Scheduler:PollInterval</c>). A
/// Reminders row is written (unique per person and challenge) before the send is queued, so a restart or a second
/// instance never sends it twice: at most once, by design.
/// </summary>
public sealed partial class ReminderJob(
    IDbContextFactory<ChampionDbContext> contexts,
    IOutbox outbox,
    IOptions<RemindersOptions> options,
    TimeProvider time,
    ILogger<ReminderJob> logger) : IScheduledJob
{
    public string Name => "reminders";

    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            await RunOnceAsync(cancellationToken);
        }
    }

    /// <summary>Reminds everyone due now; returns how many reminders were queued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = now - TimeSpan.FromDays(options.Value.AfterDays);
        var oldest = due - TimeSpan.FromDays(options.Value.WindowDays);
        List<Challenge> challenges;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            challenges = await db.Challenges.AsNoTracking()
                .Where(c => c.Status == ChallengeStatus.Posted && c.ProgramId != null && c.PostedAt <= due && c.PostedAt >= oldest)
                .Include(c => c.Program)
                .ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var challenge in challenges)
        {
            sent += await RemindAsync(challenge, now, cancellationToken);
        }

        return sent;
    }

    private async Task<int> RemindAsync(Challenge challenge, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var routes = await ReminderRecipients.FindAsync(db, outbox, challenge, now, cancellationToken);
            if (routes.Count == 0)
            {
                return 0;
            }

            db.Reminders.AddRange(routes.Select(r => new Reminder { ParticipantId = r.Person.Id, ChallengeId = challenge.Id, SentAt = now }));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (attempt < 3 && DbErrors.IsUniqueViolation(ex))
            {
                // Another instance claimed some of the same people first; look again without them.
                continue;
            }

            await outbox.EnqueueAsync(new OutboundRequest
            {
                Kind = OutboundMessageKind.Reminder,
                RequestedBy = "system",
                Activity = MessageFactory.Card(ReminderCard.Build(challenge).ToJsonElement(), $"How did {challenge.Title} go?"),
                Recipients = [.. routes.Select(r => r.Route)],
                ProgramId = challenge.ProgramId,
                DefaultTimeZone = challenge.Program?.TimeZoneId,
            }, cancellationToken);
            LogReminded(logger, routes.Count, challenge.Id);
            return routes.Count;
        }
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Queued {Count} reminders for challenge {ChallengeId}")]
    private static partial void LogReminded(ILogger logger, int count, int challengeId);
}
