using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Delivery.Leadership;
using ChampionBot.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Delivery;

/// <summary>
/// PostgreSQL only: claims use FOR UPDATE SKIP LOCKED, so even two senders running at once never send the same
/// delivery; and the advisory lock lets exactly one instance be the sender, handing over when it lets go.
/// Needs CHAMPIONBOT_TEST_POSTGRES or ConnectionStrings__ChampionBot (fails under CI=true without it).
/// </summary>
public sealed class PostgresSenderTests
{
    [SkippableFact]
    public async Task SendDueAsync_TwoSendersAtOnce_NeverSendTheSameDelivery()
    {
        await using var harness = await DeliveryTesting.StartAsync(new PostgresTestDatabase(), o => (o.BatchSize, o.MaxConcurrentSends) = (7, 3));
        var id = await harness.EnqueueAsync(400);

        var handled = await Task.WhenAll(
            Task.Run(() => harness.Pump().SendDueAsync("sender-a", CancellationToken.None)),
            Task.Run(() => harness.Pump().SendDueAsync("sender-b", CancellationToken.None)),
            Task.Run(() => harness.Pump().SendDueAsync("sender-c", CancellationToken.None)));

        Assert.Equal(400, handled.Sum());
        Assert.Equal(400, harness.Scripted().Sends.Count());
        Assert.Equal(400, harness.Scripted().Sends.Select(c => c.ConversationId).Distinct().Count());
        Assert.All(await harness.DeliveriesAsync(id), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [SkippableFact]
    public async Task TryAcquireAsync_TwoInstances_OnlyOneLeadsUntilItLetsGo()
    {
        await using var harness = await DeliveryTesting.StartAsync(new PostgresTestDatabase());
        var storage = harness.Services.GetRequiredService<StorageSettings>();
        var options = Options.Create(new DeliveryOptions { LeaderLockKey = Random.Shared.NextInt64() });
        var first = new PostgresLeadership(storage, options, TimeProvider.System);
        var second = new PostgresLeadership(storage, options, TimeProvider.System);

        var leader = await first.TryAcquireAsync(CancellationToken.None);
        Assert.NotNull(leader);
        Assert.Null(await second.TryAcquireAsync(CancellationToken.None));

        await leader.DisposeAsync(); // what the server does when the leader's process dies: the session ends
        await using var successor = await second.TryAcquireAsync(CancellationToken.None);

        Assert.NotNull(successor);
        Assert.False(successor.Lost.IsCancellationRequested);
    }
}
