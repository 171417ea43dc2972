using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;

namespace ChampionBot.Tests.Delivery;

/// <summary>
/// A real PostgreSQL server of the test's own, killed (<c>pg_ctl stop -m immediate</c>) in the middle of a send and
/// started again: the sender keeps every outcome until the database has it, so nobody is lost and nobody gets a
/// second copy, and the rows it had claimed are not left in flight for a restart to resend.
/// </summary>
public sealed class DatabaseOutageTests
{
    [SkippableFact]
    public async Task SendDueAsync_DatabaseKilledMidSendAndStartedAgain_EveryoneGetsExactlyOneCopy()
    {
        var server = new PrivatePostgresServer();
        await using var harness = await DeliveryHarness.StartAsync(server, o => (o.BatchSize, o.MaxConcurrentSends) = (5, 2));

        var id = await harness.EnqueueAsync(20);
        var accepted = 0;
        harness.Connector.AfterAccepted = async call =>
        {
            if (call.Kind == "send" && Interlocked.Increment(ref accepted) == 3)
            {
                await server.StopImmediatelyAsync();
            }
        };

        var sending = harness.SendDueAsync();
        await WaitUntilAsync(() => Volatile.Read(ref accepted) >= 3);
        Assert.False(sending.IsCompleted); // the sent copies' outcomes are held, not dropped
        await server.StartAsync();
        await FinishAsync(harness, sending);

        for (var round = 0; round < 3; round++)
        {
            await harness.Store.RecoverOwnAsync("test-sender", new HashSet<long>(), harness.Time.GetUtcNow(), CancellationToken.None);
            await FinishAsync(harness, harness.SendDueAsync());
        }

        var deliveries = await harness.DeliveriesAsync(id);
        Assert.All(deliveries, d => Assert.Equal((DeliveryStatus.Sent, (DateTimeOffset?)null), (d.Status, d.AmbiguousAt)));
        Assert.Equal(20, harness.Connector.Sends.Count());
        Assert.Equal(20, harness.Connector.Sends.Select(s => s.ConversationId).Distinct().Count());
    }

    /// <summary>Lets the sender's retry waits pass on the fake clock until the run is over.</summary>
    private static async Task FinishAsync(DeliveryHarness harness, Task sending)
    {
        for (var step = 0; step < 600 && !sending.IsCompleted; step++)
        {
            harness.Time.Advance(TimeSpan.FromSeconds(5));
            await WaitUntilAsync(() => sending.IsCompleted, TimeSpan.FromMilliseconds(100));
        }

        await sending;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? atMost = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < (atMost ?? TimeSpan.FromSeconds(30)))
        {
            await Task.Yield();
            Thread.Sleep(10);
        }
    }
}
