using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;

namespace ChampionBot.Tests.Outcomes;

public sealed class SqliteLedgerTests(SqliteTestDatabase database) : LedgerTests<SqliteTestDatabase>(database);

public sealed class PostgresLedgerTests(PostgresTestDatabase database) : LedgerTests<PostgresTestDatabase>(database);

/// <summary>The ledger's arithmetic on hand-computed figures, on each provider.</summary>
public abstract class LedgerTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task ForAsync_RescueFrequencyOptOutAndForgotten_AddsUpAsComputedByHand()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        var people = new List<Participant>();
        for (var i = 0; i < 5; i++)
        {
            people.Add(await fixture.PersonAsync());
        }

        var optedOut = await fixture.PersonAsync(optedOutAt: LedgerFixture.Now.AddDays(-1));
        await fixture.ResultAsync(people[0], 90, 20, 1);                                  // 70 min a week
        await fixture.ResultAsync(people[1], 60, 30, 2);                                  // 60: twice a week
        await fixture.ResultAsync(people[2], 100, 40, 0.5, worked: false, retryWorked: true); // 30, after the rescue
        await fixture.ResultAsync(people[3], 90, 20, 1, worked: false);                   // didn't work: 0
        await fixture.ResultAsync(people[4], 30, 40, 1);                                  // slower with AI: 0
        await fixture.ResultAsync(optedOut, 500, 0, 5);                                   // after opting out: not counted
        await fixture.ResultAsync(null, 50, 20, 1);                                       // forgotten: 30, nobody

        var ledger = await new OutcomeLedger(db).ForAsync(fixture.Program, CancellationToken.None);

        var program = Assert.IsType<LedgerFigures>(ledger.Program);
        Assert.Equal(5, program.People);
        Assert.Equal(6, program.Results);
        Assert.Equal(190, program.MinutesSavedPerWeek);
        Assert.Equal(6 * 40 * 60, program.WorkingMinutesPerWeek);
        Assert.Equal(190 * 100.0 / 14400, program.CapacityPercent, 6);
        Assert.Equal(4, program.WorkedFirstTry);
        Assert.Equal(1, program.WorkedAfterRescue);
        Assert.Equal(5.0 / 6, program.WorkedAfterRescueRate, 6);
        Assert.Equal(7, program.MedianDaysToValue);
        Assert.Equal(4, program.AverageFeeling);
        Assert.Equal(new LedgerFunnel(6, 6, 5, null, null), ledger.Funnel);
        Assert.Equal(190, Assert.Single(ledger.Weeks).UpToThen!.MinutesSavedPerWeek);
        Assert.Equal(190, Assert.Single(ledger.Challenges).Figures!.MinutesSavedPerWeek);
        Assert.Equal(15, ledger.TargetPercent);
    }

    [SkippableFact]
    public async Task ForAsync_TeamOfFourPeople_IsWithheldWhileTheProgramIsShown()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(team: "Sales"), 60, 30, 1);
        }

        for (var i = 0; i < 4; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(team: "Legal"), 60, 30, 1);
        }

        var ledger = await new OutcomeLedger(db).ForAsync(fixture.Program, CancellationToken.None);

        Assert.Equal(270, ledger.Program!.MinutesSavedPerWeek);
        Assert.Null(ledger.Teams.Single(t => t.Label == "Legal").Figures);
    }

    [SkippableFact]
    public async Task ForAsync_FourPeopleInAll_WithholdsEverything()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        for (var i = 0; i < 4; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(), 60, 30, 1);
        }

        await fixture.ResultAsync(null, 60, 30, 1);

        var ledger = await new OutcomeLedger(db).ForAsync(fixture.Program, CancellationToken.None);

        Assert.Null(ledger.Program);
        Assert.All(ledger.Teams.Concat(ledger.Roles).Concat(ledger.Challenges), line => Assert.Null(line.Figures));
        Assert.Equal(new LedgerFunnel(4, 4, null, null, null), ledger.Funnel);
    }

    [SkippableFact]
    public async Task ForAsync_OnePersonMoreThanLastTime_ShowsTheSameFiguresUntilFiveMoreReport()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(), 60, 30, 1);
        }

        var ledger = new OutcomeLedger(db);
        var first = await ledger.ForAsync(fixture.Program, CancellationToken.None);
        await fixture.ResultAsync(await fixture.PersonAsync(), 90, 10, 1, at: LedgerFixture.Now.AddHours(1));
        var afterOne = await ledger.ForAsync(fixture.Program, CancellationToken.None);
        for (var i = 0; i < 4; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(), 60, 30, 1, at: LedgerFixture.Now.AddHours(2));
        }

        var afterFive = await ledger.ForAsync(fixture.Program, CancellationToken.None);

        Assert.Equal(150, first.Program!.MinutesSavedPerWeek);
        Assert.Equal(first.Program, afterOne.Program);
        Assert.Equal(first.Teams, afterOne.Teams);
        Assert.Equal(350, afterFive.Program!.MinutesSavedPerWeek);
        Assert.Equal(10, afterFive.Program.People);
    }

    [SkippableFact]
    public async Task ForAsync_TwoWeeks_ReportsEachWeekAndTheRunningTotal()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        var second = await fixture.AddChallengeAsync("demand-generation");
        var people = new List<Participant>();
        for (var i = 0; i < 5; i++)
        {
            people.Add(await fixture.PersonAsync());
            await fixture.ResultAsync(people[i], 60, 30, 1);
        }

        foreach (var person in people)
        {
            await fixture.ResultAsync(person, 40, 20, 2, at: LedgerFixture.Now.AddDays(7), challenge: second);
        }

        var ledger = await new OutcomeLedger(db).ForAsync(fixture.Program, CancellationToken.None);

        Assert.Equal([new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 30)], ledger.Weeks.Select(w => w.WeekOf));
        Assert.Equal([150L, 200L], ledger.Weeks.Select(w => w.ThatWeek!.MinutesSavedPerWeek));
        Assert.Equal([150L, 350L], ledger.Weeks.Select(w => w.UpToThen!.MinutesSavedPerWeek));
        Assert.Equal(new LedgerFunnel(5, 5, 5, 5, 5), ledger.Funnel);
    }
}
