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
    QuietHours quietHours,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<ProgressReporter> logger,
    MessageDescriptions descriptions,
    IRecipientNames? names = null)
{
    /// <summary>People named on the card as not reached; the count says how many there are in all.</summary>
    private const int MaxNamed = 10;

    private readonly Dictionary<Guid, (DeliveryProgress Progress, DateTimeOffset At)> _last = [];

    public async Task TickAsync(CancellationToken cancellationToken)
    {
        foreach (var message in await messages.ReadOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            var counts = await messages.CountAsync(message.Id, cancellationToken).ConfigureAwait(false);
            var progress = DeliveryProgress.From(message.Id, message.Status, counts, null);
            progress = Estimate(progress with { HeldForQuietHours = await HeldAsync(message.Id, progress, cancellationToken).ConfigureAwait(false) }, message);
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

    /// <summary>
    /// How many of the deliveries left wait because their recipient is in quiet hours now: the requester should read
    /// "held until their working day starts", not "under a minute" for a send that cannot start for hours.
    /// </summary>
    private async Task<int> HeldAsync(Guid messageId, DeliveryProgress progress, CancellationToken cancellationToken)
    {
        if (progress.Remaining == 0 || !quietHours.Enabled)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var waiting = await messages.CountWaitingByTimeZoneAsync(messageId, now, cancellationToken).ConfigureAwait(false);
        return waiting.Where(w => quietHours.DeferUntil(now, w.TimeZoneId) is not null).Sum(w => w.Count);
    }

    /// <summary>Time left from the rate observed since the last tick, else from the configured ceiling; none while all wait for quiet hours.</summary>
    private DeliveryProgress Estimate(DeliveryProgress progress, OpenMessage message)
    {
        if (progress.Remaining == 0 || progress.IsWaitingForQuietHours)
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

        return progress with { EstimatedTimeLeft = TimeSpan.FromSeconds((progress.Remaining - progress.HeldForQuietHours) / perSecond) };
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
            var card = ProgressCard.ToActivity(progress, await DescribeAsync(message.Id, progress, cancellationToken).ConfigureAwait(false));
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

    /// <summary>What was sent and, when anyone removed the bot, who (by name, when the app can name them).</summary>
    private async Task<ProgressDetails> DescribeAsync(Guid messageId, DeliveryProgress progress, CancellationToken cancellationToken)
    {
        var title = await descriptions.TitleAsync(messageId, cancellationToken).ConfigureAwait(false);
        if (progress.Blocked == 0 || names is null)
        {
            return new ProgressDetails(title, []);
        }

        var blocked = await descriptions.BlockedRecipientsAsync(messageId, MaxNamed, cancellationToken).ConfigureAwait(false);
        return new ProgressDetails(title, await names.NamesAsync(blocked, cancellationToken).ConfigureAwait(false));
    }

    private static bool SameCounts(DeliveryProgress a, DeliveryProgress b) =>
        a with { EstimatedTimeLeft = null } == b with { EstimatedTimeLeft = null };
}
