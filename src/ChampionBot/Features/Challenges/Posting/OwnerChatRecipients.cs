using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Posting;

/// <summary>
/// Which of the owners to tell about a post (given up, or finished after a retry) the bot may and can reach: not
/// opted out (<c>optout</c> stops every proactive message, these included), not on the do-not-contact list (they used
/// <c>forget me</c>), and with a stored 1:1 chat to post into.
/// </summary>
internal static class OwnerChatRecipients
{
    public static async Task<List<OutboundRecipient>> FindAsync(
        ChampionDbContext db, ChampionProgram program, IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken)
    {
        var ids = objectIds.ToList();
        var known = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.ObjectId)).ToListAsync(cancellationToken);
        var people = known.ToDictionary(p => p.ObjectId, StringComparer.Ordinal);
        var chats = await ConversationReferenceStore.LatestPersonalChatsAsync(db, ids, cancellationToken);
        var doNotContact = await db.DoNotContactList.ListedAmongAsync(ids, cancellationToken);

        var recipients = new List<OutboundRecipient>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            var person = people.GetValueOrDefault(id);
            if (person?.OptedOutAt is not null || doNotContact.Contains(id) || !chats.TryGetValue(id, out var chat)
                || (chat.TenantId ?? person?.TenantId ?? program.TenantId) is not { } tenant)
            {
                continue;
            }

            recipients.Add(new OutboundRecipient(id, person?.TeamsUserId ?? chat.UserId, tenant, chat.ServiceUrl, chat.ConversationId, person?.TimeZoneId));
        }

        return recipients;
    }
}
