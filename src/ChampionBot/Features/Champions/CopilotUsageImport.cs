using System.Net;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Champions;

/// <summary>
/// Reads the Copilot usage report from Graph as a stream and keeps each participant's last activity per app
/// (<see cref="CopilotUsageSnapshot"/>). Rows are joined to participants by UPN through the directory a batch at a
/// time; rows of people who are not participants, opted out, or opted out of usage lookups are passed over. Concealed names (the tenant's report setting, or
/// hashes in place of names) stop the import: the bot never guesses who a row is.
/// </summary>
public sealed partial class CopilotUsageImport(
    ChampionDbContext db, GraphClient graph, CopilotUsageState state, IOptions<GraphOptions> options, TimeProvider time, ILogger<CopilotUsageImport> logger)
{
    public const int BatchSize = 1000;

    public async Task<CopilotUsageStatus> ImportAsync(CancellationToken cancellationToken)
    {
        try
        {
            state.Status = await ReadAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is GraphException or HttpRequestException or TimeoutException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogUnavailable(logger, ex.Message);
            state.Status = CopilotUsageStatus.Unavailable;
        }

        return state.Status;
    }

    private async Task<CopilotUsageStatus> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await graph.ReportNamesConcealedAsync(cancellationToken))
            {
                return Concealed();
            }
        }
        catch (GraphException ex) when (ex.Status is HttpStatusCode.Forbidden)
        {
            // Without ReportSettings.Read.All the setting is unknown; hashed names in the rows still give it away.
        }

        var batch = new List<CopilotUsageRow>(BatchSize);
        await foreach (var row in graph.CopilotUsageAsync(options.Value.ReportPeriod, CopilotReportFormat.Json, cancellationToken))
        {
            if (row.LooksConcealed)
            {
                return Concealed();
            }

            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                await SaveAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        await SaveAsync(batch, cancellationToken);
        return CopilotUsageStatus.Included;
    }

    private CopilotUsageStatus Concealed()
    {
        if (state.Status != CopilotUsageStatus.Concealed)
        {
            LogConcealed(logger);
        }

        return CopilotUsageStatus.Concealed;
    }

    private async Task SaveAsync(List<CopilotUsageRow> rows, CancellationToken cancellationToken)
    {
        var upns = rows.Select(r => r.UserPrincipalName).ToList();
        var participants = await db.Participants.AsNoTracking()
            .Where(p => p.UserPrincipalName != null && p.OptedOutAt == null && p.UsageLookupsOptedOutAt == null && EF.Parameter(upns).Contains(p.UserPrincipalName))
            .Select(p => new { p.Id, p.UserPrincipalName }).ToListAsync(cancellationToken);
        if (participants.Count == 0)
        {
            return;
        }

        var byUpn = participants.ToDictionary(p => p.UserPrincipalName!, p => p.Id, StringComparer.OrdinalIgnoreCase);
        var ids = participants.Select(p => p.Id).ToList();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CopilotUsage.Where(u => EF.Parameter(ids).Contains(u.ParticipantId)).ExecuteDeleteAsync(cancellationToken);
        var snapshots = rows
            .Where(row => byUpn.ContainsKey(row.UserPrincipalName))
            .SelectMany(row => row.Apps.Where(a => a.LastActivityDate is not null).Select(a => new CopilotUsageSnapshot
            {
                ParticipantId = byUpn[row.UserPrincipalName],
                App = a.App,
                LastActivityDate = a.LastActivityDate,
                ReportRefreshDate = row.ReportRefreshDate ?? today,
            }));
        await BulkRows.InsertAsync(db, snapshots, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning,
        Message = "The tenant conceals user names in Microsoft 365 usage reports, so Copilot usage cannot be matched to anyone and is left out of champion scores. To use it, a Microsoft 365 admin turns off 'Display concealed user, group, and site names in all reports' (Microsoft 365 admin center > Settings > Org settings > Reports).")]
    private static partial void LogConcealed(ILogger logger);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning,
        Message = "Microsoft Graph's Copilot usage report could not be read ({Reason}): champion scores use the usage last read and the bot's own evidence")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
