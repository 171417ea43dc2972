using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Results;

public sealed class SqliteStreakTests(SqliteTestDatabase database) : StreakTests<SqliteTestDatabase>(database);

public sealed class PostgresStreakTests(PostgresTestDatabase database) : StreakTests<PostgresTestDatabase>(database);

/// <summary>
/// The streak on the <c>me</c> card counts the challenges meant for the person, general ("everyone") ones included.
/// In a database of its own: other tests' challenges for other roles would be part of these people's weeks.
/// </summary>
public abstract class StreakTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableTheory]
    [InlineData("product-marketing")]
    [InlineData(null)]
    public async Task Me_AfterReportingAnEveryoneChallenge_ShowsAStreakOfOne(string? role)
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var id = Guid.NewGuid().ToString();
        var person = new TestPerson("Isaiah Langer", id, "29:isaiah-" + id);
        await app.SendAsync(TestActivities.PersonalMessage("challenge", person));
        await app.QueryAsync(async db =>
        {
            (await db.Participants.SingleAsync(p => p.ObjectId == person.ObjectId)).Role = role;
            return await db.SaveChangesAsync();
        });
        // Later than the other case's challenge, so it is the newest one posted to the person.
        var everyone = await app.PostChallengeAsync(DateTimeOffset.UtcNow.AddDays(90), role: ChallengeForm.GeneralRole);
        await app.EnrolAsync(everyone, person);
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(everyone.Id, worked: "yes"), person));
        app.Connector.Clear();

        await app.SendAsync(TestActivities.PersonalMessage("me", person));

        Assert.Contains("Streak: 1 challenge reported.", Assert.Single(app.Connector.Calls).CardText, StringComparison.Ordinal);
    }
}
