using System.Collections.Concurrent;
using System.Threading.Channels;
using ChampionBot.Delivery.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChampionBot.Delivery.Sending;

/// <summary>
/// Records outcomes in batches and keeps each one in memory until the database has it: during an outage it retries
/// with backoff, however long that takes, so no outcome is dropped and no sent copy is later mistaken for an orphan
/// and sent again. It also knows which claimed rows this process still holds, so the sender can tell its own rows
/// whose claim answer was lost (never sent) from the ones whose outcome is still on its way.
/// </summary>
public sealed class OutcomeWriter(DeliveryStore store, IOptions<DeliveryOptions> options, TimeProvider time, ILogger<OutcomeWriter> logger)
{
    private const int BatchLimit = 1000;
    private readonly ConcurrentDictionary<long, byte> _held = new();

    /// <summary>Rows claimed by this process whose outcome is not written yet.</summary>
    public IReadOnlySet<long> Held => _held.Keys.ToHashSet();

    public void Hold(IEnumerable<long> deliveryIds)
    {
        foreach (var id in deliveryIds)
        {
            _held[id] = 0;
        }
    }

    /// <summary>Writes everything the channel yields until it completes.</summary>
    public async Task RunAsync(ChannelReader<DeliveryOutcome> outcomes)
    {
        var batch = new List<DeliveryOutcome>(BatchLimit);
        while (await outcomes.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (batch.Count < BatchLimit && outcomes.TryRead(out var outcome))
            {
                batch.Add(outcome);
            }

            await WriteAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    /// <summary>Returns once the batch is written; until then it retries with backoff.</summary>
    public async Task WriteAsync(IReadOnlyCollection<DeliveryOutcome> batch)
    {
        var settings = options.Value;
        var maxWait = settings.LeaseDuration / 4 > settings.IdlePollInterval ? settings.LeaseDuration / 4 : settings.IdlePollInterval;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.WriteOutcomesAsync(batch, CancellationToken.None).ConfigureAwait(false);
                break;
            }
            catch (Exception ex)
            {
                var wait = Backoff.ForAttempt(attempt, settings.IdlePollInterval, maxWait, Random.Shared);
                DeliveryLog.OutcomesNotRecorded(logger, batch.Count, attempt, wait.TotalSeconds, ex);
                await Task.Delay(wait, time).ConfigureAwait(false);
            }
        }

        DeliveryMetrics.Recorded(batch);
        foreach (var outcome in batch)
        {
            _held.TryRemove(outcome.Id, out _);
        }
    }
}
