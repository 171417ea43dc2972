using ChampionBot.Data.Entities;
using ChampionBot.Delivery.Sending;
using ChampionBot.Delivery.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChampionBot.Delivery.Progress;

/// <summary>
/// On each tick: counts every open message, keeps its progress card current (posting it once, then updating it in
/// place through the same rate-limited path as the sends) and closes messages that have nothing left to do.
/// </summary>
public sealed class ProgressReporter(
    MessageStore messages,
    DeliverySender sender,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<ProgressReporter> logger)
{
    private readonly Dictionary<Guid, (DeliveryProgress Progress, DateTimeOffset At)> _last = [];

    public async Task TickAsync(CancellationToken cancellationToken)
    {
        foreach (var message in await messages.ReadOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            var counts = await messages.CountAsync(message.Id, cancellationToken).ConfigureAwait(false);
            var progress = Estimate(DeliveryProgress.From(message.Id, message.Status, counts, null), message);
            var finishAs = FinalStatus(progress, counts);
            if (finishAs is { } final)
            {
                progress = progress with { Status = final, EstimatedTimeLeft = null };
            }

            await UpdateCardAsync(message, progress, cancellationToken).ConfigureAwait(false);
            _last[message.Id] = (progress, time.GetUtcNow());
            if (finishAs is { } status && await messages.FinishAsync(message.Id, message.Status, status, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            {
                _last.Remove(message.Id);
                DeliveryLog.MessageFinished(logger, message.Id, status.ToString());
            }
        }
    }

    /// <summary>The status a message ends in once nothing of it is pending or in flight; null while work remains.</summary>
    private static OutboundMessageStatus? FinalStatus(DeliveryProgress progress, Dictionary<DeliveryStatus, int> counts) => progress.Status switch
    {
        OutboundMessageStatus.Pending or OutboundMessageStatus.Sending when progress.Remaining == 0 => OutboundMessageStatus.Completed,
        OutboundMessageStatus.Cancelled when progress.Remaining == 0 => OutboundMessageStatus.Cancelled,
        OutboundMessageStatus.Recalling when progress.Remaining == 0 && !counts.ContainsKey(DeliveryStatus.Sent) => OutboundMessageStatus.Recalled,
        _ => null,
    };

    /// <summary>Time left from the rate observed since the last tick, else from the configured ceiling.</summary>
    private DeliveryProgress Estimate(DeliveryProgress progress, OpenMessage message)
    {
        if (progress.Remaining == 0)
        {
            return progress;
        }

        var perSecond = (double)options.Value.TenantRequestsPerSecond;
        if (_last.TryGetValue(message.Id, out var last))
        {
            var done = (progress.Total - progress.Remaining) - (last.Progress.Total - last.Progress.Remaining);
            var seconds = (time.GetUtcNow() - last.At).TotalSeconds;
            if (done > 0 && seconds > 0)
            {
                perSecond = done / seconds;
            }
        }

        return progress with { EstimatedTimeLeft = TimeSpan.FromSeconds(progress.Remaining / perSecond) };
    }

    private async Task UpdateCardAsync(OpenMessage message, DeliveryProgress progress, CancellationToken cancellationToken)
    {
        if (message.ProgressServiceUrl is not { } serviceUrl || message.ProgressConversationId is not { } conversationId)
        {
            return;
        }

        if (_last.TryGetValue(message.Id, out var last) && SameCounts(last.Progress, progress))
        {
            return;
        }

        try
        {
            var card = ProgressCard.ToActivity(progress);
            if (message.ProgressActivityId is { } activityId)
            {
                await sender.CallAsync(1, conversationId, ct => sender.Connector.UpdateAsync(serviceUrl, conversationId, activityId, card, ct), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var posted = await sender.CallAsync(1, conversationId, ct => sender.Connector.SendAsync(serviceUrl, conversationId, card, ct), cancellationToken).ConfigureAwait(false);
                if (posted.Id is { } id)
                {
                    await messages.SetProgressActivityAsync(message.Id, id, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (DeliveryFailedException ex)
        {
            // A progress card is a courtesy: its failure never holds up the send itself.
            DeliveryLog.ProgressFailed(logger, message.Id, ex);
        }
    }

    private static bool SameCounts(DeliveryProgress a, DeliveryProgress b) =>
        a with { EstimatedTimeLeft = null } == b with { EstimatedTimeLeft = null };
}
