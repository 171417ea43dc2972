using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Outcomes.Readiness;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Outcomes;

public sealed class SqliteProgramWidenTests(SqliteTestDatabase database) : ProgramWidenTests<SqliteTestDatabase>(database);

public sealed class PostgresProgramWidenTests(PostgresTestDatabase database) : ProgramWidenTests<PostgresTestDatabase>(database);

/// <summary><c>program widen</c>: owners only; refused with the reasons until the pilot proves its case, unless confirmed; always recorded.</summary>
public abstract class ProgramWidenTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task Widen_Participant_IsRefusedAndNothingChanges()
    {
        database.SkipUnlessAvailable();
        await using var app = new AppHost(database);

        var answer = await app.SayAsync("program widen everyone", TestPeople.Megan);

        Assert.Contains("is for program owners", Assert.Single(answer).Text, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "program.widened" && a.ActorObjectId == TestPeople.Megan.ObjectId)));
    }

    [SkippableFact]
    public async Task Widen_BeforeTheCaseIsProved_RefusesWithReasonsUntilConfirmedThenOnceProvedRecordsAtOnce()
    {
        database.SkipUnlessAvailable();
        await using var app = new AppHost(database);
        var (fixture, people) = await OwnersOwnPilotAsync(app);

        var refusal = Assert.Single(await app.SayAsync("program widen Sales, Support", TestPeople.Owner));
        var stageAfterRefusal = await StageAsync(app, fixture.Program.Id);
        await app.InvokeAsync(CommandButton.Verb, new JsonObject { [CommandButton.CommandKey] = "program widen anyway Sales, Support" }, TestPeople.Owner);
        var walk = await ProgramAsync(app, fixture.Program.Id);
        await app.WriteAsync(db =>
        {
            foreach (var person in people.Take(5))
            {
                db.Results.Add(new Result
                {
                    ParticipantId = person.Id, ChallengeId = fixture.Challenge.Id, Worked = true, MinutesBefore = 240, MinutesWithAi = 0, TimesPerWeek = 5,
                    Quality = 4, Feeling = 4, SubmittedAt = LedgerFixture.Now, UpdatedAt = LedgerFixture.Now,
                });
            }

            return Task.CompletedTask;
        });
        var recorded = Assert.Single(await app.SayAsync("program widen everyone", TestPeople.Owner)).Text;
        var report = Assert.Single(await app.SayAsync("report", TestPeople.Owner)).CardText;

        Assert.Contains(WidenRefusalCard.Title, refusal.CardText, StringComparison.Ordinal);
        Assert.Contains("Capacity", refusal.CardText, StringComparison.Ordinal);
        Assert.Contains("program widen anyway Sales, Support", refusal.CardJson, StringComparison.Ordinal);
        Assert.Equal(ProgramStage.Crawl, stageAfterRefusal);
        Assert.Equal((ProgramStage.Walk, "Sales, Support"), (walk.Stage, walk.WidenedTo));
        Assert.Contains("with the pilot's case proved", recorded, StringComparison.Ordinal);
        Assert.Equal(ProgramStage.Run, await StageAsync(app, fixture.Program.Id));
        var audit = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "program.widened" && a.ProgramId == fixture.Program.Id)
            .OrderBy(a => a.Id).Select(a => a.Details!).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.Contains("\"caseProved\":false", audit[0], StringComparison.Ordinal);
        Assert.Contains("\"caseProved\":true", audit[1], StringComparison.Ordinal);
        Assert.Contains("run: widened to everyone", report, StringComparison.Ordinal);
        Assert.Contains("Yes: capacity", report, StringComparison.Ordinal);
    }

    /// <summary>A pilot of its own (so nothing seeded counts), the owner's current program, with six people enrolled.</summary>
    private static async Task<(LedgerFixture Fixture, List<Participant> People)> OwnersOwnPilotAsync(AppHost app)
    {
        LedgerFixture fixture = null!;
        var people = new List<Participant>();
        await app.WriteAsync(async db =>
        {
            fixture = await new LedgerFixture(db).CreateAsync();
            db.ProgramOwners.Add(new ProgramOwner { ProgramId = fixture.Program.Id, ObjectId = TestPeople.Owner.ObjectId, AddedAt = LedgerFixture.Now });
            db.ProgramChoices.RemoveRange(db.ProgramChoices.Where(c => c.ObjectId == TestPeople.Owner.ObjectId));
            db.ProgramChoices.Add(new ProgramChoice { ObjectId = TestPeople.Owner.ObjectId, ProgramId = fixture.Program.Id, ChosenAt = LedgerFixture.Now });
            for (var i = 0; i < 6; i++)
            {
                people.Add(await fixture.PersonAsync());
            }
        });
        return (fixture, people);
    }

    private static Task<ChampionProgram> ProgramAsync(AppHost app, int id) =>
        app.QueryAsync(db => db.Programs.AsNoTracking().SingleAsync(p => p.Id == id));

    private static async Task<ProgramStage> StageAsync(AppHost app, int id) => (await ProgramAsync(app, id)).Stage;
}
