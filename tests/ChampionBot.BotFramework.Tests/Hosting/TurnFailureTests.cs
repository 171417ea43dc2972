using ChampionBot.BotFramework.Hosting;
using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChampionBot.BotFramework.Tests.Hosting;

/// <summary>A queued turn that fails after the channel got its 200 is handed to the app's responders, not only logged.</summary>
public sealed class TurnFailureTests
{
    private sealed class RecordingResponder(bool fail) : ITurnFailureResponder
    {
        public List<(string? Text, Exception Exception)> Failures { get; } = [];

        public Task OnTurnFailedAsync(TurnContext turn, Exception exception)
        {
            Failures.Add((turn.Activity.Text, exception));
            return fail ? throw new InvalidOperationException("the reply failed too") : Task.CompletedTask;
        }
    }

    private static async Task<List<string>> RunAsync(RecordingResponder responder, params string[] texts)
    {
        var handled = new List<string>();
        var router = new ActivityRouter().OnMessage(turn =>
        {
            handled.Add(turn.Activity.Text!);
            return turn.Activity.Text == "optout" ? throw new TimeoutException("database down") : Task.CompletedTask;
        });
        await using var services = new ServiceCollection().AddSingleton<ITurnFailureResponder>(responder).BuildServiceProvider();
        var queue = new TurnQueue();
        using var processor = new TurnProcessor(queue, new TurnRunner(services.GetRequiredService<IServiceScopeFactory>(), router), NullLogger<TurnProcessor>.Instance);
        await processor.StartAsync(CancellationToken.None);
        foreach (var text in texts)
        {
            await queue.EnqueueAsync(new Activity { Type = ActivityTypes.Message, Text = text, Conversation = new ConversationAccount { Id = "a:1" } }, CancellationToken.None);
        }

        await queue.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await processor.StopAsync(CancellationToken.None);
        return handled;
    }

    [Fact]
    public async Task Process_TurnThrows_ResponderIsToldWithTheActivityAndTheFailure()
    {
        var responder = new RecordingResponder(fail: false);

        var handled = await RunAsync(responder, "help", "optout");

        Assert.Equal(["help", "optout"], handled);
        var (text, exception) = Assert.Single(responder.Failures);
        Assert.Equal("optout", text);
        Assert.IsType<TimeoutException>(exception);
    }

    [Fact]
    public async Task Process_ResponderThrowsToo_LaneGoesOn()
    {
        var responder = new RecordingResponder(fail: true);

        var handled = await RunAsync(responder, "optout", "help");

        Assert.Equal(["optout", "help"], handled);
        Assert.Single(responder.Failures);
    }
}
