using ChampionBot.Features.Impact;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Results;

public sealed class SqliteMeTests(SqliteTestDatabase database) : MeTests<SqliteTestDatabase>(database);

public sealed class PostgresMeTests(PostgresTestDatabase database) : MeTests<PostgresTestDatabase>(database);

/// <summary><c>me</c>: the person's own challenges, minutes saved a week and streak, never a ranking.</summary>
public abstract class MeTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task Me_AfterTwoReportedChallenges_ShowsEachTotalAndStreakAboutThemOnly()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var id = Guid.NewGuid().ToString();
        var person = new TestPerson("Lee Gu", id, "29:lee-" + id);
        await app.SendAsync(TestActivities.PersonalMessage("help", person));
        var start = DateTimeOffset.UtcNow.AddMinutes(1);
        var first = await app.PostChallengeAsync(start);
        var second = await app.PostChallengeAsync(start.AddMinutes(1));
        await app.PostChallengeAsync(start.AddMinutes(2));
        await app.EnrolAsync(first, person);
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(first.Id, before: "60", withAi: "15"), person));
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(second.Id, before: "30", withAi: "10", times: "2"), person));
        app.Connector.Clear();

        await app.SendAsync(TestActivities.PersonalMessage("me", person));

        var card = Assert.Single(app.Connector.Calls).CardText;
        Assert.Contains("1 h 25 min a week", card, StringComparison.Ordinal);
        Assert.Contains("Worked, 45 min saved a week", card, StringComparison.Ordinal);
        Assert.Contains("Worked, 40 min saved a week", card, StringComparison.Ordinal);
        Assert.Contains("Streak: 2 challenges in a row", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Megan", card, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Me_WithNothingReported_SaysHowToStart()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var id = Guid.NewGuid().ToString();

        await app.SendAsync(TestActivities.PersonalMessage("me", new TestPerson("New Person", id, "29:new-" + id)));

        Assert.Contains("Nothing reported yet", Assert.Single(app.Connector.Calls).CardText, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(new[] { 3, 2, 1 }, new[] { 3, 2, 1 }, 3)]
    [InlineData(new[] { 3, 2, 1 }, new[] { 2, 1 }, 2)]
    [InlineData(new[] { 3, 2, 1 }, new[] { 3, 1 }, 1)]
    [InlineData(new[] { 3, 2, 1 }, new[] { 1 }, 0)]
    public void Streak_NewestStillOpen_DoesNotBreakIt(int[] postedNewestFirst, int[] reported, int expected) =>
        Assert.Equal(expected, PersonalImpact.Streak(postedNewestFirst, reported.ToHashSet()));
}
