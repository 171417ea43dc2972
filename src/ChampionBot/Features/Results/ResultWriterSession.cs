using ChampionBot.Data;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

/// <summary>
/// The database context one batch loop writes with. On SQLite the loop keeps one context with its connection open, and
/// the batch statements compiled on it, for as long as nothing fails: compiling them again for every batch was a large
/// part of a small batch's cost. On PostgreSQL (several loops side by side, pooled server connections) each batch
/// takes a context from the pool. After a failure the kept context is dropped, so a broken connection is not reused.
/// </summary>
internal sealed class ResultWriterSession(IDbContextFactory<ChampionDbContext> contexts, bool keep) : IAsyncDisposable
{
    private (ChampionDbContext Db, ResultSql Sql)? kept;

    /// <summary>A context and its statements; begin the transaction, then call <see cref="ResultSql.In"/>.</summary>
    public async Task<(ChampionDbContext Db, ResultSql Sql)> RentAsync()
    {
        if (kept is { } session)
        {
            session.Db.ChangeTracker.Clear();
            return session;
        }

        var db = await contexts.CreateDbContextAsync();
        if (!keep)
        {
            return (db, ResultSql.Create(db));
        }

        try
        {
            await db.Database.OpenConnectionAsync();
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }

        kept = (db, ResultSql.Create(db));
        return kept.Value;
    }

    /// <summary>
    /// Gives the context back: kept for the next batch unless the batch failed or contexts are not kept. Its statements
    /// are disposed before it, so none stays compiled on a connection that goes back to the pool.
    /// </summary>
    public async ValueTask ReturnAsync(ChampionDbContext db, ResultSql sql, bool failed)
    {
        if (kept is { } session && ReferenceEquals(session.Db, db))
        {
            if (!failed)
            {
                return;
            }

            kept = null;
        }

        sql.Dispose();
        await db.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (kept is { } session)
        {
            kept = null;
            session.Sql.Dispose();
            await session.Db.DisposeAsync();
        }
    }
}
