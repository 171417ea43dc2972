namespace ChampionBot.Data.Results;

/// <summary>
/// Where result cards are stored: many people's results in one transaction (the result writer's group commit). The
/// Results feature decides who may report and what a result earns; the store reads and writes what it is asked to.
/// </summary>
public interface IResultStore
{
    /// <summary>How many batches may commit side by side: one on SQLite (a single writer), a few on PostgreSQL.</summary>
    int ConcurrentBatches { get; }

    /// <summary>Runs <paramref name="apply"/> in one transaction and commits; nothing it wrote is kept when it throws.</summary>
    Task<T> InBatchAsync<T>(Func<IResultBatch, Task<T>> apply, CancellationToken cancellationToken);
}
