using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Posting;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Challenges;

/// <summary>
/// Two app instances find the same abandoned post at the same moment: one of them finishes it, once. PostgreSQL only:
/// several instances need it, and SQLite refuses a second process on its file (SqliteFileLockTests).
/// </summary>
public sealed class PostgresResumeRaceTests : ResumeRaceTests<PostgresTestDatabase>
{
    [SkippableFact]
    public async Task TwoInstances_ResumingTheSameAbandonedPost_FanOutOnce()
    {
        await using var first = await AppHost.StartAsync<PostgresTestDatabase>();
        await first.SendAsync(TestActivities.ChannelMention("help"));
        var enrolled = await first.EnrolEveryoneAsync();
        var draft = await first.AddDraftAsync("Claimed, then the instance died");
        var postId = await ClaimWithoutFanOutAsync(first, draft);
        await using var second = first.SecondInstance();
        await second.QueryAsync(db => db.Programs.CountAsync()); // starts the second instance on the same, already migrated database
        first.Connector.Clear();

        for (var round = 1; round <= 3; round++)
        {
            first.Clock.Advance(TimeSpan.FromMinutes(3));
            second.Clock.SetUtcNow(first.Clock.GetUtcNow());
            using var start = new Barrier(2);
            await Task.WhenAll(
                Task.Run(async () => { start.SignalAndWait(); await first.RunSchedulerAsync(); }),
                Task.Run(async () => { start.SignalAndWait(); await second.RunSchedulerAsync(); }));
        }

        var post = Assert.Single(await first.QueryAsync(db => db.ChallengePosts.ToListAsync()));
        var message = Assert.Single(await first.QueryAsync(db => db.OutboundMessages.ToListAsync()));
        Assert.Equal(postId, post.Id);
        Assert.NotNull(post.FannedOutAt);
        Assert.NotNull(post.ChannelActivityId);
        Assert.Equal(message.Id, post.OutboundMessageId);
        Assert.Equal(enrolled, await first.QueryAsync(db => db.Deliveries.CountAsync()));
        Assert.Equal(1, first.ChannelThreads().Count + second.ChannelThreads().Count);
    }
}

public sealed class SqliteResumeRaceTests : ResumeRaceTests<SqliteTestDatabase>;

/// <summary>Callers racing to take over an abandoned post: exactly one wins until its lease runs out.</summary>
public abstract class ResumeRaceTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task TryTakeOver_ManyCallersAtOnceAfterTheLease_ExactlyOneWinsUntilItsLeaseRunsOut()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var postId = await ClaimWithoutFanOutAsync(host, await host.AddDraftAsync("Up for grabs"));
        using var scope = host.Services.CreateScope();
        var ledger = scope.ServiceProvider.GetRequiredService<ChallengePostLedger>();
        Assert.False(await ledger.TryTakeOverAsync(postId, CancellationToken.None)); // the claimer's lease still runs

        host.Clock.Advance(TimeSpan.FromMinutes(3));
        const int callers = 6;
        using var start = new Barrier(callers);
        var won = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return ledger.TryTakeOverAsync(postId, CancellationToken.None);
        })));

        Assert.Equal(1, won.Count(w => w));
        Assert.False(await ledger.TryTakeOverAsync(postId, CancellationToken.None));
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.True(await ledger.TryTakeOverAsync(postId, CancellationToken.None)); // the winner died too: someone else may go on
    }

    /// <summary>What a claim leaves when its instance dies right after committing: a post with a lease and nothing sent.</summary>
    protected static Task<int> ClaimWithoutFanOutAsync(AppHost host, Challenge challenge) => host.QueryAsync(async db =>
    {
        var now = host.Clock.GetUtcNow();
        var claimed = await db.Challenges.SingleAsync(c => c.Id == challenge.Id);
        (claimed.Status, claimed.PostedAt, claimed.UpdatedAt) = (ChallengeStatus.Posted, now, now);
        var post = new ChallengePost
        {
            ChallengeId = challenge.Id,
            ChallengeIds = challenge.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ProgramId = claimed.ProgramId!.Value,
            OccurrenceAt = now,
            CreatedAt = now,
            FanOutLeaseUntil = now.AddMinutes(2),
        };
        db.ChallengePosts.Add(post);
        await db.SaveChangesAsync();
        return post.Id;
    });
}
