using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Delivery.Progress;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Delivery;

/// <summary>The requester sees one card, posted once and then updated in place, never a message per step.</summary>
public sealed class ProgressTests
{
    private static readonly ProgressConversation OwnerChat = new(DeliveryTesting.ServiceUrl, "a:owner-chat");

    [SkippableFact]
    public async Task TickAsync_DuringAndAfterASend_PostsOneCardThenUpdatesItInPlace()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase());
        var id = await harness.EnqueueAsync(8, OwnerChat);

        await harness.Progress().TickAsync(CancellationToken.None);
        await harness.SendDueAsync();
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        await harness.Progress().TickAsync(CancellationToken.None);

        var ownerCalls = harness.Scripted().Calls.Where(c => c.ConversationId == OwnerChat.ConversationId).ToList();
        Assert.Equal(["send", "update"], ownerCalls.Select(c => c.Kind));
        var card = (await harness.MessageAsync(id)).ProgressActivityId;
        Assert.Equal(card, ownerCalls[1].ActivityId);
        Assert.Equal(OutboundMessageStatus.Completed, (await harness.MessageAsync(id)).Status);
    }

    [SkippableFact]
    public async Task GetProgressAsync_PartlyBlocked_CountsEachOutcome()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase());
        harness.Scripted().Fail = call => call.ConversationId is "a:conv-1" or "a:conv-2"
            ? ScriptedConnector.Status(System.Net.HttpStatusCode.Forbidden)
            : null;
        var id = await harness.EnqueueAsync(5);

        var before = await harness.Outbox.GetProgressAsync(id);
        await harness.SendDueAsync();
        var after = await harness.Outbox.GetProgressAsync(id);

        Assert.Equal((5, 0, 5), (before!.Total, before.Sent, before.Remaining));
        Assert.Equal((3, 2, 0), (after!.Sent, after.Blocked, after.Remaining));
        Assert.True(after.IsFinished);
    }

    [SkippableFact]
    public void ProgressCard_Build_ShowsCountsAndTimeLeft()
    {
        var progress = new DeliveryProgress(Guid.NewGuid(), OutboundMessageStatus.Sending, 10_000, 4_000, 12, 30, 5, 0, 0, 0, 5_953, TimeSpan.FromMinutes(2));

        var json = ProgressCard.Build(progress).ToJson();

        Assert.Contains("4,000 of 10,000", json, StringComparison.Ordinal);
        Assert.Contains("about 2 min", json, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ProgressCard_Build_EverythingLeftHeldForQuietHours_SaysItWaitsForTheirWorkingDay()
    {
        var progress = new DeliveryProgress(Guid.NewGuid(), OutboundMessageStatus.Pending, 6, 0, 0, 0, 0, 0, 0, 0, 6, null, HeldForQuietHours: 6);

        var json = ProgressCard.Build(progress).ToJson();

        Assert.Contains("Waiting for quiet hours to end", json, StringComparison.Ordinal);
        Assert.Contains("when their working day starts", json, StringComparison.Ordinal);
        Assert.Contains("6 people are outside working hours", json, StringComparison.Ordinal);
        Assert.DoesNotContain("under a minute", json, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TickAsync_SomeRecipientsInTheirEvening_CardCountsThemAsHeldForQuietHours()
    {
        var evening = new DateTimeOffset(2026, 11, 25, 19, 0, 0, TimeSpan.Zero); // 19:00 in London, 11:00 in Los Angeles
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase(), o => o.QuietHours.Enabled = true, evening);
        await harness.Outbox.EnqueueAsync(DeliveryTesting.Request(
            [DeliveryTesting.Person(1, timeZone: "Europe/London"), DeliveryTesting.Person(2, timeZone: "Europe/London"), DeliveryTesting.Person(3, timeZone: "America/Los_Angeles")],
            OwnerChat));

        await harness.SendDueAsync();
        await harness.Progress().TickAsync(CancellationToken.None);

        var card = Assert.Single(harness.Scripted().Calls, c => c.ConversationId == OwnerChat.ConversationId).Activity!.Attachments![0].Content.ToString();
        Assert.Contains("1 of 3", card, StringComparison.Ordinal);
        Assert.Contains("2 people are outside working hours", card, StringComparison.Ordinal);
        Assert.Contains("when their working day starts", card, StringComparison.Ordinal);
    }
}
