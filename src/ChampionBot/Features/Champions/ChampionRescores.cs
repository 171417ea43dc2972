using System.Threading.Channels;
using Microsoft.Extensions.Options;

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

/// <summary>
/// Scores queued participants a short while after the first of them arrives (<see cref="ChampionScoringOptions.RescoreDelaySeconds"/>):
/// a Monday burst of results becomes one scoring pass per window, not one database transaction per few results competing
/// with the results being written.
/// </summary>
internal sealed partial class ChampionRescoreWorker(
    ChampionRescores rescores, IServiceScopeFactory scopes, IOptions<ChampionScoringOptions> options, TimeProvider time,
    ILogger<ChampionRescoreWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await NextSetAsync(stoppingToken) is { } ids)
        {
            foreach (var batch in ids.Chunk(ChampionScorer.BatchSize))
            {
                await RescoreAsync(batch, stoppingToken);
            }
        }
    }

    /// <summary>Waits for a first participant, then the window, and returns everyone queued by then once; null when the queue is closed.</summary>
    internal async Task<IReadOnlySet<int>?> NextSetAsync(CancellationToken cancellationToken)
    {
        var reader = rescores.Reader;
        if (!await reader.WaitToReadAsync(cancellationToken))
        {
            return null;
        }

        var window = TimeSpan.FromSeconds(options.Value.RescoreDelaySeconds);
        if (window > TimeSpan.Zero)
        {
            await Task.Delay(window, time, cancellationToken);
        }

        var ids = new HashSet<int>();
        while (reader.TryRead(out var id))
        {
            ids.Add(id);
        }

        return ids;
    }

    private async Task RescoreAsync(int[] ids, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ChampionScorer>().RescoreAsync(ids, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The daily run scores everyone again: a failed rescore is late, not lost.
            LogRescoreFailed(logger, ids.Length, ex);
        }
    }

    [LoggerMessage(EventId = 6105, Level = LogLevel.Warning, Message = "Recomputing {Count} champion scores failed; the daily run will catch up")]
    private static partial void LogRescoreFailed(ILogger logger, int count, Exception exception);
}
