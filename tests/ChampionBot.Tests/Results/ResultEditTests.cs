using System.Text.Json.Nodes;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Results;

public sealed class SqliteResultEditTests(SqliteTestDatabase database) : ResultEditTests<SqliteTestDatabase>(database);

public sealed class PostgresResultEditTests(PostgresTestDatabase database) : ResultEditTests<PostgresTestDatabase>(database);

/// <summary>Editing a result shows what is stored (the latest try), says exactly what changed, and forgives mistakes.</summary>
public abstract class ResultEditTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task Edit_AfterItWorkedOnTheSecondTry_ShowsYesAndAddingANoteChangesOnlyTheNote()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", withAi: "60")));
        await app.InvokeAsync(TestActivities.CardAction("result.retry", new JsonObject { ["challengeId"] = challenge.Id }));
        await app.InvokeAsync(TestActivities.CardAction("result.retry.report", new JsonObject { ["challengeId"] = challenge.Id, ["retryWorked"] = "yes", ["retryMinutesWithAi"] = "30" }));

        var edit = JsonNode.Parse((await app.InvokeAsync(TestActivities.CardAction("result.open", new JsonObject { ["challengeId"] = challenge.Id }))).CardJson)!;
        Assert.Equal("yes", (string?)Input(edit, "worked")["value"]);
        var data = Submit(edit)["data"]!.DeepClone().AsObject();
        foreach (var input in new[] { "worked", "minutesBefore", "minutesWithAi", "timesPerWeek", "quality", "feeling" })
        {
            data[input] = Input(edit, input)["value"]!.ToString();
        }

        data["differently"] = "Asked for a table too";
        var saved = (await app.InvokeAsync(TestActivities.CardAction("result.submit", data))).CardJson;

        Assert.Contains("Result updated", saved, StringComparison.Ordinal);
        Assert.Contains("What changed: What you did differently: updated.", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("tip", saved, StringComparison.Ordinal);
        Assert.Single(app.Connector.Calls); // the rescue after the first "no", nothing since
        var result = Assert.Single(await app.ResultsAsync(challenge.Id));
        Assert.False(result.Worked);
        Assert.True(result.RetryWorked);
        Assert.Equal(30, result.MinutesWithAi);
    }

    [SkippableFact]
    public async Task Submit_DoubleClickOnAFirstDidNotWork_SaysSentOnceWithOneTip()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();

        var first = (await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", withAi: "60")))).CardJson;
        var second = (await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", withAi: "60")))).CardJson;

        Assert.Equal(first, second);
        Assert.DoesNotContain("Result updated", second, StringComparison.Ordinal);
        Assert.Single(app.Connector.Calls);
    }

    [SkippableFact]
    public async Task Submit_DidNotWorkWithoutMinutesWithAi_IsStoredAsNoTimeSaved()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();

        var saved = (await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", withAi: "")))).CardJson;

        Assert.Contains("Thanks for telling me it didn", saved, StringComparison.Ordinal);
        var result = Assert.Single(await app.ResultsAsync(challenge.Id));
        Assert.Equal(result.MinutesBefore, result.MinutesWithAi);
    }

    [SkippableFact]
    public async Task Submit_RefusedEdit_StaysAnEditWithTheTypedValues()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id)));
        var edit = JsonNode.Parse((await app.InvokeAsync(TestActivities.CardAction("result.open", new JsonObject { ["challengeId"] = challenge.Id }))).CardJson)!;
        var data = Submit(edit)["data"]!.DeepClone().AsObject();
        foreach (var (key, value) in TestChallenges.ResultAnswers(challenge.Id, before: "lots", differently: "Kept this"))
        {
            data[key] = value!.DeepClone();
        }

        var refused = (await app.InvokeAsync(TestActivities.CardAction("result.submit", data))).CardJson;

        Assert.Contains("Edit your result", refused, StringComparison.Ordinal);
        Assert.Contains("Save my changes", refused, StringComparison.Ordinal);
        Assert.Contains("Kept this", refused, StringComparison.Ordinal);
        Assert.Contains("I got \\u0060lots\\u0060", refused, StringComparison.Ordinal);
        await CardAssert.ValidAsync([("refused edit", refused)]);
    }

    [SkippableFact]
    public async Task Submit_GarbledChallengeId_KeepsTheTypedAnswersAndSaysWhatIsWrong()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        var data = TestChallenges.ResultAnswers(challenge.Id, differently: "My own prompt");
        data["challengeId"] = "not-a-number";

        var card = (await app.InvokeAsync(TestActivities.CardAction("result.submit", data))).CardJson;

        Assert.Contains("say which challenge it was for", card, StringComparison.Ordinal);
        Assert.Contains("My own prompt", card, StringComparison.Ordinal);
        Assert.Empty(await app.ResultsAsync(challenge.Id));
    }

    private static JsonNode Input(JsonNode card, string id) =>
        card["body"]!.AsArray().First(e => (string?)e!["id"] == id)!;

    private static JsonNode Submit(JsonNode card) =>
        card["actions"]!.AsArray().First(a => (string?)a!["verb"] == "result.submit")!;
}
