using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChampionBot.Data;

/// <summary>
/// Per-connection SQLite settings. With WAL (set once, persistent, at start-up) synchronous=NORMAL stays durable across
/// a process crash and removes an fsync from every commit; the busy timeout lets concurrent writers queue, not fail.
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public static readonly SqliteConnectionPragmas Instance = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
