using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using static ChampionBot.Tests.Privacy.DoNotContactSteps;

namespace ChampionBot.Tests.Privacy;

public sealed class SqliteMyDataScoreTests(SqliteTestDatabase database) : MyDataScoreTests<SqliteTestDatabase>(database);

public sealed class PostgresMyDataScoreTests(PostgresTestDatabase database) : MyDataScoreTests<PostgresTestDatabase>(database);

/// <summary><c>mydata</c> says what a champion score is made of in its own lines, true whether or not there are evidence rows.</summary>
public abstract class MyDataScoreTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task MyData_ScoreFromResultsWithNoEvidenceRows_ListsTheScoresLinesAndPointsAtNoEmptySection()
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database);
        var person = await WithScoreAsync(app, NewPerson("Robin Scored"), [new ScoreLine(2, "Completed 2 challenges"), new ScoreLine(1, "Saved 30 minutes a week")]);

        var card = await MyDataAsync(app, person);

        Assert.DoesNotContain("evidence above", card, StringComparison.Ordinal);
        Assert.Contains("3 points, worked out", card, StringComparison.Ordinal);
        Assert.Contains("made of:", card, StringComparison.Ordinal);
        Assert.Contains("+2: Completed 2 challenges", card, StringComparison.Ordinal); // one line each, signed as the cards sign them
        Assert.Contains("+1: Saved 30 minutes a week", card, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task MyData_ScoreWithNoLines_SaysNothingCountsYet()
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database);
        var person = await WithScoreAsync(app, NewPerson("Sam Unscored"), []);

        var card = await MyDataAsync(app, person);

        Assert.Contains("0 points, worked out", card, StringComparison.Ordinal);
        Assert.Contains("nothing counts towards it yet", card, StringComparison.Ordinal);
        Assert.DoesNotContain("evidence above", card, StringComparison.Ordinal);
    }

    private static async Task<TestPerson> WithScoreAsync(AppHost app, TestPerson person, IReadOnlyList<ScoreLine> lines)
    {
        await app.WriteAsync(db =>
        {
            var now = app.Clock.GetUtcNow();
            var participant = new Participant { ObjectId = person.ObjectId, DisplayName = person.Name, TeamsUserId = person.TeamsUserId, CreatedAt = now, UpdatedAt = now };
            db.Participants.Add(participant);
            db.ChampionScores.Add(new ChampionScore { Participant = participant, Points = lines.Sum(l => l.Points), LinesJson = ScoreLine.ToJson(lines), ComputedAt = now });
        });
        return person;
    }

    private static async Task<string> MyDataAsync(AppHost app, TestPerson person)
    {
        await app.SendAsync(TestActivities.PersonalMessage("mydata", person));
        return app.Connector.Calls.Single(c => c.CardText.Contains("Everything I store about you", StringComparison.Ordinal) && c.CardText.Contains(person.Name, StringComparison.Ordinal)).CardText;
    }
}
