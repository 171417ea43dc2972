using System.Threading.RateLimiting;

namespace ChampionBot.Delivery.RateLimiting;

/// <summary>
/// A token bucket on a <see cref="TimeProvider"/>, behind the standard <see cref="RateLimiter"/> abstraction.
/// The framework's <see cref="TokenBucketRateLimiter"/> measures elapsed time with its own wall clock even when
/// replenished by hand, so it can neither follow an injected clock (tests with FakeTimeProvider) nor be topped up
/// more than once per period; this one refills from elapsed provider time and serves waiters in arrival order.
/// </summary>
public sealed class TimeProviderTokenBucket : RateLimiter
{
    private readonly Queue<Waiter> _waiters = new();
    private readonly Lock _lock = new();
    private readonly double _tokensPerSecond;
    private readonly int _burst;
    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private double _tokens;
    private long _lastRefill;

    public TimeProviderTokenBucket(double tokensPerSecond, int burst, TimeSpan servicePeriod, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokensPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        _tokensPerSecond = tokensPerSecond;
        _burst = burst;
        _time = time;
        _tokens = burst;
        _lastRefill = time.GetTimestamp();
        _timer = time.CreateTimer(_ => ServeWaiters(), null, servicePeriod, servicePeriod);
    }

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Refill();
            return new RateLimiterStatistics { CurrentAvailablePermits = (long)_tokens, CurrentQueuedCount = _waiters.Count };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
        {
            Refill();
            if (_waiters.Count == 0 && _tokens >= permitCount)
            {
                _tokens -= permitCount;
                return BucketLease.Acquired;
            }

            return BucketLease.Rejected(TimeSpan.FromSeconds((permitCount - _tokens) / _tokensPerSecond));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_lock)
        {
            Refill();
            if (_waiters.Count == 0 && _tokens >= permitCount)
            {
                _tokens -= permitCount;
                return ValueTask.FromResult<RateLimitLease>(BucketLease.Acquired);
            }

            waiter = new Waiter(permitCount);
            _waiters.Enqueue(waiter);
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

                if (_tokens < next.Permits)
                {
                    break;
                }

                _waiters.Dequeue();
                _tokens -= next.Permits;
                if (!next.Completion.TrySetResult(BucketLease.Acquired))
                {
                    _tokens += next.Permits;
                }

                next.Registration.Dispose();
            }
        }
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        _tokens = Math.Min(_burst, _tokens + (_time.GetElapsedTime(_lastRefill, now).TotalSeconds * _tokensPerSecond));
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
