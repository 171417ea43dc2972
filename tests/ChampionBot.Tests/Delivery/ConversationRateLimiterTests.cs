using System.Threading.RateLimiting;
using ChampionBot.Delivery;
using ChampionBot.Delivery.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Delivery;

public sealed class ConversationRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AttemptAcquire_EighthSendWithinOneSecond_IsRefusedWithTheWaitUntilItFits()
    {
        using var limiter = new ConversationRateLimiter(Options.Create(new DeliveryOptions()), _time);
        for (var i = 0; i < 7; i++)
        {
            Assert.True(limiter.AttemptAcquire("channel-1").IsAcquired);
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        using var refused = limiter.AttemptAcquire("channel-1");

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(300), wait);
        Assert.True(limiter.AttemptAcquire("another-chat").IsAcquired);
    }

    [Fact]
    public void AttemptAcquire_SixtyFirstSendWithinThirtySeconds_IsRefused()
    {
        using var limiter = new ConversationRateLimiter(Options.Create(new DeliveryOptions()), _time);
        for (var i = 0; i < 60; i++)
        {
            Assert.True(limiter.AttemptAcquire("channel-1").IsAcquired);
            _time.Advance(TimeSpan.FromMilliseconds(400));
        }

        Assert.False(limiter.AttemptAcquire("channel-1").IsAcquired);
        _time.Advance(TimeSpan.FromSeconds(6.1));
        Assert.True(limiter.AttemptAcquire("channel-1").IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_OverTheLimit_WaitsOnTheInjectedClock()
    {
        using var limiter = new ConversationRateLimiter(Options.Create(new DeliveryOptions
        {
            ConversationLimits = [new ConversationRateWindow { Requests = 1, Window = TimeSpan.FromSeconds(10) }],
        }), _time);
        Assert.True(limiter.AttemptAcquire("chat").IsAcquired);

        var second = limiter.AcquireAsync("chat").AsTask();
        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(second.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await second).IsAcquired);
    }
}
