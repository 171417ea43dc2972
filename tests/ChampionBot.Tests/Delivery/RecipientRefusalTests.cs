using System.Net;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery.Sending;
using ChampionBot.Delivery.Storage;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Delivery;

public sealed class SqliteRecipientRefusalTests : RecipientRefusalTests<SqliteTestDatabase>;

public sealed class PostgresRecipientRefusalTests : RecipientRefusalTests<PostgresTestDatabase>;

/// <summary>
/// A "no" is final: an opt-out or a forget-me given while a copy is queued, claimed, in flight or waiting for a retry
/// stops it. The sender checks when it claims and again right before the POST, through the app's own permissions.
/// </summary>
public abstract class RecipientRefusalTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task SendDueAsync_RecipientOptedOutAfterTheFanOutReadThem_IsNeverSent()
    {
        await using var harness = await DeliveryTesting.StartAsync(new TDatabase());

        var id = await harness.EnqueueAsync(3);
        await OptOutAsync(harness, "object-2");

        await harness.SendDueAsync();

        Assert.Equal(["a:conv-1", "a:conv-3"], harness.Scripted().Sends.Select(s => s.ConversationId).Order());
        Assert.Equal(DeliveryStatus.Cancelled, (await harness.DeliveriesAsync(id)).Single(d => d.RecipientObjectId == "object-2").Status);
    }

    [SkippableFact]
    public async Task SendAsync_OptOutWhileTheCopyIsInFlight_StopsItBeforeThePost()
    {
        await using var harness = await DeliveryTesting.StartAsync(new TDatabase());

        var id = await harness.EnqueueAsync(1);
        var claimed = Assert.Single(await harness.Store().ClaimAsync(10, harness.Clock.GetUtcNow(), "test-sender", CancellationToken.None));
        await OptOutAsync(harness, "object-1");
        Assert.Equal(1, await harness.Outbox.CancelForRecipientAsync("object-1"));

        var outcome = await harness.Services.GetRequiredService<DeliverySender>().SendAsync(claimed, MessageFactory.Text("survey"), CancellationToken.None);
        await harness.Store().WriteOutcomesAsync([outcome], CancellationToken.None);

        Assert.Empty(harness.Scripted().Sends);
        Assert.Equal(DeliveryStatus.Cancelled, Assert.Single(await harness.DeliveriesAsync(id)).Status);
    }

    [SkippableFact]
    public async Task SendDueAsync_OptOutWhileA503RetryIsWaiting_TheRetryNeverReachesThePerson()
    {
        await using var harness = await DeliveryTesting.StartAsync(new TDatabase());

        var id = await harness.EnqueueAsync(1);
        harness.Scripted().Fail = call => call.Attempt == 1 ? ScriptedConnector.Status(HttpStatusCode.ServiceUnavailable) : null;
        await harness.SendDueAsync();
        await OptOutAsync(harness, "object-1");

        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.SendDueAsync();

        Assert.Single(harness.Scripted().Sends);
        Assert.Equal(DeliveryStatus.Cancelled, Assert.Single(await harness.DeliveriesAsync(id)).Status);
    }

    [SkippableFact]
    public async Task ForgetWhileInFlight_TheCopyIsNotSentAndItsOutcomeDoesNotFailTheBatch()
    {
        await using var harness = await DeliveryTesting.StartAsync(new TDatabase());

        var id = await harness.EnqueueAsync(3);
        var claimed = await harness.Store().ClaimAsync(10, harness.Clock.GetUtcNow(), "test-sender", CancellationToken.None);
        await harness.WriteAsync(db => db.DoNotContactList.Add(new DoNotContact { ObjectId = "object-2", Since = harness.Clock.GetUtcNow() }));
        Assert.Equal(1, await harness.Outbox.DeleteForRecipientAsync("object-2"));

        var sender = harness.Services.GetRequiredService<DeliverySender>();
        var outcomes = new List<DeliveryOutcome>();
        foreach (var delivery in claimed)
        {
            outcomes.Add(await sender.SendAsync(delivery, MessageFactory.Text("hi"), CancellationToken.None));
        }

        Assert.Equal(2, await harness.Store().WriteOutcomesAsync(outcomes, CancellationToken.None));
        Assert.Equal(["a:conv-1", "a:conv-3"], harness.Scripted().Sends.Select(s => s.ConversationId).Order());
        Assert.All(await harness.DeliveriesAsync(id), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [SkippableFact]
    public async Task WriteOutcomesAsync_OneRowDeletedMeanwhile_WritesTheOthers()
    {
        await using var harness = await DeliveryTesting.StartAsync(new TDatabase());

        var id = await harness.EnqueueAsync(3);
        var claimed = await harness.Store().ClaimAsync(10, harness.Clock.GetUtcNow(), "test-sender", CancellationToken.None);
        await harness.Outbox.DeleteForRecipientAsync("object-1");
        var now = harness.Clock.GetUtcNow();

        var written = await harness.Store().WriteOutcomesAsync(
            [.. claimed.Select(d => new DeliveryOutcome(d.Id, DeliveryStatus.Sent, d.Attempts, now, ActivityId: "activity-" + d.Id))],
            CancellationToken.None);

        Assert.Equal(2, written);
        Assert.All(await harness.DeliveriesAsync(id), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    private static Task OptOutAsync(AppHost harness, string objectId) => harness.WriteAsync(db =>
        db.Participants.Add(new Participant { ObjectId = objectId, DisplayName = objectId, OptedOutAt = harness.Clock.GetUtcNow() }));
}
