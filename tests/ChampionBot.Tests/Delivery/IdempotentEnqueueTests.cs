using ChampionBot.Data;
using ChampionBot.Delivery;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Delivery;

public sealed class SqliteIdempotentEnqueueTests : IdempotentEnqueueTests<SqliteTestDatabase>;

public sealed class PostgresIdempotentEnqueueTests : IdempotentEnqueueTests<PostgresTestDatabase>;

/// <summary>An enqueue with an idempotency key stores the message once, however often (and however concurrently) it is retried.</summary>
public abstract class IdempotentEnqueueTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task EnqueueAsync_SameKeyTwice_ReturnsTheFirstMessageAndStoresNothingNew()
    {
        await using var harness = await DeliveryTesting.StartAsync(new TDatabase());
        var first = await harness.Outbox.EnqueueAsync(Keyed("challenge-post:1:7", people: 3));
        var again = await harness.Outbox.EnqueueAsync(Keyed("challenge-post:1:7", people: 5));

        Assert.Equal(first, again);
        Assert.Equal(1, await CountAsync(harness, db => db.OutboundMessages.CountAsync()));
        Assert.Equal(3, (await harness.DeliveriesAsync(first)).Count);
        Assert.Equal("challenge-post:1:7", (await harness.MessageAsync(first)).IdempotencyKey);
    }

    [SkippableFact]
    public async Task EnqueueAsync_DifferentKeysOrNoKey_StoresEveryMessage()
    {
        await using var harness = await DeliveryTesting.StartAsync(new TDatabase());
        var ids = new[]
        {
            await harness.Outbox.EnqueueAsync(Keyed("challenge-post:1:7", people: 2)),
            await harness.Outbox.EnqueueAsync(Keyed("challenge-post:1:8", people: 2)),
            await harness.EnqueueAsync(2),
            await harness.EnqueueAsync(2),
        };

        Assert.Equal(4, ids.Distinct().Count());
        Assert.Equal(8, await CountAsync(harness, db => db.Deliveries.CountAsync()));
    }

    [SkippableFact]
    public async Task EnqueueAsync_SameKeyFromConcurrentCallers_StoresOneMessageAndEveryoneGetsItsId()
    {
        await using var harness = await DeliveryTesting.StartAsync(new TDatabase());
        const int callers = 4;
        using var start = new Barrier(callers);
        var ids = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return harness.Outbox.EnqueueAsync(Keyed("challenge-post:2:9", people: 20));
        })));

        Assert.Single(ids.Distinct());
        Assert.Equal(1, await CountAsync(harness, db => db.OutboundMessages.CountAsync()));
        Assert.Equal(20, (await harness.DeliveriesAsync(ids[0])).Count);
    }

    [SkippableFact]
    public async Task EnqueueAsync_KeyLongerThanTheColumn_IsRefusedBeforeAnythingIsStored()
    {
        await using var harness = await DeliveryTesting.StartAsync(new TDatabase());
        var key = new string('k', OutboundRequest.MaxIdempotencyKeyLength + 1);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => harness.Outbox.EnqueueAsync(Keyed(key, people: 1)));
        Assert.Equal(0, await CountAsync(harness, db => db.OutboundMessages.CountAsync()));
    }

    private static OutboundRequest Keyed(string key, int people) =>
        DeliveryTesting.Request([.. Enumerable.Range(1, people).Select(i => DeliveryTesting.Person(i))]) with { IdempotencyKey = key };

    private static async Task<int> CountAsync(AppHost harness, Func<ChampionDbContext, Task<int>> count)
    {
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<ChampionDbContext>>().CreateDbContextAsync();
        return await count(db);
    }
}
