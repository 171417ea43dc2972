using System.Globalization;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Challenges.Posting;
using ChampionBot.Features.Dread;
using ChampionBot.Features.Nominations;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Programs;
using ChampionBot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Outcomes.Digest;

/// <summary>
/// Sends each program's owners the weekly digest 1:1 on the day of the program's cadence: within a day of its first
/// occurrence in a week (Monday to Sunday, the program's time zone), so a bot down all that day skips that week rather
/// than sending late. The outbox key <see cref="OutboxKey"/> makes it once per program and week across restarts and instances.
/// </summary>
public sealed partial class WeeklyDigestJob(
    ChampionDbContext db,
    OutcomeLedger ledgers,
    NominationList nominations,
    ProgramOwners owners,
    IOutbox outbox,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<WeeklyDigestJob> logger) : IScheduledJob
{
    /// <summary>How late after the cadence's occurrence the digest may still go.</summary>
    public static readonly TimeSpan SendWithin = TimeSpan.FromDays(1);

    public string Name => "weekly-digest";

    public static string OutboxKey(int programId, DateOnly weekOf) =>
        string.Create(CultureInfo.InvariantCulture, $"digest:{programId}:{weekOf:yyyy-MM-dd}");

    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            await RunOnceAsync(cancellationToken);
        }
    }

    /// <summary>Queues every digest due now; returns how many programs' owners it was queued for.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var program in await db.Programs.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken))
        {
            if (!CronCadence.TryParse(program.CadenceCron, program.TimeZoneId, out var cadence)
                || cadence!.LatestAtOrBefore(now, SendWithin) is not { } occurrence)
            {
                continue;
            }

            var weekOf = LedgerTally.WeekOf(occurrence, cadence.Zone);
            var key = OutboxKey(program.Id, weekOf);
            if (await outbox.FindAsync(key, cancellationToken) is not null)
            {
                continue;
            }

            var recipients = await OwnerChatRecipients.FindAsync(db, program, await owners.OwnerObjectIdsAsync(program.Id, cancellationToken), cancellationToken);
            if (recipients.Count == 0)
            {
                LogNobodyToTell(logger, program.Id);
                continue;
            }

            var sentOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(occurrence, cadence.Zone).DateTime);
            var digest = await BuildAsync(program, sentOn, WeeklyDigest.LastDigestUpTo(occurrence, cadence.Zone), cancellationToken);
            await outbox.EnqueueAsync(new OutboundRequest
            {
                Kind = OutboundMessageKind.Digest,
                RequestedBy = "system",
                Activity = MessageFactory.Card(DigestCard.Build(digest).ToJsonElement(), DigestCard.Title),
                Recipients = recipients,
                ProgramId = program.Id,
                DefaultTimeZone = program.TimeZoneId,
                IdempotencyKey = key,
            }, cancellationToken);
            LogQueued(logger, program.Id, recipients.Count);
            sent++;
        }

        return sent;
    }

    private async Task<WeeklyDigest> BuildAsync(ChampionProgram program, DateOnly sentOn, DateOnly lastDigestUpTo, CancellationToken cancellationToken)
    {
        var ledger = await ledgers.ForAsync(program, cancellationToken);
        var ranking = await DreadGroups.RankingAsync(db, program.Id, cancellationToken);
        var covered = await db.Challenges.AsNoTracking()
            .Where(c => c.ProgramId == program.Id && c.SourceDreadItemId != null)
            .Select(c => c.SourceDreadItemId!.Value)
            .ToListAsync(cancellationToken);
        var list = await nominations.ReadAsync(program, cancellationToken);
        return new WeeklyDigest(program.Name, sentOn, lastDigestUpTo, ledger.Program, WeeklyDigest.Before(ledger, lastDigestUpTo),
            WeeklyDigest.NotCovered(ranking, covered.ToHashSet()), list.Stalled);
    }

    [LoggerMessage(EventId = 5853, Level = LogLevel.Information, Message = "Queued the weekly digest of program {ProgramId} for {Count} owners")]
    private static partial void LogQueued(ILogger logger, int programId, int count);

    [LoggerMessage(EventId = 5854, Level = LogLevel.Debug, Message = "No owner of program {ProgramId} can get the weekly digest 1:1 yet; tried again on the next poll")]
    private static partial void LogNobodyToTell(ILogger logger, int programId);
}
