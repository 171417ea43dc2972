using System.Globalization;
using System.Linq.Expressions;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Challenges.Posting;

/// <summary>
/// The progress of a claimed <see cref="ChallengePost"/>'s fan-out, written step by step as each step lands so a
/// resumed fan-out skips what is done: the channel thread's ids, then the completion marker. Ownership of an
/// unfinished post is a lease taken with one conditional UPDATE, so however many instances look, one resumes it.
/// </summary>
public sealed class ChallengePostLedger(IDbContextFactory<ChampionDbContext> contexts, IOptions<SchedulerOptions> options, TimeProvider time)
{
    /// <summary>The longest a resumer waits between two attempts at a post that keeps failing.</summary>
    public static readonly TimeSpan MaxResumeLease = TimeSpan.FromHours(1);

    public TimeSpan Lease => options.Value.FanOutLease;

    public DateTimeOffset LeaseFromNow() => time.GetUtcNow() + Lease;

    /// <summary>The idempotency key of one challenge's 1:1 copies for one post: a resumed fan-out finds them by it.</summary>
    public static string OutboxKey(int postId, int challengeId) =>
        string.Create(CultureInfo.InvariantCulture, $"challenge-post:{postId}:{challengeId}");

    /// <summary>The audit action written with every claim; its actor is the post's requester (an owner, or "system").</summary>
    public const string ClaimedAction = "challenge.post-claimed";

    /// <summary>The audit subject of one post.</summary>
    public static string AuditSubject(int postId) => string.Create(CultureInfo.InvariantCulture, $"challenge-post:{postId}");

    public static AuditEntry ClaimAudit(ChallengePost post, string requestedBy, DateTimeOffset now) => new()
    {
        At = now,
        ActorObjectId = requestedBy,
        Action = ClaimedAction,
        Subject = AuditSubject(post.Id),
        ProgramId = post.ProgramId,
        Details = new System.Text.Json.Nodes.JsonObject { ["challengeIds"] = post.ChallengeIds }.ToJsonString(),
    };

    /// <summary>Who asked for the post: the actor of its claim, or null for posts claimed before that was recorded.</summary>
    public async Task<string?> RequesterAsync(int postId, CancellationToken cancellationToken)
    {
        var subject = AuditSubject(postId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == ClaimedAction && a.Subject == subject)
            .OrderBy(a => a.Id)
            .Select(a => a.ActorObjectId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public static string FormatChallengeIds(IEnumerable<int> ids) => string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The challenges claimed with the post; the primary one alone for posts stored before the list was kept.</summary>
    public static IReadOnlyList<int> ChallengeIds(ChallengePost post) =>
        string.IsNullOrEmpty(post.ChallengeIds)
            ? [post.ChallengeId]
            : [.. post.ChallengeIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture))];

