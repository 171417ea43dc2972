using ChampionBot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChampionBot.Benchmarks.Fanout;

/// <summary>A fresh database per run (a temp SQLite file, or a new PostgreSQL database on the configured server), migrated, dropped afterwards.</summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private BenchmarkDatabase(StorageSettings settings, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Settings = settings;
        _sqliteFile = sqliteFile;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public StorageSettings Settings { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(string provider)
    {
        BenchmarkDatabase database;
        if (StorageSettings.ParseProvider(provider) == StorageProvider.Postgres)
        {
            var configured = Environment.GetEnvironmentVariable("ConnectionStrings__ChampionBot")
                ?? throw new ArgumentException("--provider postgres needs the environment variable ConnectionStrings__ChampionBot (a server the benchmark may create databases on).");
            var name = $"championbot_fanout_{DateTime.UtcNow:yyyyMMddHHmmss}_{Random.Shared.Next(1000, 9999)}";
            var admin = new NpgsqlConnectionStringBuilder(configured) { Database = "postgres", Pooling = false }.ConnectionString;
            await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
            var connection = new NpgsqlConnectionStringBuilder(configured) { Database = name, MaxPoolSize = 200 }.ConnectionString;
            database = new BenchmarkDatabase(new StorageSettings(StorageProvider.Postgres, connection), null, admin, name);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"championbot-fanout-{Guid.NewGuid():N}.db");
            var connection = new SqliteConnectionStringBuilder { DataSource = file }.ConnectionString;
            database = new BenchmarkDatabase(new StorageSettings(StorageProvider.Sqlite, connection), file, null, null);
        }

        await using var db = ChampionDbContextOptions.CreateContext(database.Settings);
        await db.Database.MigrateAsync();
        if (database._sqliteFile is not null)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        return database;
    }

    public ChampionDbContext CreateContext() => ChampionDbContextOptions.CreateContext(Settings);

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(_postgresAdmin, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
