using System.Threading.Channels;
using ChampionBot.Data;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

/// <summary>
/// Stores result cards with group commit. Monday at 9 a.m. thousands of people submit at once; one transaction per
/// card would queue them behind each other for the database's write lock (SQLite has one writer). Instead, every
/// submission waiting while a batch commits goes into the next batch, and each caller answers only once its own
/// result is committed. An idle writer commits a lone submission at once, so nobody waits on a timer.
/// SQLite has one writer, so one batch loop; PostgreSQL writes side by side and each batch waits on network round trips,
/// so several loops take batches in turn.
/// </summary>
public sealed partial class ResultWriter(
    IDbContextFactory<ChampionDbContext> contexts,
    StorageSettings storage,
    DatabaseWriteGate gate,
    TimeProvider time,
    ILogger<ResultWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;
    private const int PostgresLoops = 4;

    private readonly OpenChallenges challenges = new();
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
        Task.WhenAll(Enumerable.Range(0, storage.Provider == StorageProvider.Postgres ? PostgresLoops : 1).Select(_ => BatchLoopAsync()));

    private async Task BatchLoopAsync()
    {
        await Task.Yield();
        await using var session = new ResultWriterSession(contexts, keep: storage.Provider == StorageProvider.Sqlite);
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await WriteAsync(session, batch);
            batch.Clear();
        }
    }

    private async Task WriteAsync(ResultWriterSession session, List<Pending> batch)
    {
        try
        {
            var outcomes = await CommitAsync(session, batch);
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
                await WriteAsync(session, [pending]);
            }
        }
        catch (Exception ex)
        {
            LogWriteFailed(logger, ex);
            batch[0].Completion.TrySetException(ex);
        }
    }

    private async Task<IReadOnlyList<ResultWriteOutcome>> CommitAsync(ResultWriterSession session, List<Pending> batch)
    {
        // Every write is an upsert on its natural key, so two instances meeting the same person and challenge cannot
        // collide: there is nothing to read again and retry.
        var submissions = batch.ConvertAll(p => p.Submission);
        var (db, sql) = await session.RentAsync();
        var failed = true;
        try
        {
            using var turn = await gate.EnterAsync(db, CancellationToken.None);
            await using var transaction = await db.Database.BeginTransactionAsync();
            var outcomes = await ResultBatch.ApplyAsync(db, sql.In(db), challenges, submissions, time.GetUtcNow(), CancellationToken.None);
            await transaction.CommitAsync();
            failed = false;
            return outcomes;
        }
        finally
        {
            await session.ReturnAsync(db, sql, failed);
        }
    }

    private sealed record Pending(ResultSubmission Submission, TaskCompletionSource<ResultWriteOutcome> Completion);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Warning, Message = "A batch of {Count} results failed; storing them one by one")]
    private static partial void LogBatchSplit(ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Error, Message = "Storing a result failed")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception);
}
