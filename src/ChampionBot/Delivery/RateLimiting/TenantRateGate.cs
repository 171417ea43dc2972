using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChampionBot.Delivery.RateLimiting;

/// <summary>
/// The tenant-wide ceiling every connector call passes through (send, create conversation, update, delete): a
/// <see cref="TokenBucketRateLimiter"/> topped up by elapsed <see cref="TimeProvider"/> time, plus a pause that a 429's
/// Retry-After sets for the whole sender, not just the request that got it.
/// </summary>
public sealed class TenantRateGate : IDisposable
{
    private readonly TokenBucketRateLimiter _bucket;
    private readonly TimeProvider _time;
    private readonly ITimer _replenisher;
    private readonly double _tokensPerTick;
    private readonly int _burst;
    private readonly Lock _pauseLock = new();
    private long _lastReplenishTimestamp;
    private double _owedTokens;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public TenantRateGate(IOptions<DeliveryOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        _time = time;
        _burst = settings.EffectiveTenantBurst;
        _tokensPerTick = settings.TenantRequestsPerSecond / (double)TimeSpan.TicksPerSecond;
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.EffectiveTenantBurst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = settings.TenantReplenishmentPeriod,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _lastReplenishTimestamp = time.GetTimestamp();
        _replenisher = time.CreateTimer(_ => Replenish(), null, settings.TenantReplenishmentPeriod, settings.TenantReplenishmentPeriod);
    }

    public DateTimeOffset PausedUntil
    {
        get
        {
            lock (_pauseLock)
            {
                return _pausedUntil;
            }
        }
    }

    /// <summary>Waits out any pause, then for one token. Call once per connector request.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        await WaitWhilePausedAsync(cancellationToken).ConfigureAwait(false);
        using var lease = await _bucket.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The tenant rate limiter refused a request although its queue is unbounded.");
        }

        // A 429 may have arrived while this request queued for its token.
        await WaitWhilePausedAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops every request until <paramref name="duration"/> from now (never shortens an existing pause).</summary>
    public void Pause(TimeSpan duration)
    {
        var until = _time.GetUtcNow() + duration;
        lock (_pauseLock)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    public void Dispose()
    {
        _replenisher.Dispose();
        _bucket.Dispose();
    }

    private async ValueTask WaitWhilePausedAsync(CancellationToken cancellationToken)
    {
        while (PausedUntil - _time.GetUtcNow() is { } remaining && remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Replenish()
    {
        lock (_bucket)
        {
            var now = _time.GetTimestamp();
            _owedTokens += _time.GetElapsedTime(_lastReplenishTimestamp, now).Ticks * _tokensPerTick;
            _lastReplenishTimestamp = now;
            var whole = Math.Floor(_owedTokens);
            _owedTokens -= whole;

            // A full bucket drops what it cannot hold, so at most one burst is ever banked.
            for (var i = Math.Min(whole, _burst); i > 0; i--)
            {
                _bucket.TryReplenish();
            }
        }
    }
}
