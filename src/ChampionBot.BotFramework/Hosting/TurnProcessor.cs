using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChampionBot.BotFramework.Hosting;

/// <summary>Works through the <see cref="TurnQueue"/>: one worker per lane, so each conversation keeps its order.</summary>
public sealed partial class TurnProcessor(TurnQueue queue, TurnRunner runner, ILogger<TurnProcessor> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, TurnQueue.Lanes).Select(lane => WorkAsync(lane, stoppingToken)));

    private async Task WorkAsync(int lane, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await foreach (var activity in queue.Lane(lane).ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await runner.RunAsync(activity, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogTurnFailed(logger, ex, activity.Type, activity.Conversation?.Id);
                    await ReportAsync(activity, ex, stoppingToken).ConfigureAwait(false);
                }
                finally
                {
                    queue.MarkHandled();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping (or a host that never started being disposed): not a failure to report.
        }
    }

    /// <summary>The channel was answered 200 before the turn ran: the person hears of the failure only from here.</summary>
    private async Task ReportAsync(Schema.Activity activity, Exception failure, CancellationToken stoppingToken)
    {
        try
        {
            await runner.ReportFailureAsync(activity, failure, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogReportFailed(logger, ex, activity.Type);
        }
    }

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Telling the sender that their {ActivityType} activity failed did not work either")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string? activityType);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Handling a {ActivityType} activity in conversation {ConversationId} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? conversationId);
}
