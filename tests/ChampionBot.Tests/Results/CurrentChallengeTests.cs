using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Results;

public sealed class SqliteCurrentChallengeTests(SqliteTestDatabase database) : CurrentChallengeTests<SqliteTestDatabase>(database);

public sealed class PostgresCurrentChallengeTests(PostgresTestDatabase database) : CurrentChallengeTests<PostgresTestDatabase>(database);

/// <summary><c>result</c> opens the card for exactly the challenge <c>challenge</c> shows, whatever the person's role.</summary>
public abstract class CurrentChallengeTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string GeneralTitle = "Draft the Monday status report with Copilot";
    private const string RoleTitle = "Write the Monday campaign recap from the numbers";

    [SkippableTheory]
    [InlineData("product-marketing", GeneralTitle)]
    [InlineData(null, GeneralTitle)]
    [InlineData("demand-generation", RoleTitle)]
    public async Task ChallengeAndResult_GeneralThenRoleChallengePosted_NameTheSameChallenge(string? role, string expectedTitle)
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        // Later than any other test's challenge in this shared database, so these two are the current ones.
        var start = DateTimeOffset.UtcNow.AddDays(60);
        var general = await app.PostChallengeAsync(start, role: ChallengeForm.GeneralRole, title: GeneralTitle);
        var forRole = await app.PostChallengeAsync(start.AddMinutes(5), role: "demand-generation", title: RoleTitle);
        var expected = expectedTitle == GeneralTitle ? general : forRole;
        var person = await NewPersonAsync(app, role);

        await app.SendAsync(TestActivities.PersonalMessage("challenge", person));
        var shown = Assert.Single(app.Connector.Calls).CardText;
        app.Connector.Clear();
        await app.SendAsync(TestActivities.PersonalMessage("result", person));
        var resultCard = Assert.Single(app.Connector.Calls);

        Assert.Contains(expectedTitle, shown, StringComparison.Ordinal);
        Assert.Contains(expectedTitle, resultCard.CardText, StringComparison.Ordinal);
        Assert.Contains($"\"challengeId\":{expected.Id}", resultCard.CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain(expectedTitle == GeneralTitle ? RoleTitle : GeneralTitle, shown + resultCard.CardText, StringComparison.Ordinal);
    }

    private static async Task<TestPerson> NewPersonAsync(AppHost app, string? role)
    {
        var id = Guid.NewGuid().ToString();
        var person = new TestPerson("Isaiah Langer", id, "29:isaiah-" + id);
        // Any first message makes the person known; then they get their role.
        await app.SendAsync(TestActivities.PersonalMessage("challenge", person));
        await app.QueryAsync(async db =>
        {
            var participant = await db.Participants.SingleAsync(p => p.ObjectId == person.ObjectId);
            participant.Role = role;
            participant.EnrolledAt ??= DateTimeOffset.UtcNow.AddDays(-7);
            return await db.SaveChangesAsync();
        });
        app.Connector.Clear();
        return person;
    }
}
