using System.Threading.RateLimiting;

namespace ChampionBot.Delivery.RateLimiting;

/// <summary>
/// A token bucket on a <see cref="TimeProvider"/>, behind the standard <see cref="RateLimiter"/> abstraction.
/// The framework's <see cref="TokenBucketRateLimiter"/> measures elapsed time with its own wall clock even when
/// replenished by hand, so it can neither follow an injected clock (tests with FakeTimeProvider) nor be topped up
/// more than once per period; this one refills from elapsed provider time and serves waiters in arrival order.
/// Its timer runs only while someone waits: an idle bucket costs nothing, and a test clock moved days ahead does not
/// replay a tick for every service period in between.
/// </summary>
public sealed class TimeProviderTokenBucket : RateLimiter
{
    private readonly Queue<Waiter> _waiters = new();
    private readonly Lock _lock = new();
    private readonly long _tokensPerSecond;
    private readonly long _burstCredit;
    private readonly TimeProvider _time;
    private readonly TimeSpan _servicePeriod;
    private readonly ITimer _timer;
    private bool _ticking;

    // Credit in units of 1/TicksPerSecond of a token: integer arithmetic, so no token is ever lost to rounding.
    private long _credit;
    private long _lastRefill;

    public TimeProviderTokenBucket(int tokensPerSecond, int burst, TimeSpan servicePeriod, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokensPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        _tokensPerSecond = tokensPerSecond;
        _burstCredit = burst * TimeSpan.TicksPerSecond;
        _time = time;
        _credit = _burstCredit;
        _lastRefill = time.GetTimestamp();
        _servicePeriod = servicePeriod;
        _timer = time.CreateTimer(_ => ServeWaiters(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Refill();
            return new RateLimiterStatistics { CurrentAvailablePermits = _credit / TimeSpan.TicksPerSecond, CurrentQueuedCount = _waiters.Count };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
        {
            Refill();
            if (_waiters.Count == 0 && TryTake(permitCount))
            {
                return BucketLease.Acquired;
            }

            var missing = (permitCount * TimeSpan.TicksPerSecond) - _credit;
            return BucketLease.Rejected(TimeSpan.FromTicks(Math.Max(0, missing) / _tokensPerSecond));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_lock)
        {
            Refill();
            if (_waiters.Count == 0 && TryTake(permitCount))
            {
                return ValueTask.FromResult<RateLimitLease>(BucketLease.Acquired);
            }

            waiter = new Waiter(permitCount);
            _waiters.Enqueue(waiter);
            Tick(true);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(() => waiter.Completion.TrySetCanceled(cancellationToken));
        }

        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _timer.Dispose();
            lock (_lock)
            {
                while (_waiters.TryDequeue(out var waiter))
                {
                    waiter.Completion.TrySetResult(BucketLease.Rejected(null));
                }
            }
        }

        base.Dispose(disposing);
    }

    private void ServeWaiters()
    {
        lock (_lock)
        {
            Refill();
            while (_waiters.TryPeek(out var next))
            {
                if (next.Completion.Task.IsCompleted)
                {
                    _waiters.Dequeue(); // cancelled while queued
                    continue;
                }

                if (!TryTake(next.Permits))
                {
                    break;
                }

                _waiters.Dequeue();
                if (!next.Completion.TrySetResult(BucketLease.Acquired))
                {
                    _credit += next.Permits * TimeSpan.TicksPerSecond;
                }

                next.Registration.Dispose();
            }

            Tick(_waiters.Count > 0);
        }
    }

    /// <summary>Starts or stops the service timer; called under the lock.</summary>
    private void Tick(bool needed)
    {
        if (needed != _ticking)
        {
            _ticking = needed;
            var period = needed ? _servicePeriod : Timeout.InfiniteTimeSpan;
            _timer.Change(period, period);
        }
    }

    private bool TryTake(int permits)
    {
        var cost = permits * TimeSpan.TicksPerSecond;
        if (_credit < cost)
        {
            return false;
        }

        _credit -= cost;
        return true;
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        var elapsedTicks = Math.Min(_time.GetElapsedTime(_lastRefill, now).Ticks, TimeSpan.TicksPerDay);
        _credit = Math.Min(_burstCredit, _credit + (elapsedTicks * _tokensPerSecond));
        _lastRefill = now;
    }

    private sealed class Waiter(int permits)
    {
        public int Permits { get; } = permits;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class BucketLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly BucketLease Acquired = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public static BucketLease Rejected(TimeSpan? retryAfter) => new(false, retryAfter);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
