using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChampionBot.BotFramework.Hosting;

/// <summary>Works through the <see cref="TurnQueue"/> with a few turns at a time.</summary>
public sealed partial class TurnProcessor(TurnQueue queue, TurnRunner runner, ILogger<TurnProcessor> logger) : BackgroundService
{
    private const int Concurrency = 8;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await foreach (var activity in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await runner.RunAsync(activity, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogTurnFailed(logger, ex, activity.Type, activity.Conversation?.Id);
            }
            finally
            {
                queue.MarkHandled();
            }
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Handling a {ActivityType} activity in conversation {ConversationId} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? conversationId);
}
