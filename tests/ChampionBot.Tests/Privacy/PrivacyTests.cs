using System.Text.Json.Nodes;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Privacy;

public sealed class SqlitePrivacyTests(SqliteTestDatabase database) : PrivacyTests<SqliteTestDatabase>(database);

public sealed class PostgresPrivacyTests(PostgresTestDatabase database) : PrivacyTests<PostgresTestDatabase>(database);

/// <summary>optout, optin, mydata and forget me, through the real pipeline.</summary>
public abstract class PrivacyTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task OptOut_WithAPendingProactiveSend_CancelsItAndExplainsHowToOptIn()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var person = NewPerson();
        await app.SendAsync(TestActivities.PersonalMessage("help", person));
        var messageId = await app.Services.GetRequiredService<IOutbox>().EnqueueAsync(new OutboundRequest
        {
            Kind = OutboundMessageKind.Challenge,
            RequestedBy = "system",
            Activity = MessageFactory.Text("This week's challenge"),
            Recipients = [new OutboundRecipient(person.ObjectId, person.TeamsUserId, "tenant", "https://smba.trafficmanager.net/emea/")],
            NotBefore = DateTimeOffset.UtcNow.AddDays(1),
        });
        app.Connector.Clear();

        await app.SendAsync(TestActivities.PersonalMessage("optout", person));

        var reply = Assert.Single(app.Connector.Calls).Text!;
        Assert.Contains("you're opted out", reply, StringComparison.Ordinal);
        Assert.Contains("stopped 1 message", reply, StringComparison.Ordinal);
        Assert.Contains("**optin**", reply, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.Cancelled, await app.QueryAsync(db => db.Deliveries.Where(d => d.OutboundMessageId == messageId).Select(d => d.Status).SingleAsync()));
        Assert.NotNull(await app.QueryAsync(db => db.Participants.Where(p => p.ObjectId == person.ObjectId).Select(p => p.OptedOutAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task OptIn_AfterOptOut_ClearsTheOptOut()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var person = NewPerson();
        await app.SendAsync(TestActivities.PersonalMessage("optout", person));

        await app.SendAsync(TestActivities.PersonalMessage("optin", person));

        Assert.Contains("Welcome back", app.Connector.Calls[^1].Text, StringComparison.Ordinal);
        Assert.Null(await app.QueryAsync(db => db.Participants.Where(p => p.ObjectId == person.ObjectId).Select(p => p.OptedOutAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task OptOut_InAChannel_AsksForTheOneToOneChatAndChangesNothing()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);

        await app.SendAsync(TestActivities.ChannelMention("optout", TestPeople.Megan));

        Assert.Contains("1:1 chat", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
        Assert.Null(await app.QueryAsync(db => db.Participants.Where(p => p.ObjectId == TestPeople.Megan.ObjectId).Select(p => p.OptedOutAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task MyData_AfterAResult_ShowsEverySectionWithCountsAndContents()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var person = NewPerson();
        await app.SendAsync(TestActivities.PersonalMessage("help", person));
        var challenge = await app.PostChallengeAsync();
        await app.EnrolAsync(challenge, person);
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, differently: "Used it for the agenda too"), person));
        app.Connector.Clear();

        await app.SendAsync(TestActivities.PersonalMessage("mydata", person));

        var card = Assert.Single(app.Connector.Calls).CardText;
        Assert.Contains("Everything I store about you", card, StringComparison.Ordinal);
        Assert.Contains($"Entra object id: {person.ObjectId}", card, StringComparison.Ordinal);
        Assert.Contains("Your results (1)", card, StringComparison.Ordinal);
        Assert.Contains("Used it for the agenda too", card, StringComparison.Ordinal);
        Assert.Contains("Champion evidence besides your results (3)", card, StringComparison.Ordinal);
        Assert.Contains("Conversations I can reach you in (1)", card, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ForgetMe_Confirmed_DeletesEverythingLinkedAndKeepsOnlyAnonymousNumbers()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var person = NewPerson();
        var challenge = await app.PostChallengeAsync();
        await app.EnrolAsync(challenge, person);
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, differently: "Something personal"), person));
        await app.SendAsync(TestActivities.PersonalMessage("forget me", person));
        var confirm = app.Connector.Calls[^1].CardJson;

        var done = (await app.InvokeAsync(TestActivities.CardAction("privacy.forget.confirm", [], person))).CardJson;

        Assert.Contains("privacy.forget.confirm", confirm, StringComparison.Ordinal);
        Assert.Contains("forgotten you", done, StringComparison.Ordinal);
        var (participants, references, evidence, audit) = await app.QueryAsync(async db => (
            await db.Participants.CountAsync(p => p.ObjectId == person.ObjectId),
            await db.ConversationReferences.CountAsync(r => r.UserAadObjectId == person.ObjectId),
            await db.ChampionEvidence.CountAsync(e => e.SourceKey == $"challenge:{challenge.Id}"),
            await db.AuditEntries.Where(a => a.Action == "participant.forgotten").ToListAsync()));
        Assert.Equal((0, 0, 0), (participants, references, evidence));
        var anonymous = Assert.Single(await app.ResultsAsync(challenge.Id));
        Assert.Equal((null, null, 45), (anonymous.ParticipantId, anonymous.WhatTheyDidDifferently, anonymous.MinutesBefore - anonymous.MinutesWithAi));
        Assert.DoesNotContain(audit, a => (a.Details ?? string.Empty).Contains(person.ObjectId, StringComparison.Ordinal) || a.ActorObjectId == person.ObjectId);
        Assert.NotEmpty(audit);
    }

    [SkippableFact]
    public async Task ForgetMe_Cancelled_KeepsEverything()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var person = NewPerson();
        await app.QueryAsync(db =>
        {
            db.Participants.Add(new Participant { ObjectId = person.ObjectId, DisplayName = person.Name, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });

        var kept = (await app.InvokeAsync(TestActivities.CardAction("privacy.forget.cancel", [], person))).CardJson;

        Assert.Contains("Nothing deleted", kept, StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.Participants.CountAsync(p => p.ObjectId == person.ObjectId)));
    }

    private static TestPerson NewPerson()
    {
        var id = Guid.NewGuid().ToString();
        return new TestPerson("Pat Example", id, "29:pat-" + id);
    }
}
