using ChampionBot.Data;
using ChampionBot.Features.Results;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static ChampionBot.Tests.Results.ResultBatchDatabase;

namespace ChampionBot.Tests.Results;

/// <summary>
/// Two app instances on one PostgreSQL database can meet the same newcomer at once. The writer's insert then waits on the
/// other instance's uncommitted row and fails on the unique object id; the writer must read again and store the result
/// for the row the other instance created. (SQLite runs one instance with one writer, so it has no such race.)
/// </summary>
public sealed class PostgresResultRaceTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private readonly ResultBatchDatabase store = new(database);

    [SkippableFact]
    public async Task WriteAsync_NewcomerCreatedByAnotherInstanceMeanwhile_RetriesAndStoresTheResultForThatRow()
    {
        database.SkipUnlessAvailable();

        var (_, challenge) = await store.ProgramWithChallengeAsync();
        var objectId = TestRows.NewObjectId();
        await using var otherInstance = database.CreateContext();
        await using var otherTransaction = await otherInstance.Database.BeginTransactionAsync();
        var created = TestRows.Participant(objectId);
        otherInstance.Participants.Add(created);
        await otherInstance.SaveChangesAsync();

        using var writer = new ResultWriter(database.ContextFactory(), database.Settings(), new DatabaseWriteGate(), TimeProvider.System, NullLogger<ResultWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var written = writer.WriteAsync(new ResultSubmission(Sender(objectId), challenge.Id, Saved45), CancellationToken.None);
        await WaitUntilASessionWaitsOnALockAsync();
        await otherTransaction.CommitAsync();

        var outcome = await written.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal((created.Id, false), (outcome.ParticipantId, outcome.Updated));
        Assert.Equal(created.Id, Assert.Single(await store.ResultsAsync(challenge.Id)).ParticipantId);
        Assert.Equal(1, await store.ReadAsync(db => db.Participants.CountAsync(p => p.ObjectId == objectId)));
        await writer.StopAsync(CancellationToken.None);
    }

    /// <summary>Polls the server (no sleeping) until the writer's insert is blocked behind the other instance's row.</summary>
    private async Task WaitUntilASessionWaitsOnALockAsync()
    {
        await using var db = database.CreateContext();
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (await db.Database.SqlQueryRaw<int>(
            "SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'").SingleAsync() == 0)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The writer never waited on the other instance's uncommitted participant.");
        }
    }
}
