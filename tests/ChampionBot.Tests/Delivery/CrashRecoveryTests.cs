using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Delivery;

/// <summary>
/// A sender killed mid-batch leaves InFlight rows. Only those are ambiguous: once the lease has passed they are sent
/// once more (marked AmbiguousAt); a row found in flight a second time is closed as Ambiguous, never sent a third time.
/// </summary>
public sealed class CrashRecoveryTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task RecoverOrphansAsync_AfterACrashMidBatch_ResumesAndSendsTheRestExactlyOnce()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase(), o => (o.LeaseDuration, o.RequestTimeout) = (Lease, TimeSpan.FromSeconds(10)));
        var id = await harness.EnqueueAsync(20);
        var inFlightAtCrash = await harness.Store().ClaimAsync(5, harness.Clock.GetUtcNow(), "dead-sender", CancellationToken.None);

        await harness.SendDueAsync("new-sender");
        Assert.Equal(15, harness.Scripted().Sends.Count());
        Assert.Equal(0, await harness.Store().RecoverOrphansAsync(harness.Clock.GetUtcNow(), Lease, "new-sender", CancellationToken.None));

        harness.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(5, await harness.Store().RecoverOrphansAsync(harness.Clock.GetUtcNow(), Lease, "new-sender", CancellationToken.None));
        await harness.SendDueAsync("new-sender");

        var deliveries = await harness.DeliveriesAsync(id);
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.Equal(inFlightAtCrash.Select(d => d.Id).Order(), deliveries.Where(d => d.AmbiguousAt != null).Select(d => d.Id).Order());
        Assert.Equal(20, harness.Scripted().Sends.Count());
    }

    [SkippableFact]
    public async Task RecoverOrphansAsync_RowsInFlightTwice_ClosesThemAsAmbiguousWithoutAThirdSend()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase(), o => (o.LeaseDuration, o.RequestTimeout) = (Lease, TimeSpan.FromSeconds(10)));
        var id = await harness.EnqueueAsync(3);
        await harness.Store().ClaimAsync(3, harness.Clock.GetUtcNow(), "first-dead-sender", CancellationToken.None);
        harness.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        await harness.Store().RecoverOrphansAsync(harness.Clock.GetUtcNow(), Lease, "survivor", CancellationToken.None);
        await harness.Store().ClaimAsync(3, harness.Clock.GetUtcNow(), "second-dead-sender", CancellationToken.None);
        harness.Clock.Advance(Lease + TimeSpan.FromSeconds(1));

        await harness.Store().RecoverOrphansAsync(harness.Clock.GetUtcNow(), Lease, "survivor", CancellationToken.None);
        await harness.SendDueAsync("survivor");

        Assert.All(await harness.DeliveriesAsync(id), d => Assert.Equal(DeliveryStatus.Ambiguous, d.Status));
        Assert.Empty(harness.Scripted().Sends);
    }

    [SkippableFact]
    public async Task RecoverOrphansAsync_OwnRowsOrYoungerThanTheLease_LeavesThemAlone()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase(), o => (o.LeaseDuration, o.RequestTimeout) = (Lease, TimeSpan.FromSeconds(10)));
        await harness.EnqueueAsync(4);
        await harness.Store().ClaimAsync(2, harness.Clock.GetUtcNow(), "me", CancellationToken.None);
        harness.Clock.Advance(Lease / 2);
        await harness.Store().ClaimAsync(2, harness.Clock.GetUtcNow(), "someone-alive", CancellationToken.None);
        harness.Clock.Advance(Lease);

        Assert.Equal(0, await harness.Store().RecoverOrphansAsync(harness.Clock.GetUtcNow(), Lease, "me", CancellationToken.None));
    }
}
