using ChampionBot.Data.Seeding;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Testing;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Data;

public sealed class SqliteDemoResultsSeedTests(SqliteTestDatabase database) : DemoResultsSeedTests<SqliteTestDatabase>(database);

public sealed class PostgresDemoResultsSeedTests(PostgresTestDatabase database) : DemoResultsSeedTests<PostgresTestDatabase>(database);

/// <summary>The demo program's seeded results give a newcomer's <c>report</c> and <c>export</c> real figures, five-people rule and all.</summary>
public abstract class DemoResultsSeedTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    [SkippableFact]
    public async Task SeedAsync_DemoOrganisation_ReportShowsTwoTeamsWithholdsTheTeamOfFourAndCountsTheReportersWorkingTime()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var seeder = new ChampionSeeder(_time, NullLogger<ChampionSeeder>.Instance);

        var first = await seeder.SeedAsync(db, RepositoryPaths.InRoot("seeds"), includeDemoOrganisation: true, CancellationToken.None);
        var again = await seeder.SeedAsync(db, RepositoryPaths.InRoot("seeds"), includeDemoOrganisation: true, CancellationToken.None);
        var program = await db.Programs.SingleAsync(p => p.Slug == "demo-marketing-pilot");
        var ledger = await new OutcomeLedger(db).ForAsync(program, CancellationToken.None);

        Assert.Equal(26, first.ResultsAdded);
        Assert.Equal(0, again.ResultsAdded);
        Assert.NotNull(ledger.Program);
        Assert.NotNull(ledger.Teams.Single(t => t.Label == "Field Sales").Figures);
        Assert.NotNull(ledger.Teams.Single(t => t.Label == "Growth Marketing").Figures);
        Assert.Null(ledger.Teams.Single(t => t.Label == "Finance Ops").Figures);
        Assert.Contains(ledger.Challenges, c => c.Figures is not null);
        Assert.Equal(2, ledger.Weeks.Count);
        Assert.Null(await db.Challenges.FirstOrDefaultAsync(c => c.ProgramId == program.Id && c.Status == ChampionBot.Data.Entities.ChallengeStatus.Posted));

        // The people who reported are enrolled before their first challenge, so the report agrees with itself.
        var reporters = await db.Participants.AsNoTracking().Where(p => db.Results.Any(r => r.ParticipantId == p.Id)).ToListAsync();
        var firstPosts = (await db.Results.AsNoTracking().Select(r => new { Person = r.ParticipantId!.Value, r.Challenge!.PostedAt }).ToListAsync())
            .GroupBy(r => r.Person).ToDictionary(g => g.Key, g => g.Min(r => r.PostedAt!.Value));

        Assert.Equal(22, reporters.Count);
        Assert.All(reporters, p => Assert.True(p.ProgramId == program.Id && p.EnrolledAt < firstPosts[p.Id], p.DisplayName));
        Assert.All(reporters.Where(p => p.TeamsUserId is null), p => Assert.NotNull(p.NominationsOptedOutAt)); // no Teams chat: no consent card could reach them
        Assert.Null(reporters.Single(p => p.DisplayName == "Megan Bowen").NominationsOptedOutAt); // a Playground user: the demo's nominee
        var figures = Assert.IsType<LedgerFigures>(ledger.Program);
        Assert.Equal(848 + 85 + 33, figures.MinutesSavedPerWeek); // 16 h 6 min a week: 21 seeded people, and Megan's 85 + 32.5 (to the minute)
        Assert.Equal((848 + 85 + 33) * 100.0 / (22 * 40 * 60), figures.CapacityPercent, 6); // 1.8 % of the same 22 people's working time
        Assert.Equal(new LedgerFunnel(22, 22, 22, 20, null), ledger.Funnel);
    }
}
