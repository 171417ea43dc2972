using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges;

/// <summary>What a publish did: null claim means another instance (or an earlier run) had already posted it.</summary>
public sealed record PublishOutcome(bool Claimed, bool ChannelPosted, int Recipients, string? Problem = null);

/// <summary>
/// Posts challenges for one occurrence, for the scheduler and for "post now" alike. First it claims the occurrence:
/// the <see cref="ChallengePost"/> row (unique per program and occurrence) is inserted in the same transaction that
/// flips the challenges to Posted (checked by their version), so exactly one instance wins however many race.
/// Then the winner opens a thread in the pilot channel and queues the 1:1 copies through the outbox.
/// </summary>
public sealed partial class ChallengePublisher(
    IDbContextFactory<ChampionDbContext> contexts,
    ChallengeFanOut fanOut,
    ChallengeMetrics metrics,
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
            return new PublishOutcome(false, false, 0, "already posted");
        }

        var now = time.GetUtcNow();
        var primary = ChallengeAudience.Primary(challenges);
        var post = new ChallengePost { ChallengeId = primary.Id, ProgramId = program.Id, OccurrenceAt = occurrence.ToUniversalTime(), CreatedAt = now };
        if (!await ClaimAsync(db, program, challenges, post, now, cancellationToken))
        {
            LogLostRace(logger, program.Id, occurrence);
            metrics.AlreadyPosted();
            return new PublishOutcome(false, false, 0, "already posted");
        }

        LogClaimed(logger, program.Id, occurrence, challenges.Count);
        var sent = await fanOut.SendAsync(program, challenges, requestedBy, progress, cancellationToken);
        post.ChannelConversationId = sent.ChannelConversationId;
        post.ChannelActivityId = sent.ChannelActivityId;
        post.OutboundMessageId = sent.PrimaryMessageId;
        await db.SaveChangesAsync(cancellationToken);
        metrics.Posted(sent.Recipients);
        return new PublishOutcome(true, sent.ChannelConversationId is not null, sent.Recipients);
    }

    private static async Task<bool> ClaimAsync(
        ChampionDbContext db, ChampionProgram program, List<Challenge> challenges, ChallengePost post, DateTimeOffset now, CancellationToken cancellationToken)
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
}
