using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Results;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Results;

public sealed class SqliteRescueTests(SqliteTestDatabase database) : RescueTests<SqliteTestDatabase>(database);

public sealed class PostgresRescueTests(PostgresTestDatabase database) : RescueTests<PostgresTestDatabase>(database);

/// <summary>A "didn't work" gets a tip, a champion to ask and a second try, and the second try is recorded.</summary>
public abstract class RescueTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task Submit_DidNotWork_SendsRescueCardWithTipChampionAndTryAgain()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        await MakeChampionAsync(app, challenge, "a1000000-0000-4000-8000-000000000003");

        var card = (await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", withAi: "60")))).CardJson;

        Assert.Contains("Thanks for telling me", card, StringComparison.Ordinal);
        var rescue = Assert.Single(app.Connector.Calls);
        Assert.Contains("Paste the notes themselves", rescue.CardText, StringComparison.Ordinal);
        Assert.Contains("Adele Vance", rescue.CardText, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"result.retry\"", rescue.CardJson, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Submit_DidNotWorkTwice_SendsTheRescueOnlyOnce()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();

        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no")));
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", quality: "2")));

        Assert.Single(app.Connector.Calls);
    }

    [SkippableFact]
    public async Task TryAgainThenYes_RecordsTheRetryAndTheNewMinutes()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", before: "60", withAi: "60")));

        var retry = (await app.InvokeAsync(TestActivities.CardAction("result.retry", new JsonObject { ["challengeId"] = challenge.Id }))).CardJson;
        var started = Assert.Single(await app.ResultsAsync(challenge.Id));
        var done = (await app.InvokeAsync(TestActivities.CardAction("result.retry.report",
            new JsonObject { ["challengeId"] = challenge.Id, ["retryWorked"] = "yes", ["retryMinutesWithAi"] = "20" }))).CardJson;

        Assert.Contains("did it work this time", retry, StringComparison.Ordinal);
        Assert.NotNull(started.RetryStartedAt);
        Assert.Null(started.RetryWorked);
        Assert.Contains("40 min a week", done, StringComparison.Ordinal);
        var result = Assert.Single(await app.ResultsAsync(challenge.Id));
        Assert.Equal((true, 20, false), (result.RetryWorked, result.MinutesWithAi, result.Worked));
        Assert.NotNull(result.RetryReportedAt);
    }

    [SkippableFact]
    public async Task RetryReport_StillNoWithBadMinutes_RecordsNoAndIgnoresMinutes()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", withAi: "60")));

        await app.InvokeAsync(TestActivities.CardAction("result.retry.report", new JsonObject { ["challengeId"] = challenge.Id, ["retryWorked"] = "no", ["retryMinutesWithAi"] = "lots" }));

        var result = Assert.Single(await app.ResultsAsync(challenge.Id));
        Assert.Equal((false, 60), (result.RetryWorked, result.MinutesWithAi));
    }

    [SkippableFact]
    public async Task RetryReport_YesWithMinutesOutOfRange_ShowsErrorKeepsValueAndChangesNothing()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", withAi: "60")));

        var card = (await app.InvokeAsync(TestActivities.CardAction("result.retry.report", new JsonObject { ["challengeId"] = challenge.Id, ["retryWorked"] = "yes", ["retryMinutesWithAi"] = "5000" }))).CardJson;

        Assert.Contains("between 0 and 1440", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":5000", card, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await app.ResultsAsync(challenge.Id)).RetryWorked);
    }

    [SkippableFact]
    public async Task RetryReport_YesWithMinutesThatSaveMoreThanAWorkingWeek_ShowsTheTotalAndChangesNothing()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", before: "1440", withAi: "1440", times: "100")));

        var card = (await app.InvokeAsync(TestActivities.CardAction("result.retry.report", new JsonObject { ["challengeId"] = challenge.Id, ["retryWorked"] = "yes", ["retryMinutesWithAi"] = "0" }))).CardJson;

        Assert.Contains("That adds up to 2,400 hours a week, more than your 40-hour working week", card, StringComparison.Ordinal);
        var result = Assert.Single(await app.ResultsAsync(challenge.Id));
        Assert.Equal((null, 1440), (result.RetryWorked, result.MinutesWithAi));
    }

    [SkippableFact]
    public async Task RescueNames_ForSomeoneInAnotherProgram_NameNoChampionAndNoOwnerOfTheChallengesProgram()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        await MakeChampionAsync(app, challenge, "a1000000-0000-4000-8000-000000000003");
        var elsewhere = await app.QueryAsync(async db =>
        {
            var program = new ChampionProgram { Name = "Another pilot", BusinessOutcome = "Elsewhere", TimeZoneId = "UTC", CadenceCron = "0 9 * * 1" };
            var person = new Participant { ObjectId = Guid.NewGuid().ToString(), DisplayName = "Elsewhere Person", Program = program, EnrolledAt = DateTimeOffset.UtcNow };
            db.Participants.Add(person);
            await db.SaveChangesAsync();
            return person;
        });
        var megan = await app.QueryAsync(db => db.Participants.SingleAsync(p => p.ObjectId == TestPeople.Megan.ObjectId));

        await using var scope = app.Services.CreateAsyncScope();
        var rescue = scope.ServiceProvider.GetRequiredService<Rescue>();

        Assert.Null(await rescue.ChampionToAskAsync(elsewhere.Id, challenge, CancellationToken.None));
        Assert.Empty(await rescue.OwnersToAskAsync(elsewhere.Id, challenge, CancellationToken.None));
        Assert.Equal("Adele Vance", await rescue.ChampionToAskAsync(megan.Id, challenge, CancellationToken.None));
    }

    private static Task MakeChampionAsync(AppHost app, Challenge challenge, string objectId) => app.QueryAsync(async db =>
    {
        var person = await db.Participants.SingleAsync(p => p.ObjectId == objectId);
        if (!await db.Champions.AnyAsync(c => c.ParticipantId == person.Id && c.ProgramId == challenge.ProgramId))
        {
            db.Champions.Add(new Champion { ParticipantId = person.Id, ProgramId = challenge.ProgramId!.Value, ApprovedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        return 0;
    });
}
