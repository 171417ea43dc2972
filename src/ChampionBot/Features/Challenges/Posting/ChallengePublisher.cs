using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Posting;

/// <summary>
/// What a publish did. Not <paramref name="Claimed"/>: another instance (or an earlier run) had already posted it.
/// <paramref name="Interrupted"/>: claimed, but the fan-out failed part-way; the posting job finishes it later.
/// </summary>
public sealed record PublishOutcome(bool Claimed, ChannelThreadOutcome Channel, int Recipients, bool Interrupted = false)
{
    public static PublishOutcome AlreadyPosted { get; } = new(false, ChannelThreadOutcome.NoChannelConversation, 0);
}

/// <summary>
/// Posts challenges for one occurrence, for the scheduler and for "post now" alike. First it claims the occurrence:
/// the <see cref="ChallengePost"/> row (unique per program and occurrence, with a fan-out lease) is inserted in the
/// same transaction that flips the challenges to Posted (checked by their version), so exactly one instance wins
/// however many race. Then the winner fans out (channel thread, 1:1 copies) and marks the post finished. If it dies
/// or fails before that, the post stays unfinished and <see cref="ResumeAsync"/> (the posting job, once the lease has
/// run out) finishes it through the same fan-out, which skips what already landed: at least once, never twice.
/// </summary>
public sealed partial class ChallengePublisher(
    IDbContextFactory<ChampionDbContext> contexts,
    ChallengeFanOut fanOut,
    ChallengePostLedger ledger,
    ChallengeMetrics metrics,
    ChallengeFinishedNotice finishedNotice,
    TimeProvider time,
    ILogger<ChallengePublisher> logger)
{
    public async Task<PublishOutcome> PublishAsync(
        int programId, DateTimeOffset occurrence, IReadOnlyList<int> challengeIds, string requestedBy, FanOutProgress? progress, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var program = await db.Programs.AsNoTracking().FirstAsync(p => p.Id == programId, cancellationToken);
        var challenges = await db.Challenges.Where(c => challengeIds.Contains(c.Id)).OrderBy(c => c.ScheduledFor).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        if (challenges.Count == 0 || challenges.Any(c => c.Status is ChallengeStatus.Posted or ChallengeStatus.Archived))
        {
            return PublishOutcome.AlreadyPosted;
        }

        var now = time.GetUtcNow();
        var post = new ChallengePost
        {
            ChallengeId = ChallengeAudience.Primary(challenges).Id,
            ChallengeIds = ChallengePostLedger.FormatChallengeIds(challenges.Select(c => c.Id)),
            ProgramId = program.Id,
            OccurrenceAt = occurrence.ToUniversalTime(),
            CreatedAt = now,
            FanOutLeaseUntil = ledger.LeaseFromNow(),
        };
        if (!await ClaimAsync(db, program, challenges, post, requestedBy, now, cancellationToken))
        {
            LogLostRace(logger, program.Id, occurrence);
            metrics.AlreadyPosted();
            return PublishOutcome.AlreadyPosted;
        }

        LogClaimed(logger, program.Id, occurrence, challenges.Count);
        return await FanOutAsync(post, program, challenges, requestedBy, progress, cancellationToken);
    }

    /// <summary>
    /// Finishes a post whose fan-out was abandoned (its lease ran out). Null when another instance took it over first.
    /// There is no progress card (nobody watches a resume); the owner who asked for the post hears when it finishes.
    /// </summary>
    public async Task<PublishOutcome?> ResumeAsync(int postId, CancellationToken cancellationToken)
    {
        if (!await ledger.TryTakeOverAsync(postId, cancellationToken) || await ledger.FindAsync(postId, cancellationToken) is not { } post)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var program = await db.Programs.AsNoTracking().FirstAsync(p => p.Id == post.ProgramId, cancellationToken);
        var ids = ChallengePostLedger.ChallengeIds(post);
        var challenges = await db.Challenges.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.ScheduledFor).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        LogResuming(logger, post.ProgramId, post.OccurrenceAt, post.Id);
        if (challenges.Count == 0)
        {
            // Its challenges were deleted meanwhile: nothing left to send, and retrying forever would not change that.
            await ledger.CompleteAsync(post.Id, post.OutboundMessageId, cancellationToken);
            return new PublishOutcome(true, ChannelThreadOutcome.Failed, 0);
        }

        var outcome = await FanOutAsync(post, program, challenges, ChallengePostingJob.SystemRequester, progress: null, cancellationToken);
        if (!outcome.Interrupted)
        {
            await TellFinishedAsync(post, program, challenges, outcome, cancellationToken);
        }

        return outcome;
    }

    /// <summary>The post itself is done whatever happens here, so a failure is only logged.</summary>
    private async Task TellFinishedAsync(ChallengePost post, ChampionProgram program, IReadOnlyList<Challenge> challenges, PublishOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            await finishedNotice.SendAsync(post, program, challenges, outcome, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFinishedNoticeFailed(logger, ex, post.Id);
        }
    }

    private async Task<PublishOutcome> FanOutAsync(
        ChallengePost post, ChampionProgram program, IReadOnlyList<Challenge> challenges, string requestedBy, FanOutProgress? progress, CancellationToken cancellationToken)
    {
        try
        {
            var sent = await fanOut.SendAsync(post, program, challenges, requestedBy, progress, cancellationToken);
            await ledger.CompleteAsync(post.Id, sent.PrimaryMessageId, cancellationToken);
            metrics.Posted(sent.Recipients);
            return new PublishOutcome(true, sent.Channel, sent.Recipients);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The claim stands and the post is unfinished: the posting job resumes it once the lease runs out.
            LogInterrupted(logger, ex, post.ProgramId, post.Id, ledger.Lease);
            metrics.Interrupted();
            return new PublishOutcome(true, ChannelThreadOutcome.Failed, 0, Interrupted: true);
        }
    }

    private static async Task<bool> ClaimAsync(
        ChampionDbContext db, ChampionProgram program, List<Challenge> challenges, ChallengePost post, string requestedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.ChallengePosts.AnyAsync(p => p.ProgramId == post.ProgramId && p.OccurrenceAt == post.OccurrenceAt, cancellationToken))
        {
            return false;
        }

        foreach (var challenge in challenges)
        {
            challenge.Status = ChallengeStatus.Posted;
            challenge.PostedAt = now;
            challenge.ProgramId ??= program.Id;
            challenge.UpdatedAt = now;
        }

        db.ChallengePosts.Add(post);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);

            // Who asked for it, kept with the claim: a post given up much later is reported to that person.
            db.AuditEntries.Add(ChallengePostLedger.ClaimAudit(post, requestedBy, now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(ex))
        {
            // Another instance claimed this occurrence (unique post) or posted one of these challenges (version) first.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Claimed program {ProgramId} occurrence {Occurrence}: posting {Count} challenge(s)")]
    private static partial void LogClaimed(ILogger logger, int programId, DateTimeOffset occurrence, int count);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Program {ProgramId} occurrence {Occurrence} was already posted by another run; nothing sent")]
    private static partial void LogLostRace(ILogger logger, int programId, DateTimeOffset occurrence);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Error, Message = "Program {ProgramId}: the fan-out of challenge post {PostId} failed part-way; it is resumed after its lease ({Lease}) runs out")]
    private static partial void LogInterrupted(ILogger logger, Exception exception, int programId, int postId, TimeSpan lease);

    [LoggerMessage(EventId = 5119, Level = LogLevel.Warning, Message = "Challenge post {PostId} finished after a retry, but queueing the message that tells its owner failed")]
    private static partial void LogFinishedNoticeFailed(ILogger logger, Exception exception, int postId);

    [LoggerMessage(EventId = 5108, Level = LogLevel.Warning, Message = "Program {ProgramId} occurrence {Occurrence}: resuming the unfinished fan-out of challenge post {PostId}")]
    private static partial void LogResuming(ILogger logger, int programId, DateTimeOffset occurrence, int postId);
}
