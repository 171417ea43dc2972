using ChampionBot.Delivery.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Delivery;

public sealed class TimeProviderTokenBucketTests
{
    private readonly TickCountingClock _time = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AcquireAsync_OnlyWhileSomeoneWaits_RunsTheServiceTimer()
    {
        using var bucket = new TimeProviderTokenBucket(tokensPerSecond: 50, burst: 1, TimeSpan.FromMilliseconds(20), _time);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, _time.Ticks);

        Assert.True(bucket.AttemptAcquire(1).IsAcquired);
        var waiting = bucket.AcquireAsync(1).AsTask();
        _time.Advance(TimeSpan.FromMilliseconds(20));
        Assert.True((await waiting).IsAcquired);

        var ticks = _time.Ticks;
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(ticks, _time.Ticks);
    }

    /// <summary>Counts every timer callback the clock runs.</summary>
    private sealed class TickCountingClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private int _ticks;

        public int Ticks => Volatile.Read(ref _ticks);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            base.CreateTimer(s => { Interlocked.Increment(ref _ticks); callback(s); }, state, dueTime, period);
    }
}
