using ChampionBot.Data;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Data;

/// <summary>Bad storage settings stop start-up with one critical line that names the setting and never the secret.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task StartAsync_UnknownProvider_StopsNamingStorageProvider()
    {
        var failure = await StartExpectingFailureAsync(new() { ["Storage:Provider"] = "Oracle" });

        Assert.Contains("Storage:Provider", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrepareDatabaseAsync_UnknownProvider_ReturnsFalseAfterOneCriticalLine()
    {
        var logs = new ListLoggerProvider();
        using var host = StorageHost.Build(new Dictionary<string, string?> { ["Storage:Provider"] = "Oracle" }, logs);

        Assert.False(await host.PrepareDatabaseAsync());

        var critical = Assert.Single(logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(
            "Storage could not start: Storage:Provider 'Oracle' is not a storage provider: set Storage:Provider to Sqlite or Postgres. The app stops.",
            critical.Message);
    }

    [Fact]
    public async Task StartAsync_PostgresWithoutConnectionString_StopsNamingTheConnectionString()
    {
        var failure = await StartExpectingFailureAsync(new()
        {
            ["Storage:Provider"] = "postgres",
            [TestDatabase.ConnectionStringKey] = string.Empty,
        });

        Assert.Contains("ConnectionStrings:ChampionBot is required", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_UnreachablePostgres_StopsNamingTheConnectionStringWithoutThePassword()
    {
        var failure = await StartExpectingFailureAsync(new()
        {
            ["Storage:Provider"] = "Postgres",
            [TestDatabase.ConnectionStringKey] = "Host=127.0.0.1;Port=1;Username=postgres;Password=hunter2-secret;Timeout=3",
        });

        Assert.Contains("cannot reach the Postgres database", failure, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:ChampionBot", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_SqliteWithAPostgresConnectionString_StopsNamingBothSettingsWithoutThePassword()
    {
        var failure = await StartExpectingFailureAsync(new()
        {
            [TestDatabase.ConnectionStringKey] = "Host=127.0.0.1;Username=postgres;Password=hunter2-secret",
        });

        Assert.Contains("ConnectionStrings:ChampionBot is not a SQLite connection string, but Storage:Provider is Sqlite", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_MalformedPostgresConnectionString_StopsNamingTheConnectionStringWithoutThePassword()
    {
        var failure = await StartExpectingFailureAsync(new()
        {
            ["Storage:Provider"] = "Postgres",
            [TestDatabase.ConnectionStringKey] = "Hots=127.0.0.1;Password=hunter2-secret",
        });

        Assert.Contains("ConnectionStrings:ChampionBot is not a valid Postgres connection string", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_SqliteMigrationsOffOnEmptyDatabase_StopsNamingMigrateOnStart()
    {
        var directory = Directory.CreateTempSubdirectory("championbot-tests-");
        var failure = await StartExpectingFailureAsync(new()
        {
            [TestDatabase.ConnectionStringKey] = $"Data Source={Path.Combine(directory.FullName, "empty.db")}",
            ["Storage:MigrateOnStart"] = "false",
        });

        Assert.Contains("Storage:MigrateOnStart", failure, StringComparison.Ordinal);
        directory.Delete(recursive: true);
    }

    [Fact]
    public async Task StartAsync_DefaultSqlite_CreatesTheFileUnderTheContentRootInWalMode()
    {
        var contentRoot = Directory.CreateTempSubdirectory("championbot-tests-");
        using (var host = StorageHost.Build(new Dictionary<string, string?>(), new ListLoggerProvider(), contentRoot.FullName))
        {
            await host.StartAsync();
            await host.StopAsync();
        }

        var file = Path.Combine(contentRoot.FullName, "data", "championbot.db");
        Assert.True(File.Exists(file));
        await using var db = ChampionDbContextOptions.CreateContext(new StorageSettings(StorageProvider.Sqlite, $"Data Source={file}"));
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
        await db.Database.CloseConnectionAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        contentRoot.Delete(recursive: true);
    }

    /// <summary>Starts the storage host, expects it to refuse, and returns the one critical line it logged.</summary>
    private static async Task<string> StartExpectingFailureAsync(Dictionary<string, string?> settings)
    {
        var logs = new ListLoggerProvider();
        using var host = StorageHost.Build(settings, logs);

        var error = await Assert.ThrowsAsync<DatabaseStartupException>(() => host.StartAsync());

        var critical = Assert.Single(logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Equal(3001, critical.EventId.Id);
        Assert.Contains(critical.Message.Replace(" The app stops.", string.Empty, StringComparison.Ordinal).TrimEnd('.'), error.Message, StringComparison.Ordinal);
        return critical.Message;
    }
}
