using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Delivery;

public sealed class SqliteAmbiguousSendTests : AmbiguousSendTests<SqliteTestDatabase>;

public sealed class PostgresAmbiguousSendTests : AmbiguousSendTests<PostgresTestDatabase>;

/// <summary>
/// A POST that timed out may have landed: the delivery is marked ambiguous and sent at most once more, so every
/// duplicate is counted (duplicates ≤ ambiguous). Rows a sender claimed but never received are not ambiguous at all.
/// </summary>
public abstract class AmbiguousSendTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task SendDueAsync_PostTimesOut_MarkedAmbiguousAndSentOnceMore()
    {
        await using var harness = await DeliveryTesting.StartAsync(new TDatabase());

        var id = await harness.EnqueueAsync(2);
        harness.Scripted().Fail = call => call.ConversationId == "a:conv-1" && call.Attempt == 1 ? new TaskCanceledException("timed out") : null;

        await harness.SendDueAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.SendDueAsync();

        var timedOut = (await harness.DeliveriesAsync(id)).Single(d => d.RecipientObjectId == "object-1");
        Assert.Equal(DeliveryStatus.Sent, timedOut.Status);
        Assert.NotNull(timedOut.AmbiguousAt);
        Assert.Equal(2, harness.Scripted().Sends.Count(s => s.ConversationId == "a:conv-1"));
        Assert.Null((await harness.DeliveriesAsync(id)).Single(d => d.RecipientObjectId == "object-2").AmbiguousAt);
    }

    [SkippableFact]
    public async Task SendDueAsync_PostTimesOutTwice_ClosedAsAmbiguousWithoutAThirdSend()
    {
        await using var harness = await DeliveryTesting.StartAsync(new TDatabase());

        var id = await harness.EnqueueAsync(1);
        harness.Scripted().Fail = _ => new TaskCanceledException("timed out");

        for (var round = 0; round < 4; round++)
        {
            await harness.SendDueAsync();
            harness.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Equal(DeliveryStatus.Ambiguous, Assert.Single(await harness.DeliveriesAsync(id)).Status);
        Assert.Equal(2, harness.Scripted().Sends.Count());
    }

    [SkippableFact]
    public async Task RecoverOwnAsync_ClaimAnswerNeverArrived_ReleasesTheRowsUnsentAndNotAmbiguous()
    {
        await using var harness = await DeliveryTesting.StartAsync(new TDatabase());

        var id = await harness.EnqueueAsync(2);
        await harness.Store().ClaimAsync(10, harness.Clock.GetUtcNow(), "test-sender", CancellationToken.None);

        Assert.Equal(2, await harness.Store().RecoverOwnAsync("test-sender", new HashSet<long>(), harness.Clock.GetUtcNow(), CancellationToken.None));
        await harness.SendDueAsync();

        Assert.All(await harness.DeliveriesAsync(id), d => Assert.Equal((DeliveryStatus.Sent, 1, (DateTimeOffset?)null), (d.Status, d.Attempts, d.AmbiguousAt)));
        Assert.Equal(2, harness.Scripted().Sends.Count());
    }

    [SkippableFact]
    public async Task RecoverOwnAsync_RowsStillHeldInMemory_LeavesThemAlone()
    {
        await using var harness = await DeliveryTesting.StartAsync(new TDatabase());

        await harness.EnqueueAsync(2);
        var claimed = await harness.Store().ClaimAsync(10, harness.Clock.GetUtcNow(), "test-sender", CancellationToken.None);

        Assert.Equal(0, await harness.Store().RecoverOwnAsync("test-sender", claimed.Select(d => d.Id).ToHashSet(), harness.Clock.GetUtcNow(), CancellationToken.None));
    }
}
