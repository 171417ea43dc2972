using Npgsql;

namespace ChampionBot.Testing.Databases;

/// <summary>
/// A new PostgreSQL database, created on the server named by <c>CHAMPIONBOT_TEST_POSTGRES</c> (else
/// <c>ConnectionStrings__ChampionBot</c>) and dropped afterwards. Missing server: its tests report Skipped off CI and fail under CI=true.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string ServerVariable = "CHAMPIONBOT_TEST_POSTGRES";
    public const string AppVariable = "ConnectionStrings__ChampionBot";

    private const string HowToGetIt =
        "Start a throw-away server (initdb + pg_ctl, as .ci/run does) and export " + ServerVariable +
        "=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=...;Database=championbot\".";

    private NpgsqlConnectionStringBuilder? server;
    private string? databaseName;

    public override string ProviderName => "Postgres";

    /// <summary>The configured server's connection string, or null when none is set.</summary>
    public static string? ServerConnectionString =>
        NonEmpty(Environment.GetEnvironmentVariable(ServerVariable)) ?? NonEmpty(Environment.GetEnvironmentVariable(AppVariable));

    public override async Task InitializeAsync()
    {
        if (ServerConnectionString is not { } configured)
        {
            UnavailableReason = RequiredInCi.Missing($"PostgreSQL ({ServerVariable} or {AppVariable})", HowToGetIt);
            return;
        }

        server = new NpgsqlConnectionStringBuilder(configured) { Database = "postgres", Pooling = false };
        databaseName = $"championbot_test_{Guid.NewGuid():N}";
        try
        {
            await ExecuteOnServerAsync($"CREATE DATABASE \"{databaseName}\"");
        }
        catch (NpgsqlException ex)
        {
            UnavailableReason = RequiredInCi.Missing(
                $"PostgreSQL at {server.Host}:{server.Port} ({ex.GetType().Name}: {ex.Message})", HowToGetIt);
            databaseName = null;
            return;
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(configured) { Database = databaseName }.ConnectionString;
    }

    public override async Task DisposeAsync()
    {
        if (server is null || databaseName is null)
        {
            return;
        }

        // Only this database's pool: other test classes keep theirs. FORCE ends any session still open.
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server!.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
