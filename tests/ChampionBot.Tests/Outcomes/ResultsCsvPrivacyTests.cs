using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;

namespace ChampionBot.Tests.Outcomes;

public sealed class SqliteResultsCsvPrivacyTests(SqliteTestDatabase database) : ResultsCsvPrivacyTests<SqliteTestDatabase>(database);

public sealed class PostgresResultsCsvPrivacyTests(PostgresTestDatabase database) : ResultsCsvPrivacyTests<PostgresTestDatabase>(database);

/// <summary>results.csv keeps to the five-people rule: no challenge, and no challenge's week, about fewer than five people.</summary>
public abstract class ResultsCsvPrivacyTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task WriteResultsAsync_ChallengeOfTwoPeople_LeavesItAndTheNextSmallestOut()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        var second = await Titled(db, await fixture.AddChallengeAsync("demand-generation"), "Second");
        var small = await Titled(db, await fixture.AddChallengeAsync("demand-generation"), "Small");
        foreach (var challenge in new[] { fixture.Challenge, second })
        {
            for (var i = 0; i < 5; i++)
            {
                await fixture.ResultAsync(await fixture.PersonAsync(), 60, 30, 1, challenge: challenge);
            }
        }

        for (var i = 0; i < 2; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(), 80, 10, 1, challenge: small);
        }

        var rows = (await fixture.ResultsCsvAsync()).Skip(1).ToList();

        // Before: all 12 rows, the two on "Small" among them. Now "Small" is out, and so is one five-person challenge,
        // since the program's total minus the other would give the two people's figures.
        Assert.Equal(5, rows.Count);
        Assert.DoesNotContain(rows, r => r.StartsWith("Small,", StringComparison.Ordinal));
        Assert.Single(rows.Select(r => r.Split(',')[0]).Distinct());
    }

    [SkippableFact]
    public async Task WriteResultsAsync_OnePersonInAWeek_NamesNoWeekOfThatChallenge()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        var second = await Titled(db, await fixture.AddChallengeAsync("demand-generation"), "Second");
        var people = new List<Participant>();
        for (var i = 0; i < 5; i++)
        {
            people.Add(await fixture.PersonAsync());
            await fixture.ResultAsync(people[i], 60, 30, 1);
            await fixture.ResultAsync(people[i], 40, 20, 1, challenge: second);
        }

        await fixture.ResultAsync(await fixture.PersonAsync(), 100, 10, 1, at: LedgerFixture.Now.AddDays(7));

        var rows = (await fixture.ResultsCsvAsync()).Skip(1).Select(r => r.Split(',')).ToList();

        Assert.Equal(11, rows.Count);
        Assert.All(rows.Where(r => r[0] == "Second"), r => Assert.Equal("2026-11-23", r[1]));
        Assert.All(rows.Where(r => r[0] != "Second"), r => Assert.Equal(string.Empty, r[1]));
    }

    [SkippableFact]
    public async Task WriteResultsAsync_SomeoneOptedOutAfterReporting_LeavesTheirChallengeOutWhole()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        var second = await Titled(db, await fixture.AddChallengeAsync("demand-generation"), "Second");
        var leaver = await fixture.PersonAsync();
        await fixture.ResultAsync(leaver, 120, 30, 1);
        for (var i = 0; i < 5; i++)
        {
            var person = await fixture.PersonAsync();
            await fixture.ResultAsync(person, 60, 30, 1);
            await fixture.ResultAsync(person, 40, 20, 1, challenge: second);
        }

        leaver.OptedOutAt = LedgerFixture.Now.AddDays(1);
        await db.SaveChangesAsync();

        var rows = (await fixture.ResultsCsvAsync()).Skip(1).ToList();

        // Before: the first challenge's five other rows were exported while the ledger still counts six, so the ledger
        // line minus the rows gave the leaver's answers (120 → 30 minutes). Now only "Second" leaves the bot.
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("Second,", r, StringComparison.Ordinal));
    }

    private static async Task<Challenge> Titled(ChampionDbContext db, Challenge challenge, string title)
    {
        challenge.Title = title;
        await db.SaveChangesAsync();
        return challenge;
    }
}
