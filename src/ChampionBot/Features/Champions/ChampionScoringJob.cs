using ChampionBot.Graph;
using ChampionBot.Scheduling;

namespace ChampionBot.Features.Champions;

/// <summary>
/// Once a day (UTC): profiles from the directory, the Copilot usage report, then every participant's score (and, when
/// report names are concealed, the owners' one notice: <see cref="ConcealedNamesNotice"/>). Each
/// instance runs it once a day; the work is idempotent, so two instances doing it only repeat it.
/// </summary>
public sealed partial class ChampionScoringJob(IServiceProvider services, CopilotUsageState state, TimeProvider time, ILogger<ChampionScoringJob> logger)
    : IScheduledJob
{
    public string Name => "champion scoring";

    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (state.LastDailyRun == today)
        {
            return;
        }

        // Resolved only when due: the scheduler builds every job on every poll, and these build Graph's HttpClient.
        state.LastDailyRun = today;
        try
        {
            await services.GetRequiredService<DirectoryProfiles>().FillMissingAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is GraphException or HttpRequestException)
        {
            LogProfilesUnavailable(logger, ex.Message);
        }

        var status = await services.GetRequiredService<CopilotUsageImport>().ImportAsync(cancellationToken);
        var scored = await services.GetRequiredService<ChampionScorer>().RescoreAllAsync(cancellationToken);
        LogScored(logger, scored, status);
        if (status == CopilotUsageStatus.Concealed)
        {
            await services.GetRequiredService<ConcealedNamesNotice>().SendAsync(cancellationToken);
        }
    }

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Champion scores recomputed for {Count} participants (Copilot usage: {Status})")]
    private static partial void LogScored(ILogger logger, int count, CopilotUsageStatus status);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Warning, Message = "Participants' directory profiles could not be read from Microsoft Graph ({Reason}); tried again tomorrow")]
    private static partial void LogProfilesUnavailable(ILogger logger, string reason);
}
