using System.Threading.Channels;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Hosting;

/// <summary>
/// Non-invoke activities are answered with 200 at once and handled here, off the request, so slow work
/// (database, Graph, sending) never holds the channel's HTTP call.
/// </summary>
public sealed class TurnQueue
{
    private readonly Channel<Activity> _channel = Channel.CreateBounded<Activity>(new BoundedChannelOptions(10_000)
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    private int _pending;
    private TaskCompletionSource _idle = NewIdleSource(completed: true);

    internal ChannelReader<Activity> Reader => _channel.Reader;

    public async ValueTask EnqueueAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (_channel)
        {
            if (_pending++ == 0)
            {
                _idle = NewIdleSource(completed: false);
            }
        }

        await _channel.Writer.WriteAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes when every queued activity has been handled (tests and graceful shutdown wait on it).</summary>
    public Task WhenIdleAsync()
    {
        lock (_channel)
        {
            return _idle.Task;
        }
    }

    internal void MarkHandled()
    {
        lock (_channel)
        {
            if (--_pending == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource NewIdleSource(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            source.SetResult();
        }

        return source;
    }
}
