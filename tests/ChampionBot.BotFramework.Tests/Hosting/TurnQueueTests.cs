using ChampionBot.BotFramework.Hosting;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Tests.Hosting;

public sealed class TurnQueueTests
{
    [Fact]
    public async Task Enqueue_OneConversationAndItsThreads_LandInOneLaneInArrivalOrder()
    {
        var queue = new TurnQueue();
        string[] conversations = ["19:c@thread.tacv2", "19:c@thread.tacv2;messageid=1", "19:c@thread.tacv2;messageid=2", "19:c@thread.tacv2"];
        for (var i = 0; i < conversations.Length; i++)
        {
            await queue.EnqueueAsync(new Activity { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Conversation = new ConversationAccount { Id = conversations[i] } }, CancellationToken.None);
        }

        var lanes = Enumerable.Range(0, TurnQueue.Lanes).Select(queue.Lane).Where(l => l.Count > 0).ToList();
        var lane = Assert.Single(lanes);
        var order = new List<string>();
        while (lane.TryRead(out var activity))
        {
            order.Add(activity.Id!);
        }

        Assert.Equal(["0", "1", "2", "3"], order);
    }

    [Fact]
    public async Task WhenIdleAsync_CompletesOnlyAfterEveryActivityIsHandled()
    {
        var queue = new TurnQueue();
        await queue.EnqueueAsync(new Activity { Conversation = new ConversationAccount { Id = "a" } }, CancellationToken.None);
        await queue.EnqueueAsync(new Activity { Conversation = new ConversationAccount { Id = "b" } }, CancellationToken.None);

        var idle = queue.WhenIdleAsync();
        queue.MarkHandled();
        Assert.False(idle.IsCompleted);
        queue.MarkHandled();

        await idle.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
