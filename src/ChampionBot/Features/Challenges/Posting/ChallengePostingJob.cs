using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Challenges.Posting;

/// <summary>
/// The weekly post. First it finishes any post whose fan-out was abandoned (the instance that claimed it crashed or
/// failed part-way, and its lease ran out), whether weekly or "post now". Then, for each program: the latest cadence
/// occurrence that has come (only the latest, so an instance back from a long downtime posts once instead of
/// flooding); if it has no post yet, the challenges due for it (one per role, scheduled on or before its local date,
/// and scheduled before it came) are published.
/// </summary>
public sealed partial class ChallengePostingJob(
    ChampionDbContext db,
    ChallengePublisher publisher,
    ChallengePostLedger ledger,
    ChallengeGaveUpNotice gaveUpNotice,
    IOptions<SchedulerOptions> options,
    TimeProvider time,
    ILogger<ChallengePostingJob> logger) : IScheduledJob
{
    public const string SystemRequester = "system";

    public string Name => "challenge posting";

    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        foreach (var post in await ledger.AbandonedAsync(cancellationToken))
        {
            if (ledger.IsStale(post.ClaimedAt))
            {
                await GiveUpAsync(post, cancellationToken);
                continue;
            }

            await publisher.ResumeAsync(post.Id, cancellationToken);
        }

        var now = time.GetUtcNow();
        var programs = await db.Programs.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        foreach (var program in programs)
        {
            if (!CronCadence.TryParse(program.CadenceCron, program.TimeZoneId, out var cadence))
            {
                LogBadCadence(logger, program.Id);
                continue;
            }

            if (cadence!.LatestAtOrBefore(now, options.Value.CatchUpWindow) is not { } occurrence)
            {
                continue;
            }

            var due = await DueAsync(program, cadence, occurrence, cancellationToken);
            if (due.Count > 0)
            {
                await publisher.PublishAsync(program.Id, occurrence, due, SystemRequester, progress: null, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Tells the owner(s), then gives the post up. Telling first is what makes a failed notice retried: the notice's
    /// outbox key makes it idempotent (a second instance, or a retry after the give-up itself failed, finds the queued
    /// notice instead of sending another), and while it cannot be queued the post stays open, so the next poll tries
    /// both again. Once the post is twice <see cref="SchedulerOptions.FanOutGiveUpAfter"/> old it is given up
    /// untold, so a notice that can never be queued does not keep the post open for ever.
    /// </summary>
    private async Task GiveUpAsync(AbandonedPost post, CancellationToken cancellationToken)
    {
        var giveUpAfter = options.Value.FanOutGiveUpAfter;
        var told = await TryTellAsync(post.Id, cancellationToken);
        if (!told && post.ClaimedAt > time.GetUtcNow() - (giveUpAfter * 2))
        {
            return;
        }

        if (!await ledger.GiveUpIfStaleAsync(post.Id, cancellationToken))
        {
            return;
        }

        if (told)
        {
            LogGaveUp(logger, post.Id, giveUpAfter);
        }
        else
        {
            LogGaveUpUntold(logger, post.Id, giveUpAfter * 2);
        }
    }

    /// <summary>A failure is logged rather than allowed to stop the other posts and programs of this poll.</summary>
    private async Task<bool> TryTellAsync(int postId, CancellationToken cancellationToken)
    {
        try
        {
            await gaveUpNotice.SendAsync(postId, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNoticeFailed(logger, ex, postId);
            return false;
        }
    }

    /// <summary>The challenge ids to post at <paramref name="occurrence"/>: none when it already has a post.</summary>
    private async Task<IReadOnlyList<int>> DueAsync(ChampionProgram program, CronCadence cadence, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var at = occurrence.ToUniversalTime();
        if (await db.ChallengePosts.AnyAsync(p => p.ProgramId == program.Id && p.OccurrenceAt == at, cancellationToken))
        {
            return [];
        }

        var day = cadence.LocalDate(occurrence);
        var scheduled = await db.Challenges.AsNoTracking()
            .Where(c => c.ProgramId == program.Id && c.Status == ChallengeStatus.Scheduled && c.ScheduledFor <= day && c.UpdatedAt <= at)
            .Select(c => new { c.Id, c.AudienceRole, c.ScheduledFor })
            .ToListAsync(cancellationToken);
        return [.. scheduled
            .GroupBy(c => c.AudienceRole, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(c => c.ScheduledFor).ThenBy(c => c.Id).First().Id)];
    }

    [LoggerMessage(EventId = 5109, Level = LogLevel.Error, Message = "Gave up challenge post {PostId}: its fan-out still failed {GiveUpAfter} after the claim, so it is not retried again; check the earlier errors (event 5107) for why")]
    private static partial void LogGaveUp(ILogger logger, int postId, TimeSpan giveUpAfter);

    [LoggerMessage(EventId = 5116, Level = LogLevel.Warning, Message = "Challenge post {PostId} is to be given up, but queueing the notice to its owner(s) failed; the post stays open and the next poll tries again")]
    private static partial void LogNoticeFailed(ILogger logger, Exception exception, int postId);

    [LoggerMessage(EventId = 5117, Level = LogLevel.Error, Message = "Gave up challenge post {PostId} without telling its owner(s): the notice still could not be queued {Untold} after the claim (see the 5116 warnings); check the earlier errors (event 5107) for why the post failed")]
    private static partial void LogGaveUpUntold(ILogger logger, int postId, TimeSpan untold);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Warning, Message = "Program {ProgramId} has a cadence or time zone that cannot be parsed; nothing is posted for it")]
    private static partial void LogBadCadence(ILogger logger, int programId);
}
