using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using StoredReference = ChampionBot.Data.Entities.ConversationReference;

namespace ChampionBot.Features.Challenges.Posting;

/// <summary>What happened to a post's thread in the pilot channel.</summary>
public enum ChannelThreadOutcome
{
    /// <summary>A new thread was opened (or an earlier attempt at this post had already opened it).</summary>
    Posted,

    /// <summary>No stored conversation for the pilot channel: the bot has never been @mentioned there.</summary>
    NoChannelConversation,

    /// <summary>Teams refused or failed the call; the 1:1 copies still go out.</summary>
    Failed,
}

/// <param name="MayHaveLanded">A failure after which Teams may still have opened the thread (a timeout, a lost connection).</param>
public sealed record ChannelThread(ChannelThreadOutcome Outcome, string? ConversationId = null, string? ActivityId = null, bool MayHaveLanded = false);

/// <summary>
/// Opens the post's thread in the pilot channel. The connector call is not transactional, so the caller records its
/// intent first (<see cref="ChallengePostLedger.RecordThreadIntentAsync"/>): a resume after a crash or a database blip
/// between the POST and the record never opens a second thread. We prefer that rare missing thread to a duplicate.
/// </summary>
public sealed partial class ChallengeChannelThread(IConnectorClient connector, ILogger<ChallengeChannelThread> logger)
{
    /// <summary>The pilot channel's stored conversation (the channel itself first, else any in the pilot team).</summary>
    public static Task<StoredReference?> ChannelReferenceAsync(ChampionDbContext db, ChampionProgram program, CancellationToken cancellationToken) =>
        db.ConversationReferences.AsNoTracking()
            .Where(r => (program.PilotChannelId != null && r.ConversationId == program.PilotChannelId)
                || (program.PilotTeamId != null && r.TeamId == program.PilotTeamId))
            .OrderByDescending(r => r.ConversationId == program.PilotChannelId)
            .ThenByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<ChannelThread> OpenAsync(ChampionProgram program, StoredReference? channel, Activity activity, CancellationToken cancellationToken)
    {
        if (channel is null || program.PilotChannelId is null)
        {
            LogNoChannel(logger, program.Id);
            return new ChannelThread(ChannelThreadOutcome.NoChannelConversation);
        }

        var tenant = program.TenantId ?? channel.TenantId;
        try
        {
            var created = await connector.CreateConversationAsync(channel.ServiceUrl, new ConversationParameters
            {
                IsGroup = true,
                Bot = channel.BotId is { } bot ? new ChannelAccount { Id = bot } : null,
                TenantId = tenant,
                Activity = activity,
                ChannelData = new TeamsChannelData
                {
                    Channel = new ChannelInfo { Id = program.PilotChannelId },
                    Team = program.PilotTeamId is { } team ? new TeamInfo { Id = team } : null,
                    Tenant = tenant is null ? null : new TenantInfo { Id = tenant },
                },
            }, cancellationToken);
            return new ChannelThread(ChannelThreadOutcome.Posted, created.Id, created.ActivityId);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The claim stands and the 1:1 copies still go out; the owner is told, the details are in the logs.
            LogChannelFailed(logger, ex, program.Id);
            var refused = ex is ConnectorException { StatusCode: not System.Net.HttpStatusCode.GatewayTimeout } || ex is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
            return new ChannelThread(ChannelThreadOutcome.Failed, MayHaveLanded: !refused);
        }
    }

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Program {ProgramId}: no stored conversation for the pilot channel yet (mention the bot there once), so no channel thread was posted")]
    private static partial void LogNoChannel(ILogger logger, int programId);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Error, Message = "Program {ProgramId}: posting the challenge thread in the pilot channel failed")]
    private static partial void LogChannelFailed(ILogger logger, Exception exception, int programId);
}
