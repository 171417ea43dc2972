using ChampionBot.Testing.Databases;

namespace ChampionBot.Tests.Data;

/// <summary>A test whose database is missing here reports Skipped with the reason, never Passed after returning early.</summary>
public sealed class TestDatabaseSkipTests
{
    [Fact]
    public void SkipUnlessAvailable_ProviderMissing_EndsTheTestAsSkippedWithTheReason()
    {
        var database = new MissingDatabase("PostgreSQL (CHAMPIONBOT_TEST_POSTGRES) is missing here.");

        var skip = Assert.Throws<SkipException>(database.SkipUnlessAvailable);

        Assert.StartsWith("PostgreSQL (CHAMPIONBOT_TEST_POSTGRES) is missing here.", skip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipUnlessAvailable_Sqlite_LetsTheTestRun()
    {
        var database = new SqliteTestDatabase();
        await database.InitializeAsync();

        database.SkipUnlessAvailable();

        await database.DisposeAsync();
    }

    private sealed class MissingDatabase : TestDatabase
    {
        public MissingDatabase(string reason) => UnavailableReason = reason;

        public override string ProviderName => "Missing";

        public override Task InitializeAsync() => Task.CompletedTask;

        public override Task DisposeAsync() => Task.CompletedTask;
    }
}
