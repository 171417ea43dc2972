using ChampionBot.Data;
using ChampionBot.Features.Results;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static ChampionBot.Tests.Results.ResultBatchDatabase;

namespace ChampionBot.Tests.Results;

/// <summary>
/// On SQLite the batch writes run as statements compiled once and stepped through SQLitePCL.raw, not through
/// Microsoft.Data.Sqlite commands. A row SQLite rejects must still surface as the <see cref="SqliteException"/> the
/// writer's retry and batch split understand, and must leave the statements usable for the next batch.
/// </summary>
public sealed class SqliteResultFailureTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private const string Rejected = "rejected by a trigger";

    private readonly ResultBatchDatabase store = new(database);

    [Fact]
    public async Task WriteAsync_ARowTheDatabaseRejects_FailsOnlyThatSubmissionAndTheNextBatchIsStored()
    {
        var (_, challenge) = await store.ProgramWithChallengeAsync();
        await RejectResultsAsync();
        using var writer = new ResultWriter(database.ResultStore(), TimeProvider.System, NullLogger<ResultWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var good = Sender((await store.ParticipantAsync()).ObjectId);
        var bad = Sender((await store.ParticipantAsync()).ObjectId);

        var first = writer.WriteAsync(new ResultSubmission(good, challenge.Id, Saved45), CancellationToken.None);
        var rejected = writer.WriteAsync(new ResultSubmission(bad, challenge.Id, Saved45 with { Differently = Rejected }), CancellationToken.None);

        var error = await Assert.ThrowsAsync<SqliteException>(() => rejected.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains(Rejected, error.Message, StringComparison.Ordinal);
        await first.WaitAsync(TimeSpan.FromSeconds(30));

        var later = Sender((await store.ParticipantAsync()).ObjectId);
        await writer.WriteAsync(new ResultSubmission(later, challenge.Id, Saved45), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        await writer.StopAsync(CancellationToken.None);

        var people = await store.ReadAsync(db => db.Participants.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.ObjectId));
        Assert.Equal(
            new[] { good.ObjectId, later.ObjectId }.Order(),
            (await store.ResultsAsync(challenge.Id)).Select(r => people[r.ParticipantId.GetValueOrDefault()]).Order());
    }

    /// <summary>A constraint SQLite checks row by row, so one submission in a batch can fail on its own.</summary>
    private const string RejectResultsSql = $"""
        CREATE TRIGGER IF NOT EXISTS "RejectResult" BEFORE INSERT ON "Results"
        WHEN NEW."WhatTheyDidDifferently" = '{Rejected}'
        BEGIN SELECT RAISE(ABORT, '{Rejected}'); END
        """;

    private async Task RejectResultsAsync()
    {
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync(RejectResultsSql);
    }
}
