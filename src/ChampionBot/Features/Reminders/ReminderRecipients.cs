using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Reminders;

/// <summary>Who still owes a result for a challenge and may be reminded, and how to reach them.</summary>
internal static class ReminderRecipients
{
    public static async Task<List<(Participant Person, OutboundRecipient Route)>> FindAsync(
        ChampionDbContext db, IOutbox outbox, Challenge challenge, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Enrolled when it was posted (so it was theirs), not opted out, not snoozed, of the challenge's role (or role unknown), no result and no reminder yet.
        var people = await db.Participants.AsNoTracking()
            .Where(p => p.ProgramId == challenge.ProgramId && p.EnrolledAt != null && p.EnrolledAt <= challenge.PostedAt && p.OptedOutAt == null)
            .Where(p => p.SnoozedUntil == null || p.SnoozedUntil <= now)
            .Where(p => p.Role == null || p.Role == string.Empty || p.Role == challenge.AudienceRole)
            .Where(p => !db.Results.Any(r => r.ParticipantId == p.Id && r.ChallengeId == challenge.Id))
            .Where(p => !db.Reminders.Any(r => r.ParticipantId == p.Id && r.ChallengeId == challenge.Id))
            .ToListAsync(cancellationToken);
        var chats = await ConversationReferenceStore.LatestPersonalChatsAsync(db, [.. people.Select(p => p.ObjectId)], cancellationToken);
        var unchatted = people.Where(p => !chats.ContainsKey(p.ObjectId)).Select(p => p.ObjectId).ToList();
        var reached = await outbox.LastReachedAsync(unchatted, cancellationToken);

        var routes = new List<(Participant, OutboundRecipient)>();
        foreach (var person in people)
        {
            if (chats.TryGetValue(person.ObjectId, out var chat) && chat.TenantId is { } tenant)
            {
                routes.Add((person, new OutboundRecipient(person.ObjectId, person.TeamsUserId, tenant, chat.ServiceUrl, chat.ConversationId, person.TimeZoneId)));
            }
            else if (reached.TryGetValue(person.ObjectId, out var route))
            {
                // Never wrote to the bot, but a challenge reached them: reuse that chat.
                routes.Add((person, route with { TimeZone = person.TimeZoneId }));
            }
        }

        return routes;
    }
}
