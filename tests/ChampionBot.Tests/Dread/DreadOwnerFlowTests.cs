using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Dread;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using static ChampionBot.Tests.Dread.DreadTestData;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Dread;

public sealed class SqliteDreadOwnerFlowTests(SqliteTestDatabase database) : DreadOwnerFlowTests<SqliteTestDatabase>(database);

public sealed class PostgresDreadOwnerFlowTests(PostgresTestDatabase database) : DreadOwnerFlowTests<PostgresTestDatabase>(database);

/// <summary><c>dread survey</c> and <c>dread top</c> for owners, through the real pipeline.</summary>
public abstract class DreadOwnerFlowTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task DreadSurvey_Owner_QueuesTheCardForEnrolledPeopleWhoHaveNotOptedOut()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        var (enrolled, optedOut) = await EnrolDemoPeopleAsync(app, 6, optOut: 1);
        await app.WriteAsync(db => db.DreadItems.ExecuteDeleteAsync());
        await app.SendAsync(TestActivities.PersonalMessage("dread survey", TestPeople.Owner));

        Assert.Contains("Sending the dread survey to 5 people", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
        var message = await app.QueryAsync(db => db.OutboundMessages.SingleAsync(m => m.Kind == OutboundMessageKind.Survey));
        var recipients = await app.QueryAsync(db => db.Deliveries.Where(d => d.OutboundMessageId == message.Id).Select(d => d.RecipientObjectId).ToListAsync());
        Assert.Equal(enrolled.Except(optedOut).Order(), recipients.Order());
        Assert.Equal("a:1Hx7personal-chat-megan", message.ProgressConversationId);
        Assert.Contains(DreadCard.OpenVerb, message.ActivityJson, StringComparison.Ordinal); // the button opens the card made for whoever presses it
        var withoutChat = await app.QueryAsync(db => db.Deliveries.Where(d => d.OutboundMessageId == message.Id && d.ConversationId == null).ToListAsync());
        Assert.NotEmpty(withoutChat);
        Assert.All(withoutChat, d => Assert.False(string.IsNullOrEmpty(d.RecipientTeamsUserId) || string.IsNullOrEmpty(d.TenantId)));
    }

    [SkippableFact]
    public async Task DreadSurvey_Participant_IsRefusedAndNothingIsQueued()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await EnrolDemoPeopleAsync(app, 3, optOut: 0);
        await app.SendAsync(TestActivities.PersonalMessage("dread survey", TestPeople.Megan));

        Assert.Contains("is for program owners", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.OutboundMessages.AnyAsync(m => m.Kind == OutboundMessageKind.Survey)));
    }

    [SkippableFact]
    public async Task DreadTop_FourPeopleShareADread_ShowsNoGroup()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await AddDreadsAsync(app, 4, "Monday status report");
        await app.SendAsync(TestActivities.PersonalMessage("dread top", TestPeople.Owner));

        var card = Assert.Single(app.Connector.Calls).CardText;
        Assert.Contains("Not enough answers to show a group yet", card, StringComparison.Ordinal);
        Assert.DoesNotContain("status", card, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Turn into a challenge", card, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task DreadTop_FivePeopleShareADread_ShowsItWithATurnIntoAChallengeButtonAndNoNames()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await AddDreadsAsync(app, 5, "weekly status update to my boss");
        await app.SendAsync(TestActivities.PersonalMessage("dread top", TestPeople.Owner));

        var call = Assert.Single(app.Connector.Calls);
        Assert.Contains("The Monday status report", call.CardText, StringComparison.Ordinal); // similar enough to join the library's task, named by it
        Assert.Contains("Turn into a challenge", call.CardText, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"challenge.new\"", call.CardJson, StringComparison.Ordinal);
        Assert.Contains("\"data\":{\"dreadGroup\":1}", call.CardJson, StringComparison.Ordinal); // the rank shown, never an answer's id
        Assert.Contains("challenge new from dread 1", call.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("weekly status update to my boss", call.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Megan", call.CardText, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task DreadTop_Participant_IsRefused()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await app.SendAsync(TestActivities.PersonalMessage("dread top", TestPeople.Megan));

        Assert.Contains("is for program owners", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
    }

    private AppHost NewApp() => new AppHost(database);
}
