using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Reminders;

/// <summary>Runs the <see cref="ReminderScanner"/> every <see cref="RemindersOptions.CheckInterval"/>, on the injected clock.</summary>
public sealed partial class ReminderWorker(ReminderScanner scanner, IOptions<RemindersOptions> options, TimeProvider time, ILogger<ReminderWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await scanner.RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One bad pass (database blip) must not stop reminders for good; the next tick tries again.
                    LogScanFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping (or a host that never started being disposed): not a failure to report.
        }
    }

    [LoggerMessage(EventId = 5202, Level = LogLevel.Error, Message = "Looking for reminders to send failed; trying again at the next interval")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);
}
