using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ChampionBot.Tests.Privacy.DoNotContactSteps;

namespace ChampionBot.Tests.Privacy;

public sealed class SqliteUnknownSenderChoiceTests(SqliteTestDatabase database) : UnknownSenderChoiceTests<SqliteTestDatabase>(database);

public sealed class PostgresUnknownSenderChoiceTests(PostgresTestDatabase database) : UnknownSenderChoiceTests<PostgresTestDatabase>(database);

/// <summary>The nomination and usage choices from someone the bot does not know: a clear answer, and nothing stored about them.</summary>
public abstract class UnknownSenderChoiceTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableTheory]
    [InlineData("optout nominations", "so I can't nominate you and there is nothing to opt out of")]
    [InlineData("optout usage", "so I don't look you up in the Copilot usage report")]
    [InlineData("optin nominations", "so there is nothing to opt back into")]
    [InlineData("optin usage", "so there is nothing to opt back into")]
    public async Task Choice_FromSomeoneTheBotDoesNotKnow_AnswersClearlyAndStoresNoParticipant(string command, string expected)
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database);
        var stranger = NewPerson("Quinn Stranger");

        await app.SendAsync(TestActivities.PersonalMessage(command, stranger));

        var reply = app.Connector.Calls[^1].Text;
        Assert.Contains("I don't have you as a participant", reply, StringComparison.Ordinal);
        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.Contains("this changed nothing I keep", reply, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Participants.AnyAsync(p => p.ObjectId == stranger.ObjectId)));
    }
}
