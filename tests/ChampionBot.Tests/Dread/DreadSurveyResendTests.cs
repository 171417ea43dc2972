using ChampionBot.Data.Entities;
using ChampionBot.Features.Dread;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ChampionBot.Tests.Dread.DreadTestData;

namespace ChampionBot.Tests.Dread;

public sealed class SqliteDreadSurveyResendTests(SqliteTestDatabase database) : DreadSurveyResendTests<SqliteTestDatabase>(database);

public sealed class PostgresDreadSurveyResendTests(PostgresTestDatabase database) : DreadSurveyResendTests<PostgresTestDatabase>(database);

/// <summary><c>dread survey</c> when some people already answered: a warning first, then the owner chooses who gets it.</summary>
public abstract class DreadSurveyResendTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task DreadSurvey_SomeAlreadyAnswered_WarnsWithBothChoicesAndQueuesNothing()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await EnrolDemoPeopleAsync(app, 6, optOut: 1);
        await AddDreadsAsync(app, 3, "Weekly status report");

        await app.SendAsync(TestActivities.PersonalMessage("dread survey", TestPeople.Owner));

        var card = Assert.Single(app.Connector.Calls).CardText;
        Assert.Contains("2 of the 5 enrolled people already told me what they dread", card, StringComparison.Ordinal);
        Assert.Contains("Send only to the 3 who haven't answered", card, StringComparison.Ordinal);
        Assert.Contains("Send to all 5 again", card, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.OutboundMessages.AnyAsync(m => m.Kind == OutboundMessageKind.Survey)));
    }

    [SkippableFact]
    public async Task DreadSurveyToNewPeople_SendsOnlyToThoseWhoHaveNotAnswered()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await EnrolDemoPeopleAsync(app, 6, optOut: 1);
        await AddDreadsAsync(app, 3, "Weekly status report");
        var answered = await app.QueryAsync(db => db.DreadItems.Select(d => d.Participant!.ObjectId).ToListAsync());

        await app.SendAsync(TestActivities.PersonalMessage(DreadSurveyResend.ToNewPeople, TestPeople.Owner));

        Assert.Contains("Sending the dread survey to 3 people", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
        var recipients = await app.QueryAsync(db => db.Deliveries.Select(d => d.RecipientObjectId).ToListAsync());
        Assert.Equal(3, recipients.Count);
        Assert.Empty(recipients.Intersect(answered));
    }

    [SkippableFact]
    public async Task DreadSurveyToEveryone_SendsToAllEnrolledAgain()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await EnrolDemoPeopleAsync(app, 6, optOut: 1);
        await AddDreadsAsync(app, 3, "Weekly status report");

        await app.SendAsync(TestActivities.PersonalMessage(DreadSurveyResend.ToEveryone, TestPeople.Owner));

        Assert.Contains("Sending the dread survey to 5 people", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
    }

    private AppHost NewApp() => new AppHost(database);
}
