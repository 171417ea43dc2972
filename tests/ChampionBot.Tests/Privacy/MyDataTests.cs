using ChampionBot.BotFramework.Schema;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Dread;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChampionBot.Tests.Privacy.DoNotContactSteps;

namespace ChampionBot.Tests.Privacy;

public sealed class SqliteMyDataTests(SqliteTestDatabase database) : MyDataTests<SqliteTestDatabase>(database);

public sealed class PostgresMyDataTests(PostgresTestDatabase database) : MyDataTests<PostgresTestDatabase>(database);

/// <summary><c>mydata</c> and <c>me</c> only look: they never write, and what they show matches what the welcome promises.</summary>
public abstract class MyDataTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task MyData_AfterForgetMe_DoesNotRecreateTheProfileAndSaysThereIsNone()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var pat = NewPerson("Pat Forgotten");
        await ForgetMeAsync(app, pat);
        app.Connector.Clear();

        await app.SendAsync(TestActivities.PersonalMessage("mydata", pat));
        await app.SendAsync(TestActivities.PersonalMessage("me", pat));

        Assert.False(await app.QueryAsync(db => db.Participants.AnyAsync(p => p.ObjectId == pat.ObjectId)));
        var card = app.Connector.Calls.First(c => c.CardText.Contains("Everything I store about you", StringComparison.Ordinal)).CardText;
        Assert.Contains("I have no profile for you", card, StringComparison.Ordinal);
        Assert.Contains("do-not-contact list", card, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Me_FromSomeoneNew_ShowsAnEmptyCardWithoutStoringThem()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var newcomer = NewPerson("Nia Newcomer");

        await app.SendAsync(TestActivities.PersonalMessage("me", newcomer));

        Assert.False(await app.QueryAsync(db => db.Participants.AnyAsync(p => p.ObjectId == newcomer.ObjectId)));
        Assert.Contains(app.Connector.Calls, c => c.CardText.Contains("Nia", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task MyData_DemoPerson_NamesTheManagerSaysWhatUsageIsReadAndListsEachMessage()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await app.Services.GetRequiredService<IOutbox>().EnqueueAsync(new OutboundRequest
        {
            Kind = OutboundMessageKind.Survey,
            RequestedBy = TestPeople.Owner.ObjectId,
            Activity = MessageFactory.Text("What do you dread?"),
            Recipients = [new OutboundRecipient(TestPeople.Megan.ObjectId, TestPeople.Megan.TeamsUserId, "tenant", "https://smba.trafficmanager.net/emea/")],
            NotBefore = DateTimeOffset.UtcNow.AddDays(1),
        });

        await app.SendAsync(TestActivities.PersonalMessage("mydata", TestPeople.Megan));

        var card = app.Connector.Calls.Single(c => c.CardText.Contains("Everything I store about you", StringComparison.Ordinal)).CardText;
        Assert.Contains("Manager: Alex Wilber", card, StringComparison.Ordinal);
        Assert.DoesNotContain("a1000000-0000-4000-8000-000000000001", card, StringComparison.Ordinal);
        Assert.Contains("the date you last used each Copilot app (never how often", card, StringComparison.Ordinal);
        Assert.Contains("**optout**", card, StringComparison.Ordinal);
        Assert.Matches(@"- the dread survey, queued \(\d+ \w+ \d{4}\)", card);
    }

    [SkippableFact]
    public async Task MyData_DemoPerson_NamesAppsAsPeopleKnowThemAndCountsOnePoint()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChampionBot.Data.ChampionDbContext>();
            var megan = await db.Participants.SingleAsync(p => p.ObjectId == TestPeople.Megan.ObjectId);
            db.ChampionEvidence.Add(new ChampionEvidence
            {
                ParticipantId = megan.Id, SourceKey = "test:" + Guid.NewGuid().ToString("N"), Points = 1, Detail = "Reported a use nobody showed.", ObservedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        await app.SendAsync(TestActivities.PersonalMessage("mydata", TestPeople.Megan));

        var card = app.Connector.Calls.Single(c => c.CardText.Contains("Everything I store about you", StringComparison.Ordinal)).CardText;
        Assert.Contains("Copilot Chat: last used", card, StringComparison.Ordinal);
        Assert.DoesNotContain("CopilotChat", card, StringComparison.Ordinal);
        Assert.Contains("Reported a use nobody showed. (1 point)", card, StringComparison.Ordinal);
    }
}
