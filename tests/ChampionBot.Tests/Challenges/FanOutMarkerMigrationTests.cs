using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChampionBot.Tests.Challenges;

public sealed class SqliteFanOutMarkerMigrationTests : FanOutMarkerMigrationTests<SqliteTestDatabase>;

public sealed class PostgresFanOutMarkerMigrationTests : FanOutMarkerMigrationTests<PostgresTestDatabase>;

/// <summary>Posts made before the fan-out marker existed count as finished, so the upgrade never re-sends old posts.</summary>
public abstract class FanOutMarkerMigrationTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string MarkerMigration = "_ChallengePostFanOutMarker";

    [SkippableFact]
    public async Task Migration_PostsFromBeforeIt_AreMarkedFannedOutAndNotResumed()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.SendAsync(TestActivities.ChannelMention("help"));
        await host.EnrolEveryoneAsync();
        var draft = await host.AddDraftAsync("Posted before the upgrade");
        await host.SayAsync($"challenge post {draft.Id}", TestPeople.Owner);
        host.Connector.Clear();

        // Back to the schema without the marker (its columns are dropped), then upgrade again as a deployment would.
        await host.QueryAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith(MarkerMigration, StringComparison.Ordinal)) - 1];
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(before);
            await migrator.MigrateAsync();
            return 0;
        });
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await host.RunSchedulerAsync();

        var post = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.AsNoTracking().ToListAsync()));
        Assert.Equal(post.CreatedAt, post.FannedOutAt);
        Assert.Null(post.FanOutLeaseUntil);
        Assert.Single(await host.QueryAsync(db => db.OutboundMessages.ToListAsync()));
        Assert.Empty(host.ChannelThreads());
    }
}
