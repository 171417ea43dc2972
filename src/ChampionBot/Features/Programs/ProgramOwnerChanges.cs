using System.Text.Json.Nodes;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Challenges.Posting;
using ChampionBot.Features.Commands;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Programs;

/// <summary>
/// What <c>program owner add</c> and <c>program owner remove</c> share: reading who is meant (a sign-in name or an
/// Entra object id of someone the bot knows), auditing the change and telling the person 1:1.
/// </summary>
public sealed class ProgramOwnerChanges(ChampionDbContext db, IOutbox outbox, TimeProvider time)
{
    /// <summary>The person <paramref name="who"/> names, or the sentence saying why nobody was found.</summary>
    public async Task<(Participant? Person, string? Problem)> FindPersonAsync(CommandContext context, string verb)
    {
        var who = context.Arguments.Trim();
        if (who.Length == 0 || who.Contains(' ', StringComparison.Ordinal) || who.Length > 128)
        {
            return (null, $"Tell me who: **program owner {verb} meganb@contoso.com** (their sign-in name) or their Entra object id.");
        }

        var lowered = who.ToLowerInvariant();
        var person = who.Contains('@', StringComparison.Ordinal)
            ? await db.Participants.FirstOrDefaultAsync(p => p.UserPrincipalName != null && p.UserPrincipalName.ToLower() == lowered, context.CancellationToken)
            : await db.Participants.FirstOrDefaultAsync(p => p.ObjectId == who || p.ObjectId == lowered, context.CancellationToken);
        return person is null
            ? (null, $"I don't know anyone as {EchoedText.Quote(who, 80)} yet, so nothing changed. Check the spelling, or ask them to say hello to me first (or run **enroll**).")
            : (person, null);
    }

    public void Audit(string action, ChampionProgram program, string actor, string ownerObjectId) => db.AuditEntries.Add(new AuditEntry
    {
        At = time.GetUtcNow(),
        ActorObjectId = actor,
        Action = action,
        Subject = $"program:{program.Id}",
        ProgramId = program.Id,
        Details = new JsonObject { ["ownerObjectId"] = ownerObjectId }.ToJsonString(),
    });

    /// <summary>Queues <paramref name="text"/> for the person's 1:1 chat; false when the bot cannot reach them there.</summary>
    public async Task<bool> TellAsync(ChampionProgram program, string objectId, string text, string requestedBy, string key, CancellationToken cancellationToken)
    {
        var recipients = await OwnerChatRecipients.FindAsync(db, program, [objectId], cancellationToken);
        if (recipients.Count == 0)
        {
            return false;
        }

        await outbox.EnqueueAsync(
            new OutboundRequest
            {
                Kind = OutboundMessageKind.Announcement,
                RequestedBy = requestedBy,
                Activity = MessageFactory.Text(text),
                Recipients = recipients,
                ProgramId = program.Id,
                DefaultTimeZone = program.TimeZoneId,
                IdempotencyKey = key,
            },
            cancellationToken);
        return true;
    }
}
