using Microsoft.Extensions.Options;

namespace ChampionBot.Scheduling;

/// <summary>
/// Runs every registered <see cref="IScheduledJob"/> once at start and then every <see cref="SchedulerOptions.PollInterval"/>,
/// each in its own scope. A failing job is logged and tried again on the next poll; it never stops the others.
/// </summary>
public sealed partial class SchedulerService(
    IServiceScopeFactory scopes,
    IOptions<SchedulerOptions> options,
    SchedulerMetrics metrics,
    TimeProvider time,
    ILogger<SchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        try
        {
            do
            {
                await RunAllOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping (or a host that never started being disposed): not a failure to report.
        }
    }

    /// <summary>One poll: every job once. Public so tests (and tools) can drive the scheduler without its timer.</summary>
    public async Task RunAllOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var job in scope.ServiceProvider.GetServices<IScheduledJob>())
        {
            var started = time.GetTimestamp();
            try
            {
                await job.RunDueAsync(cancellationToken);
                metrics.Ran(job.Name, succeeded: true, time.GetElapsedTime(started));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                metrics.Ran(job.Name, succeeded: false, time.GetElapsedTime(started));
                LogJobFailed(logger, ex, job.Name);
            }
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Scheduler disabled (Scheduler:Enabled=false); no background jobs run on this instance")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Scheduled job {Job} failed; it runs again on the next poll")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, string job);
}
