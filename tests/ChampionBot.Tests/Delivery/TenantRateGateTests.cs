using ChampionBot.Delivery;
using ChampionBot.Delivery.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Delivery;

public sealed class TenantRateGateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WaitAsync_OverOneSecond_AdmitsTheCeilingPlusOneBurst()
    {
        using var gate = Gate(requestsPerSecond: 50, burst: 5);
        var admitted = new Counter();
        var waiters = Enumerable.Range(0, 200).Select(_ => admitted.After(gate.WaitAsync(CancellationToken.None))).ToList();
        await admitted.SettlesAt(5);

        AdvanceInSteps(TimeSpan.FromSeconds(1));

        await admitted.SettlesAt(55);
        await AdvanceUntilAllAdmittedAsync(waiters, admitted, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task WaitAsync_AtAHighCeiling_KeepsUpWithTheConfiguredRate()
    {
        using var gate = Gate(requestsPerSecond: 1000, burst: 100);
        var admitted = new Counter();
        var waiters = Enumerable.Range(0, 3000).Select(_ => admitted.After(gate.WaitAsync(CancellationToken.None))).ToList();

        AdvanceInSteps(TimeSpan.FromSeconds(2));

        await admitted.SettlesAt(2100);
        await AdvanceUntilAllAdmittedAsync(waiters, admitted, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Pause_AfterA429_HoldsEveryRequestUntilRetryAfterHasPassed()
    {
        using var gate = Gate(requestsPerSecond: 50, burst: 50);
        gate.Pause(TimeSpan.FromSeconds(3));

        var waiting = gate.WaitAsync(CancellationToken.None).AsTask();
        _time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(waiting.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(100));
        await waiting;
    }

    [Fact]
    public void Pause_Shorter_DoesNotShortenALongerPause()
    {
        using var gate = Gate(requestsPerSecond: 50, burst: 50);
        gate.Pause(TimeSpan.FromSeconds(10));
        gate.Pause(TimeSpan.FromSeconds(1));

        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromSeconds(10), gate.PausedUntil);
    }

    /// <summary>
    /// Moves the clock until everyone queued got a token, so a slow machine makes the test fail clearly instead of
    /// hanging in WhenAll; the rate itself is asserted before this, at exact instants.
    /// </summary>
    private async Task AdvanceUntilAllAdmittedAsync(List<Task> waiters, Counter admitted, TimeSpan limit)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < limit && waiters.Any(w => !w.IsCompleted); elapsed += TimeSpan.FromMilliseconds(20))
        {
            _time.Advance(TimeSpan.FromMilliseconds(20));
            await Task.Yield();
        }

        await admitted.SettlesAt(waiters.Count);
        await Task.WhenAll(waiters);
    }

    private void AdvanceInSteps(TimeSpan total)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < total; elapsed += TimeSpan.FromMilliseconds(20))
        {
            _time.Advance(TimeSpan.FromMilliseconds(20));
        }
    }

    private TenantRateGate Gate(int requestsPerSecond, int burst) => new(
        Options.Create(new DeliveryOptions
        {
            TenantRequestsPerSecond = requestsPerSecond,
            TenantBurst = burst,
            TenantReplenishmentPeriod = TimeSpan.FromMilliseconds(20),
        }),
        _time);
}
