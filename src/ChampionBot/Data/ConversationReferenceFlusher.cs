namespace ChampionBot.Data;

/// <summary>
/// Writes recorded conversation references a moment after they arrive, so a burst of messages becomes one transaction,
/// and writes what is left when the app stops.
/// </summary>
public sealed partial class ConversationReferenceFlusher(ConversationReferenceStore store, ILogger<ConversationReferenceFlusher> logger) : BackgroundService
{
    /// <summary>How long references gather before a flush: a throughput knob, so wall-clock time on purpose.</summary>
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(50);

    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await store.WaitForWorkAsync(stoppingToken);
                await Task.Delay(Gather, stoppingToken);
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final flush below runs in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The references stay queued; the next message or the next attempt writes them.
            LogFlushFailed(logger, ex);
            await Task.Delay(AfterFailure, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Storing conversation references failed; they stay queued and are retried")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}
