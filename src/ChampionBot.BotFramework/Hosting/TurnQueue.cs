using System.Threading.Channels;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Hosting;

/// <summary>
/// Non-invoke activities are answered with 200 at once and handled here, off the request, so slow work
/// (database, Graph, sending) never holds the channel's HTTP call. Activities of one conversation always land in the
/// same lane and are handled in the order they arrived (a welcome before the answer to the first message);
/// different conversations are handled in parallel.
/// </summary>
public sealed class TurnQueue
{
    public const int Lanes = 8;
    private const int LaneCapacity = 2_000;

    private readonly Channel<Activity>[] _lanes = [.. Enumerable.Range(0, Lanes).Select(_ => Channel.CreateBounded<Activity>(
        new BoundedChannelOptions(LaneCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true }))];

    private readonly Lock _gate = new();
    private int _pending;
    private TaskCompletionSource _idle = NewIdleSource(completed: true);

    internal ChannelReader<Activity> Lane(int index) => _lanes[index].Reader;

    public async ValueTask EnqueueAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_pending++ == 0)
            {
                _idle = NewIdleSource(completed: false);
            }
        }

        await _lanes[LaneOf(activity)].Writer.WriteAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes when every queued activity has been handled (tests and graceful shutdown wait on it).</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            return _idle.Task;
        }
    }

    internal void MarkHandled()
    {
        lock (_gate)
        {
            if (--_pending == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    private static int LaneOf(Activity activity)
    {
        // A channel thread ("19:x;messageid=1") belongs to its channel's lane.
        var conversation = activity.Conversation?.Id ?? string.Empty;
        var separator = conversation.IndexOf(';', StringComparison.Ordinal);
        var key = separator < 0 ? conversation : conversation[..separator];
        return (int)((uint)StringComparer.Ordinal.GetHashCode(key) % Lanes);
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
