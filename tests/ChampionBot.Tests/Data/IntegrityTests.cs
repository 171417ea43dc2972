using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Data;

public sealed class SqliteIntegrityTests(SqliteTestDatabase database) : IntegrityTests<SqliteTestDatabase>(database);

public sealed class PostgresIntegrityTests(PostgresTestDatabase database) : IntegrityTests<PostgresTestDatabase>(database);

/// <summary>The constraints that make the important operations idempotent, on each provider.</summary>
public abstract class IntegrityTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task Migrate_FreshDatabase_AppliesEveryMigrationAndLeavesNothingPending()
    {
        database.SkipUnlessAvailable();

        await using var db = await database.CreateMigratedContextAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Deliveries.CountAsync(d => d.RecipientObjectId == "nobody"));
    }

    [SkippableFact]
    public async Task SaveChanges_SecondResultForSameParticipantAndChallenge_IsRejectedAsDuplicate()
    {
        database.SkipUnlessAvailable();

        await using var db = await database.CreateMigratedContextAsync();
        var (participant, challenge) = (TestRows.Participant(), TestRows.Challenge());
        db.AddRange(participant, challenge);
        await db.SaveChangesAsync();
        db.Results.Add(TestRows.Result(participant, challenge));
        await db.SaveChangesAsync();

        await using var other = database.CreateContext();
        other.Results.Add(TestRows.Result(participant, challenge));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());

        Assert.True(DbErrors.IsUniqueViolation(error));
    }

    [SkippableFact]
    public async Task SaveChanges_SecondDeliveryForSameMessageAndRecipient_IsRejectedAsDuplicate()
    {
        database.SkipUnlessAvailable();

        await using var db = await database.CreateMigratedContextAsync();
        var message = TestRows.OutboundMessage();
        var recipient = TestRows.NewObjectId();
        db.OutboundMessages.Add(message);
        db.Deliveries.AddRange(TestRows.Delivery(message, recipient), TestRows.Delivery(message, TestRows.NewObjectId()));
        await db.SaveChangesAsync();

        await using var other = database.CreateContext();
        other.Deliveries.Add(TestRows.Delivery(message, recipient));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());

        Assert.True(DbErrors.IsUniqueViolation(error));
    }

    [SkippableFact]
    public async Task SaveChanges_SecondOpenNominationForSamePerson_IsRejectedButClosedOnesAreNot()
    {
        database.SkipUnlessAvailable();

        await using var db = await database.CreateMigratedContextAsync();
        var participant = TestRows.Participant();
        db.Participants.Add(participant);
        await db.SaveChangesAsync();
        db.Nominations.AddRange(
            TestRows.Nomination(participant, NominationStatus.Declined),
            TestRows.Nomination(participant, NominationStatus.ConsentDeclined),
            TestRows.Nomination(participant, NominationStatus.Approved),
            TestRows.Nomination(participant));
        await db.SaveChangesAsync();

        // Waiting for consent, with the manager, or "not now": each is open, so a second one is refused.
        foreach (var open in new[] { NominationStatus.AwaitingConsent, NominationStatus.Pending, NominationStatus.Deferred })
        {
            await using var another = database.CreateContext();
            another.Nominations.Add(TestRows.Nomination(participant, open));
            Assert.True(DbErrors.IsUniqueViolation(await Assert.ThrowsAsync<DbUpdateException>(() => another.SaveChangesAsync())));
        }

        await using var other = database.CreateContext();
        other.Nominations.Add(TestRows.Nomination(participant));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());

        Assert.True(DbErrors.IsUniqueViolation(error));
    }

    [SkippableFact]
    public async Task SaveChanges_SameProgramOccurrencePostedTwice_IsRejectedAsDuplicate()
    {
        database.SkipUnlessAvailable();

        await using var db = await database.CreateMigratedContextAsync();
        var program = new ChampionProgram
        {
            Name = "Pilot", BusinessOutcome = "Faster RFPs", TimeZoneId = "Europe/London", CadenceCron = "0 9 * * MON",
            CreatedAt = TestRows.Now, UpdatedAt = TestRows.Now,
        };
        var challenge = TestRows.Challenge();
        db.AddRange(program, challenge);
        await db.SaveChangesAsync();
        ChallengePost Post() => new() { ChallengeId = challenge.Id, ProgramId = program.Id, OccurrenceAt = TestRows.Now, CreatedAt = TestRows.Now };
        db.ChallengePosts.Add(Post());
        await db.SaveChangesAsync();

        await using var other = database.CreateContext();
        other.ChallengePosts.Add(Post());
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());

        Assert.True(DbErrors.IsUniqueViolation(error));
    }

    [SkippableFact]
    public async Task Query_DeliveriesDueByTime_ComparesAndOrdersTimestampsInTheDatabase()
    {
        database.SkipUnlessAvailable();

        await using var db = await database.CreateMigratedContextAsync();
        var message = TestRows.OutboundMessage();
        db.OutboundMessages.Add(message);
        foreach (var minutes in new[] { 30, -5, 10, -60 })
        {
            var delivery = TestRows.Delivery(message, TestRows.NewObjectId());
            delivery.NextAttemptAt = TestRows.Now.AddMinutes(minutes).ToOffset(TimeSpan.FromHours(2));
            db.Deliveries.Add(delivery);
        }

        await db.SaveChangesAsync();
        await using var reader = database.CreateContext();
        var due = await reader.Deliveries
            .Where(d => d.OutboundMessageId == message.Id && d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= TestRows.Now)
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => d.NextAttemptAt)
            .ToListAsync();

        Assert.Equal([TestRows.Now.AddMinutes(-60), TestRows.Now.AddMinutes(-5)], due);
    }
}
