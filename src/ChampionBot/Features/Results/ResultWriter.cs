using System.Threading.Channels;
using ChampionBot.Data.Results;

namespace ChampionBot.Features.Results;

/// <summary>
/// Stores result cards with group commit. Monday at 9 a.m. thousands of people submit at once; one transaction per
/// card would queue them behind each other for the database's write lock (SQLite has one writer). Instead, every
/// submission waiting while a batch commits goes into the next batch (<see cref="IResultStore"/>: one transaction), and
/// each caller answers only once its own result is committed. An idle writer commits a lone submission at once, so
/// nobody waits on a timer. As many batch loops run as the store commits side by side.
/// </summary>
public sealed partial class ResultWriter(IResultStore store, TimeProvider time, ILogger<ResultWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = false });

    /// <summary>Stores the result; completes when it is committed (or the challenge turned out to be closed).</summary>
    public Task<ResultWriteOutcome> WriteAsync(ResultSubmission submission, CancellationToken cancellationToken)
    {
        var pending = new Pending(submission, new TaskCompletionSource<ResultWriteOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("ChampionBot is shutting down; the result was not stored.");
        }

        // A caller that gives up still gets its result stored: the batch may already be committing.
        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Finish what was accepted before stopping: those people are waiting for their "submitted" card.
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, store.ConcurrentBatches).Select(_ => BatchLoopAsync()));

    private async Task BatchLoopAsync()
    {
        await Task.Yield();
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await WriteAsync(batch);
            batch.Clear();
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            var outcomes = await ResultBatch.ApplyAsync(store, batch.ConvertAll(p => p.Submission), time.GetUtcNow(), CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Completion.TrySetResult(outcomes[i]);
            }
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            // One bad submission must not fail everyone else's: store them one by one.
            LogBatchSplit(logger, ex, batch.Count);
            foreach (var pending in batch)
            {
                await WriteAsync([pending]);
            }
        }
        catch (Exception ex)
        {
            LogWriteFailed(logger, ex);
            batch[0].Completion.TrySetException(ex);
        }
    }

    private sealed record Pending(ResultSubmission Submission, TaskCompletionSource<ResultWriteOutcome> Completion);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Warning, Message = "A batch of {Count} results failed; storing them one by one")]
    private static partial void LogBatchSplit(ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Error, Message = "Storing a result failed")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception);
}
