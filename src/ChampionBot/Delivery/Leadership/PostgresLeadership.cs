using ChampionBot.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ChampionBot.Delivery.Leadership;

/// <summary>
/// PostgreSQL: the sender is whoever holds a session-level advisory lock on a dedicated, unpooled connection. The
/// lock lives exactly as long as that session, so when the leader dies the server frees it and a standby, trying
/// every <see cref="DeliveryOptions.LeaderPollInterval"/>, takes over within seconds. The leader pings its session
/// at the same interval and stops sending the moment it is gone.
/// </summary>
public sealed class PostgresLeadership(StorageSettings storage, IOptions<DeliveryOptions> options, TimeProvider time) : ISenderLeadership
{
    private const string HoldsLockSql =
        "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid()) AND @key IS NOT NULL";

    public async Task<SenderLease?> TryAcquireAsync(CancellationToken cancellationToken)
    {
        // Unpooled: a pooled connection is reset (DISCARD ALL) on return, which would drop the lock silently.
        var connectionString = new NpgsqlConnectionStringBuilder(storage.ConnectionString) { Pooling = false }.ConnectionString;
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (!await ExecuteBoolAsync(connection, "SELECT pg_try_advisory_lock(@key)", cancellationToken).ConfigureAwait(false))
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                return null;
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var lost = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(connection, lost);
        return new SenderLease(lost.Token, async () =>
        {
            await lost.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false); // ending the session releases the lock
            lost.Dispose();
        });
    }

    private async Task HeartbeatAsync(NpgsqlConnection connection, CancellationTokenSource lost)
    {
        try
        {
            while (!lost.IsCancellationRequested)
            {
                await Task.Delay(options.Value.LeaderPollInterval, time, lost.Token).ConfigureAwait(false);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(lost.Token);
                timeout.CancelAfter(options.Value.LeaderPollInterval);
                if (!await ExecuteBoolAsync(connection, HoldsLockSql, timeout.Token).ConfigureAwait(false))
                {
                    await lost.CancelAsync().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            await lost.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task<bool> ExecuteBoolAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", options.Value.LeaderLockKey);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }
}
