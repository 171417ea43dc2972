namespace ChampionBot.Data;

/// <summary>
/// SQLite lets one connection write at a time; a second writer sleeps in SQLite's busy handler, holding a thread, in
/// steps of several milliseconds. The writers that commit in bursts (the result writer, the conversation-reference
/// flusher) take turns here instead, so they queue in memory and start the moment the other commits. PostgreSQL
/// writers run side by side, so for it the gate is always open.
/// </summary>
public sealed class DatabaseWriteGate
{
    private readonly SemaphoreSlim sqlite = new(1, 1);

    public async Task<IDisposable> EnterAsync(ChampionDbContext db, CancellationToken cancellationToken)
    {
        if (db is not SqliteChampionDbContext)
        {
            return Open.Instance;
        }

        await sqlite.WaitAsync(cancellationToken);
        return new Turn(sqlite);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private sealed class Open : IDisposable
    {
        public static readonly Open Instance = new();

        public void Dispose()
        {
        }
    }
}
