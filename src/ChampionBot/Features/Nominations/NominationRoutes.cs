using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Challenges.Posting;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Nominations;

/// <summary>
/// How a nomination reaches people: a person's 1:1 chat (the stored one, else their Teams user id to open one, through
/// the pilot team's service URL), never someone who opted out or asked to be forgotten; and the pilot channel.
/// </summary>
internal static class NominationRoutes
{
    /// <summary>The person's 1:1 chat, or null when the bot may not or cannot reach them.</summary>
    public static async Task<OutboundRecipient?> PersonalAsync(ChampionDbContext db, ChampionProgram program, string objectId, CancellationToken cancellationToken)
    {
        var person = await db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.ObjectId == objectId, cancellationToken);
        if (person?.OptedOutAt is not null || (await db.DoNotContactList.ListedAmongAsync([objectId], cancellationToken)).Count > 0)
        {
            return null;
        }

        var chats = await ConversationReferenceStore.LatestPersonalChatsAsync(db, [objectId], cancellationToken);
        chats.TryGetValue(objectId, out var chat);
        var channel = chat is null ? await ChallengeChannelThread.ChannelReferenceAsync(db, program, cancellationToken) : null;
        var tenant = person?.TenantId ?? chat?.TenantId ?? program.TenantId ?? channel?.TenantId;
        var serviceUrl = chat?.ServiceUrl ?? channel?.ServiceUrl;
        var teamsUserId = person?.TeamsUserId ?? chat?.UserId;
        return tenant is null || serviceUrl is null || (chat is null && teamsUserId is null)
            ? null
            : new OutboundRecipient(objectId, teamsUserId, tenant, serviceUrl, chat?.ConversationId, person?.TimeZoneId);
    }

    /// <summary>The pilot channel as a recipient (a new post there), or null when the bot has never been in it.</summary>
    public static async Task<(OutboundRecipient Route, string ChannelName)?> PilotChannelAsync(ChampionDbContext db, ChampionProgram program, CancellationToken cancellationToken)
    {
        if (program.PilotChannelId is not { } channelId
            || await ChallengeChannelThread.ChannelReferenceAsync(db, program, cancellationToken) is not { } channel
            || (program.TenantId ?? channel.TenantId) is not { } tenant)
        {
            return null;
        }

        var name = await db.TeamChannelNames.AsNoTracking().Where(c => c.ChannelId == channelId).Select(c => c.ChannelName).FirstOrDefaultAsync(cancellationToken);
        return (new OutboundRecipient("channel:" + channelId, null, tenant, channel.ServiceUrl, channelId), name is null ? "the pilot channel" : $"**{name}**");
    }
}
