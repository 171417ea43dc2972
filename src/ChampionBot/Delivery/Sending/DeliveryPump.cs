using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using ChampionBot.BotFramework;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChampionBot.Delivery.Sending;

/// <summary>
/// Works through due deliveries: one task claims batches (each claim re-reads the messages' state, so a cancel or a
/// database that cannot be read stops sending, and asks who must no longer be contacted), a pool sized to the
/// ceiling sends, and one writer records outcomes in batches. The bounded queue between them keeps at most about two
/// batches claimed but not yet sent.
/// </summary>
public sealed class DeliveryPump(
    DeliveryStore store,
    DeliverySender sender,
    OutcomeWriter recorder,
    IContactPermissions permissions,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<DeliveryPump> logger)
{
    private readonly ConcurrentDictionary<Guid, Activity> _activities = new();
    private readonly ConcurrentDictionary<Guid, OutboundMessageStatus> _statuses = new();

    /// <summary>Sends until nothing is due. Returns how many deliveries were handled.</summary>
    public async Task<int> SendDueAsync(string senderId, CancellationToken stopping)
    {
        var settings = options.Value;
        var queue = Channel.CreateBounded<ClaimedDelivery>(new BoundedChannelOptions(settings.BatchSize) { SingleWriter = true });
        var outcomes = Channel.CreateUnbounded<DeliveryOutcome>(new UnboundedChannelOptions { SingleReader = true });
        var halted = new StrongBox(false);
        var handled = 0;
        PruneFinishedMessages();

        var writer = recorder.RunAsync(outcomes.Reader);

        // One delivery queued wakes every idle worker, and each waits for a tenant token before it looks; once the queue
        // is closed and empty, those waits are for nothing: they end then, rather than when the bucket refills (which on
        // a clock that does not move, as in tests, is never).
        using var drained = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _ = queue.Reader.Completion.ContinueWith(_ => drained.Cancel(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var workers = Enumerable.Range(0, settings.EffectiveMaxConcurrentSends)
            .Select(_ => Task.Run(() => WorkAsync(queue.Reader, outcomes.Writer, halted, drained.Token, stopping), CancellationToken.None))
            .ToList();
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var (batch, closed) = await ClaimNextAsync(senderId, halted, stopping).ConfigureAwait(false);
                foreach (var outcome in closed)
                {
                    await outcomes.Writer.WriteAsync(outcome, CancellationToken.None).ConfigureAwait(false);
                }

                handled += batch.Count + closed.Count;
                if (halted.Value || batch.Count + closed.Count == 0)
                {
                    break;
                }

                foreach (var delivery in batch)
                {
                    // Never cancelled: a claimed row must reach a worker, which releases it if we are stopping.
                    await queue.Writer.WriteAsync(delivery, CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            queue.Writer.Complete();
            await Task.WhenAll(workers).ConfigureAwait(false);
            outcomes.Writer.Complete();
            await writer.ConfigureAwait(false);
        }

        return handled;
    }

    /// <summary>Deletes sent copies of messages being recalled until none is left to claim. Returns how many.</summary>
    public async Task<int> RecallDueAsync(string senderId, CancellationToken stopping)
    {
        var settings = options.Value;
        var handled = 0;
        while (!stopping.IsCancellationRequested)
        {
            var targets = await store.ClaimRecallsAsync(settings.BatchSize, time.GetUtcNow(), senderId, settings.LeaseDuration, stopping).ConfigureAwait(false);
            if (targets.Count == 0)
            {
                break;
            }

            var results = new ConcurrentBag<DeliveryOutcome>();
            await Parallel.ForEachAsync(targets, new ParallelOptions { MaxDegreeOfParallelism = settings.EffectiveMaxConcurrentSends, CancellationToken = stopping },
                async (target, ct) => results.Add(await sender.DeleteAsync(target, ct).ConfigureAwait(false))).ConfigureAwait(false);
            await recorder.WriteAsync(results).ConfigureAwait(false);
            handled += targets.Count;
        }

        return handled;
    }

    /// <summary>Between runs nothing is queued, so messages that can no longer send can be forgotten.</summary>
    private void PruneFinishedMessages()
    {
        foreach (var (id, status) in _statuses)
        {
            if (status is not (OutboundMessageStatus.Pending or OutboundMessageStatus.Sending))
            {
                _statuses.TryRemove(id, out _);
                _activities.TryRemove(id, out _);
            }
        }
    }

    /// <summary>
    /// Claims the next batch and asks, as part of the claim, who of its recipients must no longer be contacted: their
    /// rows come back closed (never queued). If that cannot be asked, the batch is released unsent and sending halts.
    /// </summary>
    private async Task<(IReadOnlyList<ClaimedDelivery> Send, IReadOnlyList<DeliveryOutcome> Closed)> ClaimNextAsync(
        string senderId, StrongBox halted, CancellationToken stopping)
    {
        IReadOnlyList<ClaimedDelivery> batch = [];
        try
        {
            if (!_statuses.IsEmpty)
            {
                // Cancel fails closed: the state of every message already queued is read again before each batch.
                var statuses = await store.ReadStatusesAsync([.. _statuses.Keys], stopping).ConfigureAwait(false);
                foreach (var (id, _) in _statuses)
                {
                    _statuses[id] = statuses.TryGetValue(id, out var status) ? status : OutboundMessageStatus.Cancelled;
                }
            }

            batch = await store.ClaimAsync(options.Value.BatchSize, time.GetUtcNow(), senderId, stopping).ConfigureAwait(false);
            recorder.Hold(batch.Select(d => d.Id));
            if (batch.Count == 0)
            {
                return ([], []);
            }

            var refused = await permissions.MustNotContactAsync([.. batch.Select(d => d.RecipientObjectId).Distinct(StringComparer.Ordinal)], stopping).ConfigureAwait(false);
            var unknown = batch.Select(d => d.MessageId).Distinct().Where(id => !_activities.ContainsKey(id)).ToList();
            if (unknown.Count > 0)
            {
                foreach (var (id, json) in await store.ReadActivitiesAsync(unknown, stopping).ConfigureAwait(false))
                {
                    _activities[id] = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity) ?? new Activity();
                }

                await store.MarkSendingAsync(unknown, stopping).ConfigureAwait(false);
                foreach (var id in unknown)
                {
                    _statuses[id] = OutboundMessageStatus.Sending;
                }
            }

            var now = time.GetUtcNow();
            return ([.. batch.Where(d => !refused.Contains(d.RecipientObjectId))],
                [.. batch.Where(d => refused.Contains(d.RecipientObjectId)).Select(d => DeliverySender.Refused(d, now))]);
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested || batch.Count > 0)
        {
            halted.Value = true;
            DeliveryLog.FailedClosed(logger, ex);
            return ([], [.. batch.Select(Release)]);
        }
    }

    /// <summary>
    /// A worker takes its tenant token before it takes a delivery off the queue, so a delivery leaves the queue only
    /// to be sent at once: at a crash, the InFlight rows are the claimed batch still queued plus the requests truly
    /// under way, not every worker waiting for its turn.
    /// </summary>
    private async Task WorkAsync(
        ChannelReader<ClaimedDelivery> queue, ChannelWriter<DeliveryOutcome> outcomes, StrongBox halted, CancellationToken drained, CancellationToken stopping)
    {
        while (await queue.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var tokenHeld = false;
            if (!halted.Value && !stopping.IsCancellationRequested)
            {
                try
                {
                    await sender.AcquireTenantTokenAsync(drained).ConfigureAwait(false);
                    tokenHeld = true;
                }
                catch (OperationCanceledException) when (drained.IsCancellationRequested)
                {
                    // Stopping, or nothing left to send: TryRead below finds out which.
                }
            }

            if (!queue.TryRead(out var delivery))
            {
                continue; // another worker took it; the token is spent, which only happens as a queue runs dry
            }

            var outcome = await HandleAsync(delivery, tokenHeld, halted, stopping).ConfigureAwait(false);
            await outcomes.WriteAsync(outcome, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<DeliveryOutcome> HandleAsync(ClaimedDelivery delivery, bool tokenHeld, StrongBox halted, CancellationToken stopping)
    {
        if (halted.Value || stopping.IsCancellationRequested)
        {
            return Release(delivery);
        }

        if (_statuses.TryGetValue(delivery.MessageId, out var status) && status is not (OutboundMessageStatus.Pending or OutboundMessageStatus.Sending))
        {
            return new DeliveryOutcome(delivery.Id, delivery.WasAmbiguous ? DeliveryStatus.Ambiguous : DeliveryStatus.Cancelled,
                delivery.Attempts - 1, time.GetUtcNow());
        }

        try
        {
            return await sender.SendAsync(delivery, _activities[delivery.MessageId], stopping, tokenHeld).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Only the waits before the request observe the stopping token, so nothing was sent.
            return Release(delivery);
        }
    }

    private DeliveryOutcome Release(ClaimedDelivery delivery) =>
        new(delivery.Id, DeliveryStatus.Pending, delivery.Attempts - 1, time.GetUtcNow(), NextAttemptAt: time.GetUtcNow());

    private sealed class StrongBox(bool value)
    {
        private volatile bool _value = value;

        public bool Value
        {
            get => _value;
            set => _value = value;
        }
    }
}
