using System.Threading.Channels;
using ChampionBot.Data.Entities;
using ChampionBot.Tests.Support;
using ChampionBot.Testing.Databases;
using Microsoft.Extensions.Time.Testing;

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
        var clock = new WaitReportingClock(DeliveryTesting.Start);
        await using var harness = await DeliveryTesting.StartAsync(server, clock, o => (o.BatchSize, o.MaxConcurrentSends) = (5, 2));

        var id = await harness.EnqueueAsync(20);
        var accepted = 0;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Scripted().AfterAccepted = async call =>
        {
            if (call.Kind == "send" && Interlocked.Increment(ref accepted) == 3)
            {
                await server.StopImmediatelyAsync();
                killed.SetResult();
            }
        };

        var sending = harness.SendDueAsync();
        await killed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(sending.IsCompleted); // the sent copies' outcomes are held, not dropped (no wait of the clock has passed)
        await server.StartAsync();
        await FinishAsync(clock, sending);

        // The worker's next polls, each when the earliest delivery left is due: a send whose permission check met the
        // dead database was put back a little later, so how many polls it takes depends on where the kill landed.
        for (var round = 0; round < 10; round++)
        {
            var left = (await harness.DeliveriesAsync(id)).Where(d => d.Status != DeliveryStatus.Sent).ToList();
            if (left.Count == 0)
            {
                break;
            }

            var due = left.Min(d => d.NextAttemptAt);
            if (due > clock.GetUtcNow())
            {
                clock.Advance(due - clock.GetUtcNow());
            }

            await harness.Store().RecoverOwnAsync("test-sender", new HashSet<long>(), harness.Clock.GetUtcNow(), CancellationToken.None);
            await FinishAsync(clock, harness.SendDueAsync());
        }

        var deliveries = await harness.DeliveriesAsync(id);
        Assert.All(deliveries, d => Assert.Equal((DeliveryStatus.Sent, (DateTimeOffset?)null), (d.Status, d.AmbiguousAt)));
        Assert.Equal(20, harness.Scripted().Sends.Count());
        Assert.Equal(20, harness.Scripted().Sends.Select(s => s.ConversationId).Distinct().Count());
    }

    /// <summary>Lets each wait the sender starts on the clock pass, exactly, one at a time, until the run is over.</summary>
    private static async Task FinishAsync(WaitReportingClock clock, Task sending)
    {
        while (!sending.IsCompleted)
        {
            var waiting = clock.NextWaitAsync();
            if (await Task.WhenAny(sending, waiting).WaitAsync(TimeSpan.FromSeconds(60)) == waiting)
            {
                clock.Advance(await waiting);
            }
        }

        await sending;
    }

    /// <summary>A fake clock that reports every wait started on it (Task.Delay), but not timeouts (which must not pass).</summary>
    private sealed class WaitReportingClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

        public Task<TimeSpan> NextWaitAsync() => _waits.Reader.ReadAsync().AsTask();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            if (state is not CancellationTokenSource && dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
            {
                _waits.Writer.TryWrite(dueTime);
            }

            return timer;
        }
    }
}
