using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;

namespace ChampionBot.Tests.Outcomes;

public sealed class SqliteLedgerPeopleTests(SqliteTestDatabase database) : LedgerPeopleTests<SqliteTestDatabase>(database);

public sealed class PostgresLedgerPeopleTests(PostgresTestDatabase database) : LedgerPeopleTests<PostgresTestDatabase>(database);

/// <summary>
/// The ledger counts the same people on both sides: capacity divides the minutes saved by the working time of the
/// people who saved them, and no funnel step holds more people than the one before it. Hand-computed figures.
/// </summary>
public abstract class LedgerPeopleTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const double Week = 40 * 60; // a participant's working minutes a week, by default

    [SkippableFact]
    public async Task ForAsync_PeopleWhoReportedAndLeftTheProgram_KeepTheirWorkingTimeAndTheirPlaceInTheFunnel()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        var stayed = new List<Participant>();
        for (var i = 0; i < 5; i++)
        {
            stayed.Add(await fixture.PersonAsync());
        }

        var left = new List<Participant>();
        for (var i = 0; i < 3; i++)
        {
            left.Add(await fixture.PersonAsync(role: "sales")); // outside the challenge's audience
        }

        foreach (var person in stayed.Take(3).Concat(left))
        {
            await fixture.ResultAsync(person, before: 60, withAi: 20, timesPerWeek: 1); // 40 min a week each
        }

        foreach (var person in left)
        {
            person.ProgramId = null;
            person.EnrolledAt = null;
        }

        await db.SaveChangesAsync();

        var ledger = await new OutcomeLedger(db).ForAsync(fixture.Program, CancellationToken.None);

        var program = Assert.IsType<LedgerFigures>(ledger.Program);
        Assert.Equal(240, program.MinutesSavedPerWeek);
        Assert.Equal(8 * Week, program.WorkingMinutesPerWeek); // the five enrolled and the three who left
        Assert.Equal(240 * 100.0 / (8 * Week), program.CapacityPercent, 6); // 1.25 %, not 240 of five people's 2 %
        var challenge = Assert.IsType<LedgerFigures>(Assert.Single(ledger.Challenges).Figures);
        Assert.Equal(6 * Week, challenge.WorkingMinutesPerWeek); // the six who reported on it, three of them from sales
        Assert.Equal(new LedgerFunnel(8, 8, 6, 6, null), ledger.Funnel);
    }

    [SkippableFact]
    public async Task ForAsync_SevenInAChallengesAudienceAndFiveReported_DividesByTheFiveReportersWorkingTimeAsTheRoleDoes()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        var audience = new List<Participant>();
        for (var i = 0; i < 7; i++)
        {
            audience.Add(await fixture.PersonAsync()); // all in the challenge's audience (demand generation)
        }

        foreach (var person in audience.Take(5))
        {
            await fixture.ResultAsync(person, before: 60, withAi: 12, timesPerWeek: 1); // 48 min a week each
        }

        var ledger = await new OutcomeLedger(db).ForAsync(fixture.Program, CancellationToken.None);

        var challenge = Assert.IsType<LedgerFigures>(Assert.Single(ledger.Challenges).Figures);
        Assert.Equal(5, challenge.People);
        Assert.Equal(5 * Week, challenge.WorkingMinutesPerWeek); // the five whose results it counts, not the audience of seven
        Assert.Equal(240 * 100.0 / (5 * Week), challenge.CapacityPercent, 6); // 2 %, not 240 of seven people's 1.43 %
    }

    [SkippableFact]
    public async Task ForAsync_SomeoneTriedTwiceAndItNeverWorked_IsNotCountedAsRepeatingASuccess()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        var second = await fixture.AddChallengeAsync("demand-generation");
        for (var i = 0; i < 5; i++)
        {
            var person = await fixture.PersonAsync();
            await fixture.ResultAsync(person, 60, 30, 1);
            await fixture.ResultAsync(person, 60, 30, 1, challenge: second);
        }

        var unlucky = await fixture.PersonAsync();
        await fixture.ResultAsync(unlucky, 60, 30, 1, worked: false);
        await fixture.ResultAsync(unlucky, 60, 30, 1, worked: false, challenge: second);

        var ledger = await new OutcomeLedger(db).ForAsync(fixture.Program, CancellationToken.None);

        Assert.Equal(new LedgerFunnel(6, 6, 6, 5, 5), ledger.Funnel); // six tried twice, but only five got anything working
    }
}
