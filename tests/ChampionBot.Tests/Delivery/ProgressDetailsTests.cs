using System.Text.Json;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Delivery.Progress;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Delivery;

/// <summary>The progress card names what was sent and, for the requester, who removed the bot (403).</summary>
public sealed class ProgressDetailsTests
{
    private static readonly ProgressConversation OwnerChat = new(DeliveryTesting.ServiceUrl, "a:owner-chat");

    [SkippableFact]
    public async Task TickAsync_SomeRemovedTheBot_CardNamesWhatWasSentAndTheOutboxListsWhoCouldNotBeReached()
    {
        await using var harness = (await DeliveryTesting.StartAsync(new SqliteTestDatabase()))!;
        harness.Scripted().Fail = call => call.ConversationId is "a:conv-2"
            ? ScriptedConnector.Status(System.Net.HttpStatusCode.Forbidden)
            : null;
        var id = await harness.EnqueueAsync(3, OwnerChat);

        await harness.SendDueAsync();
        await harness.Progress().TickAsync(CancellationToken.None);

        var card = JsonSerializer.Serialize(harness.Scripted().Calls.Last(c => c.ConversationId == OwnerChat.ConversationId).Activity!.Attachments![0].Content);
        Assert.Contains("Message: Hello champions", card, StringComparison.Ordinal);
        Assert.Contains("1 person has removed or blocked ChampionBot", card, StringComparison.Ordinal);
        Assert.Equal(["object-2"], await harness.Outbox.BlockedRecipientsAsync(id));
    }

    [SkippableFact]
    public void ProgressCard_Build_WithTitleAndNames_SaysWhatWasSentAndNamesWhoWasNotReached()
    {
        var progress = new DeliveryProgress(Guid.NewGuid(), OutboundMessageStatus.Completed, 14, 11, 0, 3, 0, 0, 0, 0, 0, null);

        var json = ProgressCard.Build(progress, new ProgressDetails("What part of your week do you dread most?", ["Pat Example", "Lee Sample"])).ToJson();

        Assert.Contains("Message: What part of your week do you dread most?", json, StringComparison.Ordinal);
        Assert.Contains("3 people have removed or blocked ChampionBot: Pat Example, Lee Sample and 1 more", json, StringComparison.Ordinal);
    }
}
