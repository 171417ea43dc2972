using ChampionBot.Data.Results;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;
using static ChampionBot.Tests.Results.ResultBatchDatabase;

namespace ChampionBot.Tests.Results;

public sealed class SqliteResultStoreTests(SqliteTestDatabase database) : ResultStoreTests<SqliteTestDatabase>(database);

public sealed class PostgresResultStoreTests(PostgresTestDatabase database) : ResultStoreTests<PostgresTestDatabase>(database);

/// <summary>
/// The store commits a batch only when the feature's work on it finishes: a batch that throws leaves nothing behind, and
/// the store (which keeps its SQLite connection and statements between batches) stores the next batch as usual.
/// </summary>
public abstract class ResultStoreTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly ResultBatchDatabase rows = new(database);

    [SkippableFact]
    public async Task InBatchAsync_WorkThrowsAfterWriting_KeepsNothingAndTheNextBatchIsStored()
    {
        database.SkipUnlessAvailable();

        var (_, challenge) = await rows.ProgramWithChallengeAsync();
        var person = await rows.ParticipantAsync();
        var store = database.ResultStore();
        var writes = new ResultBatchWrites([], [new ResultRow(person.Id, challenge.Id, true, 60, 15, 1, 4, 4, null)], [], [], Now);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.InBatchAsync<int>(async batch =>
        {
            await batch.WriteAsync(writes, CancellationToken.None);
            throw new InvalidOperationException("The feature gave up on this batch.");
        }, CancellationToken.None));
        var afterFailure = await rows.ResultsAsync(challenge.Id);
        await store.InBatchAsync(async batch =>
        {
            await batch.WriteAsync(writes, CancellationToken.None);
            return 0;
        }, CancellationToken.None);

        Assert.Empty(afterFailure);
        Assert.Equal(person.Id, Assert.Single(await rows.ResultsAsync(challenge.Id)).ParticipantId);
    }
}
