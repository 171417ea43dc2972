using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Data;

public sealed class SqliteStartupTests(SqliteTestDatabase database) : StartupTests<SqliteTestDatabase>(database);

public sealed class PostgresStartupTests(PostgresTestDatabase database) : StartupTests<PostgresTestDatabase>(database);

/// <summary>The app's start-up step migrates and seeds; data written before a restart is there after it.</summary>
public abstract class StartupTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task StartAsync_ThenRestart_DataSurvivesAndSeedingAddsNothingTwice()
    {
        database.SkipUnlessAvailable();

        var firstLogs = new ListLoggerProvider();
        var objectId = TestRows.NewObjectId();
        using (var first = StorageHost.Build(database.AppSettings, firstLogs))
        {
            await first.StartAsync();
            using var scope = first.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ChampionDbContext>();
            var challenge = await db.Challenges.SingleAsync(c => c.Slug == "meeting-notes-to-actions");
            var participant = TestRows.Participant(objectId);
            db.Participants.Add(participant);
            await db.SaveChangesAsync();
            db.Results.Add(TestRows.Result(participant, challenge));
            await db.SaveChangesAsync();
            await first.StopAsync();
        }

        var secondLogs = new ListLoggerProvider();
        using var second = StorageHost.Build(database.AppSettings, secondLogs);
        await second.StartAsync();
        using var secondScope = second.Services.CreateScope();
        var reopened = secondScope.ServiceProvider.GetRequiredService<ChampionDbContext>();
        var result = await reopened.Results.SingleAsync(r => r.Participant!.ObjectId == objectId);

        Assert.Equal((90, 20), (result.MinutesBefore, result.MinutesWithAi));
        Assert.Contains(firstLogs.Entries, e => e.EventId.Id == 3000);
        Assert.Contains(secondLogs.Entries, e => e.EventId.Id == 3000 && e.Message.Contains(
            "0 migration(s) applied, seeded 0 challenge(s), 0 person(s), 0 program(s)", StringComparison.Ordinal));
        await second.StopAsync();
    }

    [SkippableFact]
    public async Task ChampionDbContext_ResolvedFromTheApp_IsTheConfiguredProvidersContext()
    {
        database.SkipUnlessAvailable();

        using var host = StorageHost.Build(database.AppSettings, new ListLoggerProvider());
        await host.StartAsync();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChampionDbContext>();
        var fromFactory = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChampionDbContext>>().CreateDbContextAsync();

        var expected = database.ProviderName == "Postgres" ? typeof(PostgresChampionDbContext) : typeof(SqliteChampionDbContext);
        Assert.Equal(expected, db.GetType());
        Assert.Equal(expected, fromFactory.GetType());
        Assert.True(await fromFactory.Challenges.AnyAsync(c => c.Status == ChallengeStatus.Draft));
        await fromFactory.DisposeAsync();
        await host.StopAsync();
    }
}
