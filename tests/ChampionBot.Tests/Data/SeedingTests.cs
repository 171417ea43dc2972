using ChampionBot.Data;
using ChampionBot.Data.Seeding;
using ChampionBot.Testing;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Data;

public sealed class SqliteSeedingTests(SqliteTestDatabase database) : SeedingTests<SqliteTestDatabase>(database);

public sealed class PostgresSeedingTests(PostgresTestDatabase database) : SeedingTests<PostgresTestDatabase>(database);

/// <summary>Seeds load idempotently and never overwrite what owners changed. Tests here share one database, in order.</summary>
public abstract class SeedingTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly string SeedDirectory = RepositoryPaths.InRoot("seeds");

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    [SkippableFact]
    public async Task SeedAsync_RunTwiceWithDemoOrganisation_SecondRunAddsNothing()
    {
        database.SkipUnlessAvailable();

        await using var db = await database.CreateMigratedContextAsync();
        var seeder = new ChampionSeeder(time, NullLogger<ChampionSeeder>.Instance);

        await seeder.SeedAsync(db, SeedDirectory, includeDemoOrganisation: true, CancellationToken.None);
        var afterFirst = await CountsAsync(database);
        var second = await seeder.SeedAsync(db, SeedDirectory, includeDemoOrganisation: true, CancellationToken.None);
        var afterSecond = await CountsAsync(database);

        Assert.Equal(SeedReport.Nothing, second);
        Assert.Equal(afterFirst, afterSecond);
        Assert.True(afterFirst.Challenges >= 15 && afterFirst.People >= 30 && afterFirst.Programs == 1, afterFirst.ToString());
    }

    [SkippableFact]
    public async Task SeedAsync_OwnerEditedALibraryChallenge_KeepsTheOwnersVersion()
    {
        database.SkipUnlessAvailable();

        await using var db = await database.CreateMigratedContextAsync();
        var seeder = new ChampionSeeder(time, NullLogger<ChampionSeeder>.Instance);
        await seeder.SeedAsync(db, SeedDirectory, includeDemoOrganisation: false, CancellationToken.None);
        var challenge = await db.Challenges.SingleAsync(c => c.Slug == "rfp-first-draft");
        challenge.Title = "RFP first draft, our way";
        challenge.BaselineMinutes = 300;
        await db.SaveChangesAsync();

        await using var fresh = database.CreateContext();
        await seeder.SeedAsync(fresh, SeedDirectory, includeDemoOrganisation: false, CancellationToken.None);

        await using var check = database.CreateContext();
        var stored = await check.Challenges.SingleAsync(c => c.Slug == "rfp-first-draft");
        Assert.Equal(("RFP first draft, our way", 300), (stored.Title, stored.BaselineMinutes));
    }

    [SkippableFact]
    public async Task SeedAsync_DemoOrganisation_LoadsPlaygroundOwnerProgramAndRecentCopilotUsage()
    {
        database.SkipUnlessAvailable();

        await using var db = await database.CreateMigratedContextAsync();
        await new ChampionSeeder(time, NullLogger<ChampionSeeder>.Instance)
            .SeedAsync(db, SeedDirectory, includeDemoOrganisation: true, CancellationToken.None);

        var program = await db.Programs.Include(p => p.Owners).SingleAsync(p => p.Slug == "demo-marketing-pilot");
        var alex = await db.Participants.SingleAsync(p => p.ObjectId == "a1000000-0000-4000-8000-000000000001");
        var megansUsage = await db.CopilotUsage
            .Where(u => u.Participant!.ObjectId == "a1000000-0000-4000-8000-000000000002" && u.App == "Teams")
            .SingleAsync();

        Assert.Equal(("19:marketing-pilot@thread.tacv2", "19:ai-challenges@thread.tacv2"), (program.PilotTeamId, program.PilotChannelId));
        Assert.Equal(alex.ObjectId, Assert.Single(program.Owners).ObjectId);
        Assert.Equal(("user-id-0", "7d0b6a4e-2c1f-4b8e-9a55-1f3c2d4e5a60"), (alex.TeamsUserId, alex.TenantId));
        Assert.Equal(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), megansUsage.LastActivityDate);
    }

    private static async Task<(int Challenges, int People, int Usage, int Programs, int Owners)> CountsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return (await db.Challenges.CountAsync(), await db.Participants.CountAsync(), await db.CopilotUsage.CountAsync(),
            await db.Programs.CountAsync(), await db.ProgramOwners.CountAsync());
    }
}
