using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Enrollment;

/// <summary>
/// Reads a pilot team's members from the Bot Connector, page by page, at the service URL of the conversation
/// reference stored when the bot was added to (or spoken to in) that team.
/// </summary>
public sealed class PilotRoster(ChampionDbContext db)
{
    public const int PageSize = 200;

    // A team has at most 25,000 members; this only stops a connector that keeps handing out continuation tokens.
    private const int MaxPages = 200;

    /// <summary>The stored reference for the program's pilot team (its channel preferred), or null when the bot was never there.</summary>
    public Task<Data.Entities.ConversationReference?> FindTeamReferenceAsync(ChampionProgram program, CancellationToken cancellationToken) =>
        db.ConversationReferences.AsNoTracking()
            .Where(r => r.TeamId == program.PilotTeamId)
            .OrderByDescending(r => r.ChannelId == program.PilotChannelId)
            .ThenByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every member of the team, read in pages. The team's own id is the conversation id of its roster.</summary>
    public static async Task<IReadOnlyList<TeamsChannelAccount>> ReadAsync(
        IConnectorClient connector, string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        var members = new List<TeamsChannelAccount>();
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await connector.GetPagedMembersAsync(serviceUrl, teamId, PageSize, continuation, cancellationToken);
            members.AddRange(result.Members ?? []);
            continuation = result.ContinuationToken;
            if (string.IsNullOrEmpty(continuation))
            {
                break;
            }
        }

        return members;
    }
}
