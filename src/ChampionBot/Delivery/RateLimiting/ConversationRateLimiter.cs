using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChampionBot.Delivery.RateLimiting;

/// <summary>
/// Teams' per-conversation limits (by default 7/1 s, 8/2 s, 60/30 s, 1800/h), one sliding log per conversation id.
/// Each 1:1 recipient is its own conversation, so in a fan-out this rarely waits; it matters for channel posts and
/// for the progress card, which is updated many times in one conversation. Logs expire after the longest window,
/// so a 100,000-person fan-out keeps one small entry per person for at most that long.
/// </summary>
public sealed class ConversationRateLimiter : PartitionedRateLimiter<string>
{
    private const int SweepEvery = 4096;
    private readonly Dictionary<string, Queue<long>> _logs = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<ConversationRateWindow> _windows;
    private readonly long _longestWindowTicks;
    private readonly TimeProvider _time;
    private int _acquisitionsSinceSweep;

    public ConversationRateLimiter(IOptions<DeliveryOptions> options, TimeProvider time)
    {
        _windows = options.Value.EffectiveConversationLimits;
        _longestWindowTicks = _windows.Max(w => w.Window.Ticks);
        _time = time;
    }

    /// <summary>Conversations currently tracked (for tests and diagnostics).</summary>
    public int TrackedConversations
    {
        get
        {
            lock (_logs)
            {
                return _logs.Count;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics(string resource) => null;

    protected override RateLimitLease AttemptAcquireCore(string resource, int permitCount)
    {
        var wait = TryTake(resource, permitCount);
        return wait == TimeSpan.Zero ? ConversationLease.Acquired : ConversationLease.Rejected(wait);
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(string resource, int permitCount, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake(resource, permitCount);
            if (wait == TimeSpan.Zero)
            {
                return ConversationLease.Acquired;
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records the sends and returns zero, or returns how long to wait before they would fit every window.</summary>
    private TimeSpan TryTake(string conversationId, int permitCount)
    {
        var now = _time.GetUtcNow().UtcTicks;
        lock (_logs)
        {
            if (!_logs.TryGetValue(conversationId, out var log))
            {
                log = new Queue<long>(1);
                _logs[conversationId] = log;
            }

            while (log.Count > 0 && log.Peek() <= now - _longestWindowTicks)
            {
                log.Dequeue();
            }

            var earliest = now;
            foreach (var window in _windows)
            {
                earliest = Math.Max(earliest, EarliestFit(log, window, permitCount, now));
            }

            if (earliest > now)
            {
                return TimeSpan.FromTicks(earliest - now);
            }

            for (var i = 0; i < permitCount; i++)
            {
                log.Enqueue(now);
            }

            if (++_acquisitionsSinceSweep >= SweepEvery)
            {
                Sweep(now);
            }

            return TimeSpan.Zero;
        }
    }

    /// <summary>The first moment at which <paramref name="permits"/> more sends keep <paramref name="window"/>'s count within its limit.</summary>
    private static long EarliestFit(Queue<long> log, ConversationRateWindow window, int permits, long now)
    {
        var inWindow = 0;
        foreach (var at in log)
        {
            if (at > now - window.Window.Ticks)
            {
                inWindow++;
            }
        }

        var excess = inWindow + permits - window.Requests;
        if (excess <= 0)
        {
            return now;
        }

        if (permits > window.Requests)
        {
            throw new ArgumentOutOfRangeException(nameof(permits), permits, "More sends than the conversation window ever allows.");
        }

        // The log is in time order: once the excess oldest sends in the window have aged out, the new ones fit.
        var lastToExpire = log.Where(at => at > now - window.Window.Ticks).Skip(excess - 1).First();
        return lastToExpire + window.Window.Ticks;
    }

    private void Sweep(long now)
    {
        _acquisitionsSinceSweep = 0;
        var idle = _logs.Where(pair => pair.Value.Count == 0 || pair.Value.Last() <= now - _longestWindowTicks).Select(pair => pair.Key).ToList();
        foreach (var key in idle)
        {
            _logs.Remove(key);
        }
    }

    private sealed class ConversationLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly ConversationLease Acquired = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public static ConversationLease Rejected(TimeSpan retryAfter) => new(false, retryAfter);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
