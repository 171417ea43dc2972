using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges;

/// <summary>
/// Which of the people to tell about a given-up post the bot may and can reach: not opted out (<c>optout</c> stops
/// every proactive message, this one included) and with a stored 1:1 chat to post into.
/// </summary>
internal static class ChallengeGaveUpRecipients
{
    public static async Task<List<OutboundRecipient>> FindAsync(
        ChampionDbContext db, ChampionProgram program, IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken)
    {
        var ids = objectIds.ToList();
        var known = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.ObjectId)).ToListAsync(cancellationToken);
        var people = known.ToDictionary(p => p.ObjectId, StringComparer.Ordinal);
        var chats = await ConversationReferenceStore.LatestPersonalChatsAsync(db, ids, cancellationToken);

        var recipients = new List<OutboundRecipient>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            var person = people.GetValueOrDefault(id);
            if (person?.OptedOutAt is not null || !chats.TryGetValue(id, out var chat)
                || (chat.TenantId ?? person?.TenantId ?? program.TenantId) is not { } tenant)
            {
                continue;
            }

            recipients.Add(new OutboundRecipient(id, person?.TeamsUserId ?? chat.UserId, tenant, chat.ServiceUrl, chat.ConversationId, person?.TimeZoneId));
        }

        return recipients;
    }
}
