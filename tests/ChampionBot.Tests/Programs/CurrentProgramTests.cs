using ChampionBot.Data.Entities;
using ChampionBot.Features.Results;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;
using ChampionBot.Tests.Dread;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Programs;

public sealed class SqliteCurrentProgramTests(SqliteTestDatabase database) : CurrentProgramTests<SqliteTestDatabase>(database);

public sealed class PostgresCurrentProgramTests(PostgresTestDatabase database) : CurrentProgramTests<PostgresTestDatabase>(database);

/// <summary>
/// One answer to "which program?" for an owner of several (<c>program use</c>, remembered per person) and to "which
/// champion?" (the latest approved), whichever feature asks.
/// </summary>
public abstract class CurrentProgramTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task ProgramUse_UniquePrefix_EveryOwnerCommandThenActsOnTheChosenProgram()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        var (owner, first, second) = await TwoProgramsAsync(app, "Alpha", "Beta");
        var (firstChallenge, secondChallenge) = (await ChallengeAsync(app, first), await ChallengeAsync(app, second));

        await app.SendAsync(TestActivities.PersonalMessage("program", owner));
        var before = Assert.Single(app.Connector.Calls).CardText;
        app.Connector.Clear();
        await app.SendAsync(TestActivities.PersonalMessage("program use  BETA", owner));
        var used = Assert.Single(app.Connector.Calls).Text;
        app.Connector.Clear();
        await app.SendAsync(TestActivities.PersonalMessage("program", owner));
        var program = Assert.Single(app.Connector.Calls).CardText;
        app.Connector.Clear();
        await app.SendAsync(TestActivities.PersonalMessage("challenge list", owner));
        var list = Assert.Single(app.Connector.Calls).CardText;
        app.Connector.Clear();
        await app.SendAsync(TestActivities.PersonalMessage($"challenge show {firstChallenge.Id}", owner));
        var otherProgramsChallenge = Assert.Single(app.Connector.Calls).Text;
        await app.SendAsync(TestActivities.PersonalMessage("program owner add meganb@contoso.example", owner));

        Assert.Contains(first.Name, before.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains($"You also own {second.Name}", before, StringComparison.Ordinal);
        Assert.Contains($"now work on **{second.Name}**", used, StringComparison.Ordinal);
        Assert.Contains(second.Name, program.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains(secondChallenge.Title, list, StringComparison.Ordinal);
        Assert.DoesNotContain(firstChallenge.Title, list, StringComparison.Ordinal);
        Assert.Contains("There's no challenge", otherProgramsChallenge, StringComparison.Ordinal);
        Assert.Equal([second.Id], await app.QueryAsync(db => db.ProgramOwners.Where(o => o.ObjectId == TestPeople.Megan.ObjectId && (o.ProgramId == first.Id || o.ProgramId == second.Id)).Select(o => o.ProgramId).ToListAsync()));
        Assert.Equal(second.Id, await app.QueryAsync(db => db.ProgramChoices.Where(c => c.ObjectId == owner.ObjectId).Select(c => c.ProgramId).SingleAsync()));
    }

    [SkippableFact]
    public async Task ProgramUse_AmbiguousOrUnknownName_ListsTheOwnersProgramsAndChangesNothing()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        var (owner, first, second) = await TwoProgramsAsync(app, "Pilot one", "Pilot two");

        await app.SendAsync(TestActivities.PersonalMessage("program use pilot", owner));
        var ambiguous = Assert.Single(app.Connector.Calls).Text;
        app.Connector.Clear();
        await app.SendAsync(TestActivities.PersonalMessage("program use sales", owner));
        var unknown = Assert.Single(app.Connector.Calls).Text;

        Assert.Contains("fits more than one of your programs", ambiguous, StringComparison.Ordinal);
        Assert.Contains("You don't own a program called", unknown, StringComparison.Ordinal);
        Assert.All(new[] { ambiguous, unknown }, reply =>
        {
            Assert.Contains($"**{first.Name}**", reply, StringComparison.Ordinal);
            Assert.Contains($"**{second.Name}**", reply, StringComparison.Ordinal);
            Assert.Contains("Nothing changed", reply, StringComparison.Ordinal);
        });
        Assert.False(await app.QueryAsync(db => db.ProgramChoices.AnyAsync(c => c.ObjectId == owner.ObjectId)));
    }

    [SkippableFact]
    public async Task CurrentProgram_OwnerTakingPartInTheirSecondProgram_IsThatProgramForProgramAndChallengeCommandsAlike()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        var (owner, _, second) = await TwoProgramsAsync(app, "Gamma", "Delta");
        var challenge = await ChallengeAsync(app, second);
        var participant = TestRows.Participant(owner.ObjectId);
        participant.ProgramId = second.Id;
        await app.WriteAsync(db =>
        {
            db.Participants.Add(participant);
            return Task.CompletedTask;
        });

        await app.SendAsync(TestActivities.PersonalMessage("program", owner));
        var program = Assert.Single(app.Connector.Calls).CardText;
        app.Connector.Clear();
        await app.SendAsync(TestActivities.PersonalMessage("challenge list", owner));
        var list = Assert.Single(app.Connector.Calls).CardText;

        Assert.Contains(second.Name, program.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains(challenge.Title, list, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CurrentProgram_ChosenProgramNoLongerOwned_FallsBackToTheFirstOwned()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        var (owner, first, second) = await TwoProgramsAsync(app, "Epsilon", "Zeta");
        await app.SendAsync(TestActivities.PersonalMessage("program use zeta", owner));
        await app.WriteAsync(db => db.ProgramOwners.Where(o => o.ObjectId == owner.ObjectId && o.ProgramId == second.Id).ExecuteDeleteAsync());
        app.Connector.Clear();

        await app.SendAsync(TestActivities.PersonalMessage("program", owner));

        Assert.Contains(first.Name, Assert.Single(app.Connector.Calls).CardText.Split('\n')[0], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task FeaturedChampion_TwoActiveChampions_RescueAndChallengeCardBothNameTheLatestApproved()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        var (_, program, _) = await TwoProgramsAsync(app, "Eta", "Theta");
        var challenge = await ChallengeAsync(app, program);
        var (asker, earlier, later, retired) = (TestRows.Participant(), TestRows.Participant(), TestRows.Participant(), TestRows.Participant());
        (earlier.DisplayName, later.DisplayName, retired.DisplayName) = ("Earlier Champion", "Later Champion", "Retired Champion");
        await app.WriteAsync(db =>
        {
            foreach (var person in new[] { asker, earlier, later, retired })
            {
                person.ProgramId = program.Id;
                db.Participants.Add(person);
            }

            db.Champions.AddRange(
                new Champion { Participant = earlier, ProgramId = program.Id, ApprovedAt = TestRows.Now.AddDays(-30) },
                new Champion { Participant = later, ProgramId = program.Id, ApprovedAt = TestRows.Now.AddDays(-3) },
                new Champion { Participant = retired, ProgramId = program.Id, ApprovedAt = TestRows.Now, RetiredAt = TestRows.Now });
            return Task.CompletedTask;
        });

        await using var scope = app.Services.CreateAsyncScope();
        var rescue = scope.ServiceProvider.GetRequiredService<Rescue>();
        var directory = scope.ServiceProvider.GetRequiredService<ChampionBot.Features.Challenges.ChallengeDirectory>();

        Assert.Equal("Later Champion", await rescue.ChampionToAskAsync(asker.Id, challenge, CancellationToken.None));
        Assert.Equal("Earlier Champion", await rescue.ChampionToAskAsync(later.Id, challenge, CancellationToken.None));
        Assert.Equal("Later Champion", (await directory.CardContentAsync(challenge, program, CancellationToken.None)).ChampionName);
    }

    private AppHost NewApp() => new AppHost(database);

    /// <summary>A new owner (not from configuration) of two new programs, the first with the lower id.</summary>
    private static async Task<(TestPerson Owner, ChampionProgram First, ChampionProgram Second)> TwoProgramsAsync(AppHost app, string first, string second)
    {
        var id = Guid.NewGuid().ToString();
        var owner = new TestPerson("Olga Owner", id, "29:olga-" + id);
        var suffix = id[..8];
        var programs = new[] { Program($"{first} pilot {suffix}"), Program($"{second} pilot {suffix}") };
        await app.WriteAsync(db =>
        {
            db.Programs.AddRange(programs);
            db.ProgramOwners.AddRange(programs.Select(p => new ProgramOwner { Program = p, ObjectId = owner.ObjectId, AddedAt = TestRows.Now }));
            return Task.CompletedTask;
        });
        return (owner, programs[0], programs[1]);
    }

    private static ChampionProgram Program(string name) => new()
    {
        Name = name,
        BusinessOutcome = "Cut RFP turnaround from 5 days to 2",
        TimeZoneId = "UTC",
        CadenceCron = "0 9 * * 1",
        CreatedAt = TestRows.Now,
        UpdatedAt = TestRows.Now,
    };

    private static async Task<Challenge> ChallengeAsync(AppHost app, ChampionProgram program)
    {
        var challenge = TestRows.Challenge();
        (challenge.ProgramId, challenge.Title) = (program.Id, "Clean the lead list for " + program.Name);
        await app.WriteAsync(db =>
        {
            db.Challenges.Add(challenge);
            return Task.CompletedTask;
        });
        return challenge;
    }
}
