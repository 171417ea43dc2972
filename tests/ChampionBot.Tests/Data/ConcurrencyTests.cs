using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Data;

public sealed class SqliteConcurrencyTests(SqliteTestDatabase database) : ConcurrencyTests<SqliteTestDatabase>(database);

public sealed class PostgresConcurrencyTests(PostgresTestDatabase database) : ConcurrencyTests<PostgresTestDatabase>(database);

/// <summary>Where two instances may race on one row, the second writer loses loudly instead of silently overwriting.</summary>
public abstract class ConcurrencyTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task SaveChanges_ManagerDecidesOnStaleNomination_ThrowsConcurrencyExceptionAndFirstDecisionStands()
    {
        database.SkipUnlessAvailable();

        await using var db = await database.CreateMigratedContextAsync();
        var participant = TestRows.Participant();
        db.Participants.Add(participant);
        await db.SaveChangesAsync();
        var nomination = TestRows.Nomination(participant);
        db.Nominations.Add(nomination);
        await db.SaveChangesAsync();

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var seenByFirst = await first.Nominations.SingleAsync(n => n.Id == nomination.Id);
        var seenBySecond = await second.Nominations.SingleAsync(n => n.Id == nomination.Id);
        seenByFirst.Status = NominationStatus.Approved;
        await first.SaveChangesAsync();
        seenBySecond.Status = NominationStatus.Declined;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = database.CreateContext();
        var stored = await check.Nominations.SingleAsync(n => n.Id == nomination.Id);
        Assert.Equal((NominationStatus.Approved, 1), (stored.Status, stored.Version));
    }

    [SkippableFact]
    public async Task SaveChanges_StaleChallengeStatusChange_ThrowsConcurrencyException()
    {
        database.SkipUnlessAvailable();

        await using var db = await database.CreateMigratedContextAsync();
        var challenge = TestRows.Challenge();
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync();

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        (await first.Challenges.SingleAsync(c => c.Id == challenge.Id)).Status = ChallengeStatus.Posted;
        var stale = await second.Challenges.SingleAsync(c => c.Id == challenge.Id);
        await first.SaveChangesAsync();
        stale.Status = ChallengeStatus.Archived;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
