using System.Net;
using ChampionBot.Data;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Data;

/// <summary>
/// One process per SQLite file: a second instance on the same file stops at start and says who holds it and what to do,
/// while the first keeps working; the lock goes with the holder's host (or process), never with a file left behind.
/// </summary>
public sealed class SqliteFileLockTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly DateTimeOffset FirstStarted = new(2026, 11, 26, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task StartAsync_SecondHostOnTheSameFile_StopsNamingTheFileTheHolderAndTheWaysOut()
    {
        using var first = StorageHost.Build(database.AppSettings, new ListLoggerProvider(), time: new FakeTimeProvider(FirstStarted));
        await first.StartAsync();
        var logs = new ListLoggerProvider();
        using var second = StorageHost.Build(database.AppSettings, logs);

        var error = await Assert.ThrowsAsync<DatabaseStartupException>(() => second.StartAsync());

        var critical = Assert.Single(logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Equal((LogLevel.Critical, 3004), (critical.Level, critical.EventId.Id));
        Assert.Equal(
            $"Storage could not start: another ChampionBot process is using the SQLite database {database.FilePath} "
            + $"(process {Environment.ProcessId} on machine {Environment.MachineName}, started 2026-11-26T06:30:00Z, holds {database.FilePath}.lock): "
            + "stop it, or point this instance at another file with ConnectionStrings:ChampionBot, "
            + "or use PostgreSQL (Storage:Provider=Postgres) to run several instances. The app stops.",
            critical.Message);
        Assert.Equal(critical.Message.Replace(" The app stops.", string.Empty, StringComparison.Ordinal), error.Message);
        Assert.DoesNotContain(logs.Entries, e => e.EventId.Id == 3000); // it never migrated or seeded

        await AssertStillWorksAsync(first);
        await first.StopAsync();
    }

    [Fact]
    public async Task CreateClient_SecondAppOnTheSameFile_FailsToStartAndTheFirstKeepsAnswering()
    {
        using var first = new AppHost(database);
        using var client = first.CreateClient();
        var logs = new ListLoggerProvider();
        using var second = new AppHost(database);
        using var secondWithLogs = second.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));

        // Program logs the failure and exits with 1 (PrepareDatabaseAsync), so the factory is left with a disposed app.
        Assert.ThrowsAny<Exception>(() => secondWithLogs.CreateClient());

        var message = Assert.Single(logs.Entries, e => e.EventId.Id == 3004).Message;
        Assert.Contains($"SQLite database {database.FilePath} ", message, StringComparison.Ordinal);
        Assert.Contains("another ChampionBot process", message, StringComparison.Ordinal);
        Assert.Contains("use PostgreSQL (Storage:Provider=Postgres) to run several instances", message, StringComparison.Ordinal);
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode); // the readiness check queries the database
    }

    [Fact]
    public async Task Dispose_FirstHost_TheNextHostOnTheSameFileStartsWithItsData()
    {
        var objectId = TestRows.NewObjectId();
        using (var first = StorageHost.Build(database.AppSettings, new ListLoggerProvider()))
        {
            await first.StartAsync();
            using var scope = first.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ChampionDbContext>();
            db.Participants.Add(TestRows.Participant(objectId));
            await db.SaveChangesAsync();
            await first.StopAsync();
        }

        using var next = StorageHost.Build(database.AppSettings, new ListLoggerProvider());
        await next.StartAsync();

        using var nextScope = next.Services.CreateScope();
        var reopened = nextScope.ServiceProvider.GetRequiredService<ChampionDbContext>();
        Assert.True(await reopened.Participants.AnyAsync(p => p.ObjectId == objectId));
        await next.StopAsync();
    }

    [Fact]
    public async Task StartAsync_LockFileLeftByAProcessThatDied_StartsAndWritesItself()
    {
        var lockFile = database.FilePath + ".lock";
        var holderFile = lockFile + ".holder";
        await File.WriteAllTextAsync(lockFile, string.Empty);
        await File.WriteAllTextAsync(holderFile, "process: 999999\nmachine: gone-host\nstarted: 2026-11-25T08:00:00Z\n");
        using var host = StorageHost.Build(database.AppSettings, new ListLoggerProvider(), time: new FakeTimeProvider(FirstStarted));

        await host.StartAsync();

        var holder = SqliteLockHolder.Read(holderFile);
        Assert.Equal(new SqliteLockHolder(Environment.ProcessId, Environment.MachineName, FirstStarted), holder);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Sqlite", "Data Source=:memory:")]
    [InlineData("Sqlite", "Data Source=championbot-lock-test;Mode=Memory;Cache=Shared")]
    [InlineData("Postgres", "Host=127.0.0.1;Database=championbot-lock-test")]
    public void Acquire_NoSqliteFile_TakesNoLock(string provider, string connectionString)
    {
        var settings = new StorageSettings(StorageSettings.ParseProvider(provider), connectionString);
        using var first = new SqliteFileLock(TimeProvider.System);
        using var second = new SqliteFileLock(TimeProvider.System);

        first.Acquire(settings);
        second.Acquire(settings); // would throw if either had locked something

        Assert.False(File.Exists("championbot-lock-test.lock"));
    }

    private static async Task AssertStillWorksAsync(IHost host)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChampionDbContext>();
        db.Participants.Add(TestRows.Participant(TestRows.NewObjectId()));
        Assert.Equal(1, await db.SaveChangesAsync());
        Assert.True(await db.Challenges.AnyAsync());
    }
}
