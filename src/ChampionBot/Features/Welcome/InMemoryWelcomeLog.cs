using System.Collections.Concurrent;

namespace ChampionBot.Features.Welcome;

internal sealed class InMemoryWelcomeLog : IWelcomeLog
{
    private readonly ConcurrentDictionary<string, byte> _welcomed = new(StringComparer.Ordinal);

    public Task<bool> TryMarkAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_welcomed.TryAdd(conversationId, 0));
}
