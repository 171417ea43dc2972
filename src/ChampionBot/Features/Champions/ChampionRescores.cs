using System.Threading.Channels;

namespace ChampionBot.Features.Champions;

/// <summary>
/// Participants whose score must be recomputed now (after a result, after asking for the next challenge). Enqueueing
/// never waits, so the result card's hot path pays nothing; <see cref="ChampionRescoreWorker"/> scores them in batches.
/// </summary>
public sealed class ChampionRescores
{
    private readonly Channel<int> _queue = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(int participantId) => _queue.Writer.TryWrite(participantId);

    internal ChannelReader<int> Reader => _queue.Reader;
}

internal sealed partial class ChampionRescoreWorker(ChampionRescores rescores, IServiceScopeFactory scopes, ILogger<ChampionRescoreWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = rescores.Reader;
        while (await reader.WaitToReadAsync(stoppingToken))
        {
            var ids = new HashSet<int>();
            while (ids.Count < ChampionScorer.BatchSize && reader.TryRead(out var id))
            {
                ids.Add(id);
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ChampionScorer>().RescoreAsync(ids, stoppingToken);
                foreach (var listener in scope.ServiceProvider.GetServices<IScoresRecomputed>())
                {
                    await listener.ScoresRecomputedAsync(ids, stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The daily run scores everyone again: a failed rescore is late, not lost.
                LogRescoreFailed(logger, ids.Count, ex);
            }
        }
    }

    [LoggerMessage(EventId = 6105, Level = LogLevel.Warning, Message = "Recomputing {Count} champion scores failed; the daily run will catch up")]
    private static partial void LogRescoreFailed(ILogger logger, int count, Exception exception);
}
