using System.Text.Json.Nodes;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Results;

public sealed class SqliteSecondTryTests(SqliteTestDatabase database) : SecondTryTests<SqliteTestDatabase>(database);

public sealed class PostgresSecondTryTests(PostgresTestDatabase database) : SecondTryTests<PostgresTestDatabase>(database);

/// <summary>
/// The rescue without a champion names the program's owner, and "Try again" keeps the tip on the card it replaces.
/// In a database of its own: the rescue tests approve a champion, who would be named instead.
/// </summary>
public abstract class SecondTryTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string Tip = "Paste the notes themselves, not a link";
    private const string Prompt = "Summarise these notes as five bullets for my manager";

    [SkippableFact]
    public async Task Submit_DidNotWorkWithNoChampion_TheRescueNamesTheProgramOwner()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();

        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", withAi: "60")));

        var rescue = Assert.Single(app.Connector.Calls);
        Assert.Contains("Still stuck? Ask **Alex Wilber**, who runs this program, or a colleague who does this task", rescue.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Ask your program owner", rescue.CardText, StringComparison.Ordinal);
        await CardAssert.ValidAsync([("rescue naming the owner", rescue.CardJson)]);
    }

    [SkippableFact]
    public async Task TryAgain_AfterTheRescue_TheSecondTryCardKeepsTheTipAndThePrompt()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", withAi: "60")));
        var rescue = Assert.Single(app.Connector.Calls).CardText;

        var retry = await app.InvokeAsync(TestActivities.CardAction("result.retry", new JsonObject { ["challengeId"] = challenge.Id }));
        var error = await app.InvokeAsync(TestActivities.CardAction("result.retry.report",
            new JsonObject { ["challengeId"] = challenge.Id, ["retryWorked"] = "yes", ["retryMinutesWithAi"] = "5000" }));

        Assert.Contains(Tip, rescue, StringComparison.Ordinal);
        foreach (var card in new[] { retry.CardJson, error.CardJson })
        {
            Assert.Contains("Second try", card, StringComparison.Ordinal);
            Assert.Contains(Tip, card, StringComparison.Ordinal);
            Assert.Contains(Prompt, card, StringComparison.Ordinal);
        }

        await CardAssert.ValidAsync([("second try", retry.CardJson), ("second try with an error", error.CardJson)]);
    }

    [SkippableFact]
    public async Task RetryReport_StillNoWithNoChampion_NamesTheProgramOwner()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", withAi: "60")));

        var done = (await app.InvokeAsync(TestActivities.CardAction("result.retry.report", new JsonObject { ["challengeId"] = challenge.Id, ["retryWorked"] = "no" }))).CardJson;

        Assert.Contains("**Alex Wilber**, who runs this program, can help you get it working", done, StringComparison.Ordinal);
    }
}
