using System.Net;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Nominations;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Delivery;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Nominations;

public sealed class SqliteConsentDeliveryTests : ConsentDeliveryTests<SqliteTestDatabase>;

public sealed class PostgresConsentDeliveryTests : ConsentDeliveryTests<PostgresTestDatabase>;

/// <summary>A consent card the nominee could not get is not lost: the follow-up job sends it once they can be reached.</summary>
public abstract class ConsentDeliveryTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task FollowUp_NomineeUnreachableWhenNominated_ConsentSentOnceTheyOpenTheBot()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.SayAsync("help", TestPeople.Owner);
        await host.EnrolEveryoneAsync();

        // No chat with Megan and the pilot team not known yet: there is no way to reach her.
        var replies = await host.SayAsync("nominate megan", TestPeople.Owner);
        var nomination = await host.NominationOfAsync(TestPeople.Megan);
        await host.RunSchedulerAsync();
        var stillUnsent = await host.NominationOfAsync(TestPeople.Megan);
        var listed = string.Join('\n', (await host.SayAsync("nominations", TestPeople.Owner)).Select(c => c.CardText));
        await host.SayAsync("help", TestPeople.Megan);
        await host.RunSchedulerAsync();
        await host.RunSchedulerAsync();

        Assert.Contains(replies, r => r.Text?.Contains("I'll ask them as soon as I can", StringComparison.Ordinal) == true);
        Assert.Equal((NominationStatus.AwaitingConsent, 0), (stillUnsent.Status, stillUnsent.SentCount));
        Assert.Contains("(manager: asked once the nominee says yes): not asked yet: I can't reach them in Teams", listed, StringComparison.Ordinal);
        var (consent, deliveries) = await host.QueuedAsync(NominationMessages.ConsentKey(nomination.Id, 1));
        Assert.Contains("Would you like to be nominated", NominationHostExtensions.Card(consent).GetRawText(), StringComparison.Ordinal);
        Assert.Equal(TestPeople.Megan.ObjectId, Assert.Single(deliveries).RecipientObjectId);
        Assert.NotNull(deliveries[0].ConversationId);
        Assert.Equal(1, (await host.NominationOfAsync(TestPeople.Megan)).SentCount);
        Assert.False(await host.IsQueuedAsync(NominationMessages.ConsentKey(nomination.Id, 2)));
    }

    [SkippableFact]
    public async Task FollowUp_ConsentReachedNobody_SentAgainOnlyAfterTheNomineeTalksToTheBot()
    {
        await using var host = await DeliveryTesting.StartAsync(new TDatabase(), now: AppHost.DefaultStart);
        await host.SayAsync("help", TestPeople.Owner);
        await host.SendAsync(TestActivities.ChannelMention("help", TestPeople.Owner));
        await host.EnrolEveryoneAsync();
        // Teams refuses a 1:1 chat with someone who has not installed the bot.
        host.Scripted().Fail = call => call.Kind == "create" ? ScriptedConnector.Status(HttpStatusCode.Forbidden) : null;

        await host.SayAsync("nominate megan", TestPeople.Owner);
        var nomination = await host.NominationOfAsync(TestPeople.Megan);
        await host.SendDueAsync();
        await host.RunSchedulerAsync();
        var notYet = await host.IsQueuedAsync(NominationMessages.ConsentKey(nomination.Id, 2));
        host.Scripted().Fail = _ => null;
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.SayAsync("hi", TestPeople.Megan);
        await host.RunSchedulerAsync();
        await host.SendDueAsync();
        await host.RunSchedulerAsync();

        var first = await host.QueryAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.OutboundMessage!.IdempotencyKey == NominationMessages.ConsentKey(nomination.Id, 1)));
        Assert.Equal(DeliveryStatus.Blocked, first.Status);
        Assert.False(notYet);
        var (_, again) = await host.QueuedAsync(NominationMessages.ConsentKey(nomination.Id, 2));
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(again).Status);
        Assert.Equal(2, (await host.NominationOfAsync(TestPeople.Megan)).SentCount);
        Assert.False(await host.IsQueuedAsync(NominationMessages.ConsentKey(nomination.Id, 3)));
    }
}
