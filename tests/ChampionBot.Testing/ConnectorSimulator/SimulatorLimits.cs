namespace ChampionBot.Testing.ConnectorSimulator;

/// <summary>
/// The limits the simulator enforces, on <see cref="ConnectorSimulatorOptions.Time"/>: a tenant bucket holding one second's worth of requests
/// and refilling continuously, and Teams' sliding per-conversation windows.
/// </summary>
internal sealed class SimulatorLimits(ConnectorSimulatorOptions options)
{
    private static readonly (int Requests, long WindowTicks)[] ConversationWindows =
    [
        (7, TimeSpan.TicksPerSecond), (8, 2 * TimeSpan.TicksPerSecond), (60, 30 * TimeSpan.TicksPerSecond), (1800, TimeSpan.TicksPerHour),
    ];

    private readonly Lock _tenantLock = new();
    private readonly Dictionary<string, Queue<long>> _conversations = new(StringComparer.Ordinal);
    private readonly long _started = options.Time.GetTimestamp();
    private double _tokens = options.TenantRequestsPerSecond;
    private long _lastRefill;

    public bool TryTakeTenant()
    {
        var rate = options.TenantRequestsPerSecond;
        if (rate <= 0)
        {
            return true;
        }

        lock (_tenantLock)
        {
            var now = Now();
            _tokens = Math.Min(rate, _tokens + ((now - _lastRefill) * rate / (double)TimeSpan.TicksPerSecond));
            _lastRefill = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }

    public bool TryTakeConversation(string conversationId)
    {
        if (!options.EnforceConversationLimits)
        {
            return true;
        }

        var now = Now();
        lock (_conversations)
        {
            if (!_conversations.TryGetValue(conversationId, out var log))
            {
                log = new Queue<long>(1);
                _conversations[conversationId] = log;
            }

            while (log.Count > 0 && log.Peek() <= now - TimeSpan.TicksPerHour)
            {
                log.Dequeue();
            }

            foreach (var (requests, window) in ConversationWindows)
            {
                if (log.Count(at => at > now - window) >= requests)
                {
                    return false;
                }
            }

            log.Enqueue(now);
            return true;
        }
    }

    private long Now() => options.Time.GetElapsedTime(_started).Ticks;
}
