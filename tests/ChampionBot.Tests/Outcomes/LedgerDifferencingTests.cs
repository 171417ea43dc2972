using ChampionBot.Data.Entities;
using ChampionBot.Features.Dread;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;

namespace ChampionBot.Tests.Outcomes;

public sealed class SqliteLedgerDifferencingTests(SqliteTestDatabase database) : LedgerDifferencingTests<SqliteTestDatabase>(database);

public sealed class PostgresLedgerDifferencingTests(PostgresTestDatabase database) : LedgerDifferencingTests<PostgresTestDatabase>(database);

/// <summary>
/// No figure about one to four people can be worked out by subtracting shown figures: program − team, role − team,
/// program − challenge, running total − running total. Each fixture is one the old ledger gave away.
/// </summary>
public abstract class LedgerDifferencingTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task ForAsync_OneTeamUnderFive_WithholdsTheOtherTeamSoTheProgramTotalGivesNothingAway()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(team: "Sales"), 60, 30, 1);    // 5 × 30 = 150
        }

        for (var i = 0; i < 4; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(team: "Legal"), 60, 30, 1);    // 4 × 30 = 120: program − Sales
        }

        var ledger = await new OutcomeLedger(db).ForAsync(fixture.Program, CancellationToken.None);

        Assert.Equal(270, ledger.Program!.MinutesSavedPerWeek);
        Assert.All(ledger.Teams, team => Assert.Null(team.Figures));
    }

    [SkippableFact]
    public async Task ForAsync_OnePersonReportsTheNextWeek_WithholdsTheRunningTotalBeforeIt()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        var next = await fixture.AddChallengeAsync("demand-generation");
        var people = new List<Participant>();
        for (var i = 0; i < 5; i++)
        {
            people.Add(await fixture.PersonAsync());
            await fixture.ResultAsync(people[i], 60, 30, 1);                                   // week 1: 150
        }

        await fixture.ResultAsync(people[0], 100, 10, 1, at: LedgerFixture.Now.AddDays(7), challenge: next); // week 2: one person, 90

        var ledger = await new OutcomeLedger(db).ForAsync(fixture.Program, CancellationToken.None);

        // Before: up to week 1 = 150 and up to week 2 = 240 were both shown, so 240 − 150 = that one person's 90.
        Assert.Equal(2, ledger.Weeks.Count);
        Assert.Null(ledger.Weeks[0].UpToThen);
        Assert.Null(ledger.Weeks[0].ThatWeek);
        Assert.Null(ledger.Weeks[1].ThatWeek);
        Assert.Equal(240, ledger.Weeks[1].UpToThen!.MinutesSavedPerWeek);
        Assert.Equal(240, ledger.Program!.MinutesSavedPerWeek);
    }

    [SkippableFact]
    public async Task ForAsync_RoleWithinATeam_WithholdsWhatWouldLeaveTwoPeopleBySubtraction()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(team: "North", role: "sales"), 60, 30, 1);
        }

        for (var i = 0; i < 2; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(team: "North", role: "people-manager"), 90, 30, 1);
        }

        for (var i = 0; i < 5; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(team: "South", role: "people-manager"), 60, 40, 1);
        }

        var ledger = await new OutcomeLedger(db).ForAsync(fixture.Program, CancellationToken.None);

        // Before: team North (7 people, 270) − role sales (5 people, all in North, 150) = the two North managers' 120,
        // and role people-manager (220) − team South (100) gave the same two. Now sales and South are withheld.
        Assert.Equal(270, ledger.Teams.Single(t => t.Label == "North").Figures!.MinutesSavedPerWeek);
        Assert.Null(ledger.Teams.Single(t => t.Label == "South").Figures);
        Assert.Null(ledger.Roles.Single(r => r.Label == DreadRoles.Title("sales")).Figures);
        Assert.Equal(220, ledger.Roles.Single(r => r.Label == DreadRoles.Title("people-manager")).Figures!.MinutesSavedPerWeek);
        Assert.Equal(370, ledger.Program!.MinutesSavedPerWeek);
    }

    [SkippableFact]
    public async Task ForAsync_OneChallengeUnderFive_WithholdsTheOtherChallengeToo()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        var small = await fixture.AddChallengeAsync("demand-generation");
        for (var i = 0; i < 5; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(), 60, 30, 1);
        }

        for (var i = 0; i < 2; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(), 80, 20, 1, challenge: small);
        }

        var ledger = await new OutcomeLedger(db).ForAsync(fixture.Program, CancellationToken.None);

        Assert.Equal(270, ledger.Program!.MinutesSavedPerWeek);
        Assert.All(ledger.Challenges, challenge => Assert.Null(challenge.Figures));
    }

    [SkippableFact]
    public async Task ForAsync_TwoTeamsOfFive_ShowsBoth()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        foreach (var team in new[] { "Sales", "Legal" })
        {
            for (var i = 0; i < 5; i++)
            {
                await fixture.ResultAsync(await fixture.PersonAsync(team: team), 60, 30, 1);
            }
        }

        var ledger = await new OutcomeLedger(db).ForAsync(fixture.Program, CancellationToken.None);

        Assert.All(ledger.Teams, team => Assert.Equal(150, team.Figures!.MinutesSavedPerWeek));
        Assert.Equal(300, ledger.Program!.MinutesSavedPerWeek);
    }
}
