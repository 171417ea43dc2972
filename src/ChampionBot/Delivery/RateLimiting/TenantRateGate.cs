using Microsoft.Extensions.Options;

namespace ChampionBot.Delivery.RateLimiting;

/// <summary>
/// The tenant-wide ceiling every connector call passes through (send, create conversation, update, delete): a
/// token bucket at <see cref="DeliveryOptions.TenantRequestsPerSecond"/> (see <see cref="TimeProviderTokenBucket"/>),
/// plus a pause that a 429's Retry-After sets for the whole sender, not just the request that got it.
/// </summary>
public sealed class TenantRateGate : IDisposable
{
    private readonly TimeProviderTokenBucket _bucket;
    private readonly TimeProvider _time;
    private readonly Lock _pauseLock = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public TenantRateGate(IOptions<DeliveryOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        _time = time;
        _bucket = new TimeProviderTokenBucket(settings.TenantRequestsPerSecond, settings.EffectiveTenantBurst, settings.TenantReplenishmentPeriod, time);
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
            throw new ObjectDisposedException(nameof(TenantRateGate));
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

    public void Dispose() => _bucket.Dispose();

    private async ValueTask WaitWhilePausedAsync(CancellationToken cancellationToken)
    {
        while (PausedUntil - _time.GetUtcNow() is { } remaining && remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, _time, cancellationToken).ConfigureAwait(false);
        }
    }
}