    /// <summary>Unfinished posts nobody owns any more (their lease ran out), oldest first, with when each was claimed.</summary>
    public async Task<IReadOnlyList<AbandonedPost>> AbandonedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChallengePosts.AsNoTracking()
            .Where(AbandonedAt(now))
            .OrderBy(p => p.Id)
            .Select(p => new AbandonedPost(p.Id, p.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>True once a post claimed at <paramref name="claimedAt"/> is past <see cref="SchedulerOptions.FanOutGiveUpAfter"/>.</summary>
    public bool IsStale(DateTimeOffset claimedAt) => claimedAt <= time.GetUtcNow() - options.Value.FanOutGiveUpAfter;

    /// <summary>
    /// How long a resumer owns a post: the usual lease at first, then a quarter of the post's age (up to an hour),
    /// so a fan-out that keeps failing is retried less and less often instead of every couple of minutes.
    /// </summary>
    public TimeSpan ResumeLease(TimeSpan age) => TimeSpan.FromTicks(Math.Clamp(age.Ticks / 4, Lease.Ticks, Math.Max(Lease.Ticks, MaxResumeLease.Ticks)));

    /// <summary>Takes over an abandoned post: true for exactly one caller while the lease it sets lasts.</summary>
    public async Task<bool> TryTakeOverAsync(int postId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var createdAt = await db.ChallengePosts.Where(p => p.Id == postId).Select(p => (DateTimeOffset?)p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var until = now + ResumeLease(now - (createdAt ?? now));
        // The row lock (PostgreSQL) or the write lock (SQLite) serialises racers; the loser re-reads a lease in the future.
        return await db.ChallengePosts
            .Where(p => p.Id == postId).Where(AbandonedAt(now))
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.FanOutLeaseUntil, until), cancellationToken) == 1;
    }

    /// <summary>
    /// Gives up an abandoned post claimed longer ago than <see cref="SchedulerOptions.FanOutGiveUpAfter"/>: marks it
    /// finished so no instance retries it again. True for the one caller that gave it up.
    /// </summary>
    public async Task<bool> GiveUpIfStaleAsync(int postId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claimedBefore = now - options.Value.FanOutGiveUpAfter;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChallengePosts
            .Where(p => p.Id == postId && p.CreatedAt <= claimedBefore).Where(AbandonedAt(now))
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.FannedOutAt, now)
                .SetProperty(p => p.FanOutLeaseUntil, (DateTimeOffset?)null), cancellationToken) == 1;
    }

    public async Task<ChallengePost?> FindAsync(int postId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChallengePosts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == postId, cancellationToken);
    }

    /// <summary>
    /// Records that this attempt is about to request the channel thread. False when an earlier or concurrent attempt
    /// already did: that thread exists or may exist, so this one must not request another.
    /// </summary>
    public async Task<bool> RecordThreadIntentAsync(int postId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChallengePosts
            .Where(p => p.Id == postId && p.ChannelThreadRequestedAt == null && p.ChannelConversationId == null && p.ChannelActivityId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.ChannelThreadRequestedAt, now), cancellationToken) == 1;
    }

    /// <summary>Teams certainly did not open the thread (it answered with an error): a resume may request it again.</summary>
    public async Task ClearThreadIntentAsync(int postId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ChallengePosts.Where(p => p.Id == postId && p.ChannelConversationId == null && p.ChannelActivityId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.ChannelThreadRequestedAt, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>Stores the channel thread the moment the connector returns it (so a resume never opens a second one) and renews the lease.</summary>
    public async Task RecordThreadAsync(int postId, string? conversationId, string? activityId, CancellationToken cancellationToken)
    {
        var until = LeaseFromNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ChallengePosts.Where(p => p.Id == postId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.ChannelConversationId, conversationId)
                .SetProperty(p => p.ChannelActivityId, activityId)
                .SetProperty(p => p.FanOutLeaseUntil, NoEarlierThan(until)), cancellationToken);
    }

    /// <summary>Keeps the lease while a long fan-out is still making progress (never shortening a resumer's longer one).</summary>
    public async Task RenewLeaseAsync(int postId, CancellationToken cancellationToken)
    {
        var until = LeaseFromNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ChallengePosts.Where(p => p.Id == postId && p.FannedOutAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.FanOutLeaseUntil, NoEarlierThan(until)), cancellationToken);
    }

    /// <summary>Marks the fan-out finished. Idempotent: a slow first owner and a resumer may both get here.</summary>
    public async Task CompleteAsync(int postId, Guid? primaryMessageId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ChallengePosts.Where(p => p.Id == postId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.OutboundMessageId, primaryMessageId)
                .SetProperty(p => p.FannedOutAt, p => p.FannedOutAt ?? now)
                .SetProperty(p => p.FanOutLeaseUntil, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>Unfinished, and nobody's lease on it still runs.</summary>
    private static Expression<Func<ChallengePost, bool>> AbandonedAt(DateTimeOffset now) =>
        p => p.FannedOutAt == null && (p.FanOutLeaseUntil == null || p.FanOutLeaseUntil <= now);

    /// <summary>The lease moved to <paramref name="until"/>, unless it already runs longer (a resumer's backed-off lease).</summary>
    private static Expression<Func<ChallengePost, DateTimeOffset?>> NoEarlierThan(DateTimeOffset until) =>
        p => p.FanOutLeaseUntil != null && p.FanOutLeaseUntil > until ? p.FanOutLeaseUntil : until;
}
