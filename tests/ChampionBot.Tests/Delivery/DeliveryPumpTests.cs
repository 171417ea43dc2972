using System.Net;
using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Delivery;

/// <summary>The sender end to end on SQLite: claim, send, record — and what it does with each kind of failure.</summary>
public sealed class DeliveryPumpTests
{
    [SkippableFact]
    public async Task SendDueAsync_FreshMessage_SendsEachRecipientOnceAndRecordsActivityIds()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase());
        var id = await harness.EnqueueAsync(25);

        await harness.SendDueAsync();

        var deliveries = await harness.DeliveriesAsync(id);
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.All(deliveries, d => Assert.StartsWith("act-", d.ActivityId, StringComparison.Ordinal));
        Assert.Equal(25, harness.Scripted().Sends.Select(c => c.ConversationId).Distinct().Count());
        Assert.Equal(25, harness.Scripted().Sends.Count());
    }

    [SkippableFact]
    public async Task SendDueAsync_NoStoredConversation_CreatesTheChatWithTenantAndKeepsItsId()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase());
        var id = await harness.Outbox.EnqueueAsync(DeliveryTesting.Request([DeliveryTesting.Person(7, storedConversation: false)]));

        await harness.SendDueAsync();

        var delivery = Assert.Single(await harness.DeliveriesAsync(id));
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.Equal("conv-29:user-7", delivery.ConversationId);
        Assert.Equal(["create", "send"], harness.Scripted().Calls.Select(c => c.Kind));
    }

    [SkippableFact]
    public async Task SendDueAsync_403_RecordsBlockedAndNeverRetries()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase());
        harness.Scripted().Fail = call => call.ConversationId == "a:conv-2" ? ScriptedConnector.Status(HttpStatusCode.Forbidden) : null;
        var id = await harness.EnqueueAsync(3);

        await harness.SendDueAsync();
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.SendDueAsync();

        var blocked = (await harness.DeliveriesAsync(id)).Single(d => d.ConversationId == "a:conv-2");
        Assert.Equal(DeliveryStatus.Blocked, blocked.Status);
        Assert.Equal(1, blocked.Attempts);
        Assert.Single(harness.Scripted().Sends, c => c.ConversationId == "a:conv-2");
    }

    [SkippableFact]
    public async Task SendDueAsync_404_RecordsNotFound()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase());
        harness.Scripted().Fail = call => ScriptedConnector.Status(HttpStatusCode.NotFound);
        var id = await harness.EnqueueAsync(1);

        await harness.SendDueAsync();

        Assert.Equal(DeliveryStatus.NotFound, Assert.Single(await harness.DeliveriesAsync(id)).Status);
    }

    [SkippableFact]
    public async Task SendDueAsync_503EveryTime_RetriesWithBackoffThenFailsAfterMaxAttempts()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase(), o => o.MaxAttempts = 3);
        harness.Scripted().Fail = _ => ScriptedConnector.Status(HttpStatusCode.ServiceUnavailable);
        var id = await harness.EnqueueAsync(1);

        await harness.SendDueAsync();
        var afterFirst = Assert.Single(await harness.DeliveriesAsync(id));
        Assert.Equal(DeliveryStatus.Pending, afterFirst.Status);
        Assert.True(afterFirst.NextAttemptAt > harness.Clock.GetUtcNow(), "the retry waits for its backoff");

        await harness.SendDueAsync();
        Assert.Single(harness.Scripted().Sends);

        for (var i = 0; i < 3; i++)
        {
            harness.Clock.Advance(TimeSpan.FromMinutes(5));
            await harness.SendDueAsync();
        }

        var final = Assert.Single(await harness.DeliveriesAsync(id));
        Assert.Equal(DeliveryStatus.Failed, final.Status);
        Assert.Equal(3, final.Attempts);
        Assert.Equal(3, harness.Scripted().Sends.Count());
    }

    [SkippableFact]
    public async Task SendDueAsync_502ThenSuccess_EndsSentOnTheSecondAttempt()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase());
        harness.Scripted().Fail = call => call.Attempt == 1 ? ScriptedConnector.Status(HttpStatusCode.BadGateway) : null;
        var id = await harness.EnqueueAsync(4);

        await harness.SendDueAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.SendDueAsync();

        Assert.All(await harness.DeliveriesAsync(id), d => Assert.Equal((DeliveryStatus.Sent, 2), (d.Status, d.Attempts)));
    }
}
