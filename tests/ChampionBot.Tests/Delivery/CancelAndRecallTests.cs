using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Delivery.Sending;
using ChampionBot.Delivery.Storage;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Delivery;

public sealed class CancelAndRecallTests
{
    [SkippableFact]
    public async Task CancelAsync_BeforeSending_NothingGoesOutAndEveryDeliveryIsCancelled()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase());
        var id = await harness.EnqueueAsync(12);

        Assert.True(await harness.Outbox.CancelAsync(id));
        await harness.SendDueAsync();

        Assert.Empty(harness.Scripted().Sends);
        Assert.All(await harness.DeliveriesAsync(id), d => Assert.Equal(DeliveryStatus.Cancelled, d.Status));
        Assert.Equal(OutboundMessageStatus.Cancelled, (await harness.Outbox.GetProgressAsync(id))!.Status);
    }

    [SkippableFact]
    public async Task CancelAsync_HalfWay_StopsWithinTheBatchesAlreadyClaimed()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase(), o => (o.BatchSize, o.MaxConcurrentSends) = (5, 1));
        var id = await harness.EnqueueAsync(60);
        harness.Scripted().AfterAccepted = async call =>
        {
            if (harness.Scripted().Sends.Count() == 1)
            {
                await harness.Outbox.CancelAsync(id);
            }
        };

        await harness.SendDueAsync();

        var deliveries = await harness.DeliveriesAsync(id);
        Assert.InRange(harness.Scripted().Sends.Count(), 1, 15);
        Assert.DoesNotContain(deliveries, d => d.Status is DeliveryStatus.Pending or DeliveryStatus.InFlight);
        Assert.Equal(harness.Scripted().Sends.Count(), deliveries.Count(d => d.Status == DeliveryStatus.Sent));
    }

    [SkippableFact]
    public async Task SendDueAsync_MessageStateUnreadable_FailsClosedAndSendsNothing()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase());
        await harness.EnqueueAsync(5);
        var broken = new BrokenContextFactory();
        var store = new DeliveryStore(broken);
        var options = harness.Services.GetRequiredService<IOptions<DeliveryOptions>>();
        var pump = new DeliveryPump(
            store, harness.Services.GetRequiredService<DeliverySender>(),
            new OutcomeWriter(store, options, harness.Clock, NullLogger<OutcomeWriter>.Instance),
            harness.Services.GetRequiredService<IContactPermissions>(), options, harness.Clock, NullLogger<DeliveryPump>.Instance);

        var handled = await pump.SendDueAsync("sender", CancellationToken.None);

        Assert.Equal(0, handled);
        Assert.Empty(harness.Scripted().Calls);
    }

    [SkippableFact]
    public async Task RecallAsync_AfterSending_DeletesEverySentCopyAndFinishesAsRecalled()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase());
        var id = await harness.EnqueueAsync(6);
        await harness.SendDueAsync();
        var sent = (await harness.DeliveriesAsync(id)).Select(d => d.ActivityId).Order().ToList();

        Assert.True(await harness.Outbox.RecallAsync(id));
        await harness.Pump().RecallDueAsync("sender", CancellationToken.None);
        await harness.Progress().TickAsync(CancellationToken.None);

        var deletes = harness.Scripted().Calls.Where(c => c.Kind == "delete").Select(c => c.ActivityId).Order().ToList();
        Assert.Equal(sent, deletes);
        Assert.All(await harness.DeliveriesAsync(id), d => Assert.Equal(DeliveryStatus.Recalled, d.Status));
        Assert.Equal(OutboundMessageStatus.Recalled, (await harness.MessageAsync(id)).Status);
    }

    private sealed class BrokenContextFactory : IDbContextFactory<ChampionDbContext>
    {
        public ChampionDbContext CreateDbContext() => throw new InvalidOperationException("database unreachable");
    }
}
