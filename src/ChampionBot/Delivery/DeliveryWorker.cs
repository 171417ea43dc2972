using ChampionBot.Delivery.Leadership;
using ChampionBot.Delivery.Progress;
using ChampionBot.Delivery.Sending;
using ChampionBot.Delivery.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChampionBot.Delivery;

/// <summary>
/// The sender's main loop: become the sender (or wait), then — while leading — recover orphans, send what is due,
/// delete what is being recalled, and keep progress cards current on their own cadence.
/// </summary>
public sealed class DeliveryWorker(
    ISenderLeadership leadership,
    DeliveryPump pump,
    DeliveryStore store,
    OutcomeWriter recorder,
    ProgressReporter progress,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    /// <summary>Unique per process start, so rows claimed by an earlier run are recognised as someone else's.</summary>
    public string SenderId { get; } = NewSenderId();

    public static string NewSenderId()
    {
        var machine = Environment.MachineName.Length > 40 ? Environment.MachineName[..40] : Environment.MachineName;
        return $"{machine}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SenderEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var lease = await leadership.TryAcquireAsync(stoppingToken).ConfigureAwait(false);
                if (lease is null)
                {
                    await Task.Delay(options.Value.LeaderPollInterval, time, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                DeliveryLog.BecameLeader(logger, SenderId);
                using var leading = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lease.Lost);
                await LeadAsync(leading.Token).ConfigureAwait(false);
                if (lease.Lost.IsCancellationRequested)
                {
                    DeliveryLog.LostLeadership(logger, SenderId);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                DeliveryLog.LoopFailed(logger, ex);
                await Task.Delay(options.Value.LeaderPollInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task LeadAsync(CancellationToken leading)
    {
        var reporting = ReportProgressAsync(leading);
        try
        {
            var nextRecovery = DateTimeOffset.MinValue;
            while (!leading.IsCancellationRequested)
            {
                if (time.GetUtcNow() >= nextRecovery)
                {
                    var recovered = await store.RecoverOrphansAsync(time.GetUtcNow(), options.Value.LeaseDuration, SenderId, leading).ConfigureAwait(false);
                    if (recovered > 0)
                    {
                        DeliveryLog.RecoveredOrphans(logger, recovered);
                    }

                    var released = await store.RecoverOwnAsync(SenderId, recorder.Held, time.GetUtcNow(), leading).ConfigureAwait(false);
                    if (released > 0)
                    {
                        DeliveryLog.RecoveredOwn(logger, released);
                    }

                    nextRecovery = time.GetUtcNow() + RecoveryInterval();
                }

                var handled = await pump.SendDueAsync(SenderId, leading).ConfigureAwait(false)
                    + await pump.RecallDueAsync(SenderId, leading).ConfigureAwait(false);
                if (handled == 0)
                {
                    await Task.Delay(options.Value.IdlePollInterval, time, leading).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (leading.IsCancellationRequested)
        {
        }
        finally
        {
            await reporting.ConfigureAwait(false);
        }
    }

    private TimeSpan RecoveryInterval()
    {
        var quarterLease = options.Value.LeaseDuration / 4;
        return quarterLease < options.Value.IdlePollInterval ? options.Value.IdlePollInterval : quarterLease;
    }

    private async Task ReportProgressAsync(CancellationToken leading)
    {
        while (!leading.IsCancellationRequested)
        {
            try
            {
                await progress.TickAsync(leading).ConfigureAwait(false);
                await Task.Delay(options.Value.ProgressUpdateInterval, time, leading).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (leading.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                DeliveryLog.LoopFailed(logger, ex);
                await Task.Delay(options.Value.ProgressUpdateInterval, time, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
