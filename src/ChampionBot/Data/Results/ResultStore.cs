using System.Collections.Concurrent;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data.Results;

/// <summary>
/// The result store on hand-written SQL (<see cref="ResultSql"/>). On SQLite one batch commits at a time, and its context
/// is kept with its connection open, and the statements compiled on it, for as long as nothing fails: compiling them
/// again for every batch was a large part of a small batch's cost. On PostgreSQL (several batches side by side, pooled
/// server connections) each batch takes a context from the pool. After a failure the context is dropped, so a broken
/// connection is not reused.
/// </summary>
internal sealed class ResultStore(IDbContextFactory<ChampionDbContext> contexts, StorageSettings storage, DatabaseWriteGate gate)
    : IResultStore, IAsyncDisposable
{
    // PostgreSQL writes side by side and each batch waits on network round trips, so several batches commit in turn.
    private const int PostgresBatches = 4;

    private readonly OpenChallenges challenges = new();
    private readonly ConcurrentBag<Session> kept = [];

    public int ConcurrentBatches => storage.Provider == StorageProvider.Postgres ? PostgresBatches : 1;

    public async Task<T> InBatchAsync<T>(Func<IResultBatch, Task<T>> apply, CancellationToken cancellationToken)
    {
        var session = await RentAsync(cancellationToken);
        var failed = true;
        try
        {
            using var turn = await gate.EnterAsync(session.Db, cancellationToken);
            await using var transaction = await session.Db.Database.BeginTransactionAsync(cancellationToken);
            var result = await apply(new Batch(session.Db, session.Sql.In(session.Db), challenges));
            await transaction.CommitAsync(cancellationToken);
            failed = false;
            return result;
        }
        finally
        {
            await ReturnAsync(session, failed);
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (kept.TryTake(out var session))
        {
            await session.DisposeAsync();
        }
    }

    private async Task<Session> RentAsync(CancellationToken cancellationToken)
    {
        if (kept.TryTake(out var session))
        {
            session.Db.ChangeTracker.Clear();
            return session;
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            if (storage.Provider == StorageProvider.Sqlite)
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
            }

            return new Session(db, ResultSql.Create(db));
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private async ValueTask ReturnAsync(Session session, bool failed)
    {
        if (!failed && storage.Provider == StorageProvider.Sqlite)
        {
            kept.Add(session);
            return;
        }

        await session.DisposeAsync();
    }

    /// <summary>A context and the statements compiled on its connection, disposed before it, so none outlives its connection.</summary>
    private sealed record Session(ChampionDbContext Db, ResultSql Sql) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Sql.Dispose();
            await Db.DisposeAsync();
        }
    }

    private sealed class Batch(ChampionDbContext db, ResultSql sql, OpenChallenges challenges) : IResultBatch
    {
        public async Task<IReadOnlyDictionary<int, Challenge>> OpenChallengesAsync(IEnumerable<int> challengeIds, CancellationToken cancellationToken) =>
            await challenges.ForAsync(db, sql, challengeIds, cancellationToken);

        public Task<StoredSenders> SendersAsync(IReadOnlyCollection<string> objectIds, IReadOnlyCollection<int> challengeIds, CancellationToken cancellationToken) =>
            sql.ReadSendersAsync(objectIds, challengeIds, cancellationToken);

        public async Task<HashSet<(string ObjectId, int ProgramId)>> OwnedProgramsAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken)
        {
            if (objectIds.Count == 0)
            {
                return [];
            }

            var rows = await db.ProgramOwners.AsNoTracking().Where(o => objectIds.Contains(o.ObjectId))
                .Select(o => new { o.ObjectId, o.ProgramId }).ToListAsync(cancellationToken);
            return [.. rows.Select(o => (o.ObjectId, o.ProgramId))];
        }

        public Task WriteAsync(ResultBatchWrites writes, CancellationToken cancellationToken) => sql.WriteAsync(writes, cancellationToken);
    }
}
