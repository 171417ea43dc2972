using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes.Pulse;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;

namespace ChampionBot.Tests.Outcomes;

public sealed class SqliteMaturityRoundsTests(SqliteTestDatabase database) : MaturityRoundsTests<SqliteTestDatabase>(database);

public sealed class PostgresMaturityRoundsTests(PostgresTestDatabase database) : MaturityRoundsTests<PostgresTestDatabase>(database);

/// <summary>The pulse's words in the report follow the ledger's five-people rule: rounds, words and comparisons.</summary>
public abstract class MaturityRoundsTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task ForAsync_RoundOfFourPeopleAndWordsOfFewerThanFive_AreWithheld()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        await AnswerAsync(db, fixture, round: 0, "curious", "curious", "curious", "lost");
        await AnswerAsync(db, fixture, round: 1, "curious", "curious", "curious", "curious", "curious", "confident", "confident", "lost");
        await AskWithoutAnswerAsync(db, fixture, round: 1);

        var rounds = await new MaturityRounds(db).ForAsync(fixture.Program.Id, CancellationToken.None);

        Assert.Equal([0, 1], rounds.Select(r => r.Round));
        Assert.Null(rounds[0].People);
        Assert.Empty(rounds[0].Words);
        Assert.Equal(8, rounds[1].People);
        Assert.Equal([new MaturityWordCount("curious", 5)], rounds[1].Words);
    }

    [SkippableFact]
    public async Task ForAsync_OneMoreAnswer_ChangesNothingUntilFiveAreNew()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        await AnswerAsync(db, fixture, round: 0, "curious", "curious", "curious", "curious", "lost", "lost", "lost", "lost");
        var shown = await new MaturityRounds(db).ForAsync(fixture.Program.Id, CancellationToken.None);

        await AnswerAsync(db, fixture, round: 0, LedgerFixture.Now.AddHours(1), "lost");
        var afterOne = await new MaturityRounds(db).ForAsync(fixture.Program.Id, CancellationToken.None);
        await AnswerAsync(db, fixture, round: 0, LedgerFixture.Now.AddHours(2), "curious", "lost", "lost", "lost");
        var afterFive = await new MaturityRounds(db).ForAsync(fixture.Program.Id, CancellationToken.None);

        Assert.Equal((8, 0), (shown[0].People!.Value, shown[0].Words.Count));
        Assert.Equal(shown[0].People, afterOne[0].People);
        Assert.Empty(afterOne[0].Words); // "lost" reached five people, but showing it now would tell the last person's word
        Assert.Equal(13, afterFive[0].People);
        Assert.Equal([new MaturityWordCount("lost", 8), new MaturityWordCount("curious", 5)], afterFive[0].Words);
    }

    private static Task AnswerAsync(ChampionDbContext db, LedgerFixture fixture, int round, params string[] words) =>
        AnswerAsync(db, fixture, round, LedgerFixture.Now, words);

    private static async Task AnswerAsync(ChampionDbContext db, LedgerFixture fixture, int round, DateTimeOffset at, params string[] words)
    {
        foreach (var word in words)
        {
            var person = await fixture.PersonAsync();
            db.MaturityPulses.Add(new MaturityPulse { ProgramId = fixture.Program.Id, ParticipantId = person.Id, Round = round, AskedAt = at, Word = word, AnsweredAt = at });
        }

        await db.SaveChangesAsync();
    }

    private static async Task AskWithoutAnswerAsync(ChampionDbContext db, LedgerFixture fixture, int round)
    {
        var person = await fixture.PersonAsync();
        db.MaturityPulses.Add(new MaturityPulse { ProgramId = fixture.Program.Id, ParticipantId = person.Id, Round = round, AskedAt = LedgerFixture.Now });
        await db.SaveChangesAsync();
    }
}
