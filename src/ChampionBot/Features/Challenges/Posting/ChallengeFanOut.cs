using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Features.Champions;
using StoredReference = ChampionBot.Data.Entities.ConversationReference;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Posting;

/// <summary>Where "post now" shows the delivery progress card: the owner's own conversation.</summary>
public sealed record FanOutProgress(string ServiceUrl, string ConversationId);

public sealed record FanOutResult(ChannelThreadOutcome Channel, Guid? PrimaryMessageId, int Recipients);

/// <summary>
/// Sends a claimed post: a new thread in the pilot channel (the primary challenge) and, through the outbox, one 1:1
/// copy per enrolled participant who has not opted out or snoozed, each getting the challenge that fits their role.
/// Safe to run again for the same post: a thread already stored is not reopened, and each challenge's copies are
/// enqueued under the post's idempotency key, so a resumed run finds them instead of queueing them twice.
/// </summary>
public sealed partial class ChallengeFanOut(
    IDbContextFactory<ChampionDbContext> contexts,
    IOutbox outbox,
    ChallengeChannelThread thread,
    ChallengePostLedger ledger,
    TimeProvider time,
    ILogger<ChallengeFanOut> logger)
{
    public async Task<FanOutResult> SendAsync(
        ChallengePost post, ChampionProgram program, IReadOnlyList<Challenge> challenges, string requestedBy, FanOutProgress? progress, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var champion = await FeaturedChampion.NameAsync(db, program.Id, except: null, cancellationToken);
        var channel = await ChallengeChannelThread.ChannelReferenceAsync(db, program, cancellationToken);
        var primary = ChallengeAudience.Primary(challenges);
        var channelOutcome = await ThreadAsync(post, program, channel, Activity(primary, program, champion), cancellationToken);

        var people = await Recipients(db, program, cancellationToken);
        var references = await ConversationReferenceStore.LatestPersonalChatsAsync(db, [.. people.Select(p => p.ObjectId)], cancellationToken);
        Guid? primaryMessage = null;
        var total = 0;
        foreach (var challenge in challenges)
        {
            var recipients = people
                .Where(p => ChallengeAudience.For(p.Role, challenges)?.Id == challenge.Id)
                .Select(p => Recipient(p, references.GetValueOrDefault(p.ObjectId), program, channel))
                .OfType<OutboundRecipient>()
                .ToList();
            if (recipients.Count == 0)
            {
                continue;
            }

            var id = await outbox.EnqueueAsync(new OutboundRequest
            {
                Kind = OutboundMessageKind.Challenge,
                RequestedBy = requestedBy,
                Activity = Activity(challenge, program, champion),
                Recipients = recipients,
                ProgramId = program.Id,
                DefaultTimeZone = program.TimeZoneId,
                ProgressConversation = progress is null ? null : new ProgressConversation(progress.ServiceUrl, progress.ConversationId),
                IdempotencyKey = ChallengePostLedger.OutboxKey(post.Id, challenge.Id),
            }, cancellationToken);
            await ledger.RenewLeaseAsync(post.Id, cancellationToken);
            if (challenge.Id == primary.Id || primaryMessage is null)
            {
                primaryMessage = id;
            }

            total += recipients.Count;
        }

        LogFannedOut(logger, program.Id, total, people.Count - total);
        return new FanOutResult(channelOutcome, primaryMessage, total);
    }

    private static Activity Activity(Challenge challenge, ChampionProgram program, string? champion) =>
        MessageFactory.Card(
            ChallengeCard.Build(ChallengeCardContent.From(challenge, program, champion)).ToJsonElement(),
            $"{ChallengeCard.Kicker}: {challenge.Title}");

    /// <summary>
    /// Opens the thread unless an earlier attempt at this post already did or may have (its intent is recorded before
    /// the request), and stores it at once.
    /// </summary>
    private async Task<ChannelThreadOutcome> ThreadAsync(
        ChallengePost post, ChampionProgram program, StoredReference? channel, Activity activity, CancellationToken cancellationToken)
    {
        if (post.ChannelConversationId is not null || post.ChannelActivityId is not null || post.ChannelThreadRequestedAt is not null)
        {
            return ChannelThreadOutcome.Posted;
        }

        if (channel is not null && program.PilotChannelId is not null && !await ledger.RecordThreadIntentAsync(post.Id, cancellationToken))
        {
            return ChannelThreadOutcome.Posted;
        }

        var opened = await thread.OpenAsync(program, channel, activity, cancellationToken);
        if (opened.Outcome == ChannelThreadOutcome.Posted)
        {
            // Not cancellable: once Teams has the thread, its ids belong in the post.
            await ledger.RecordThreadAsync(post.Id, opened.ConversationId, opened.ActivityId, CancellationToken.None);
        }
        else if (opened.Outcome == ChannelThreadOutcome.Failed && !opened.MayHaveLanded)
        {
            await ledger.ClearThreadIntentAsync(post.Id, CancellationToken.None);
        }

        return opened.Outcome;
    }

    private Task<List<Participant>> Recipients(ChampionDbContext db, ChampionProgram program, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.Participants.AsNoTracking()
            .Where(p => p.ProgramId == program.Id && p.EnrolledAt != null && p.OptedOutAt == null && (p.SnoozedUntil == null || p.SnoozedUntil <= now))
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>A person the sender can reach: a stored 1:1 chat, or a Teams user id to open one with.</summary>
    private static OutboundRecipient? Recipient(Participant person, StoredReference? personal, ChampionProgram program, StoredReference? channel)
    {
        var tenant = person.TenantId ?? personal?.TenantId ?? program.TenantId ?? channel?.TenantId;
        var serviceUrl = personal?.ServiceUrl ?? channel?.ServiceUrl;
        if (tenant is null || serviceUrl is null || (personal is null && person.TeamsUserId is null))
        {
            return null;
        }

        return new OutboundRecipient(person.ObjectId, person.TeamsUserId, tenant, serviceUrl, personal?.ConversationId, person.TimeZoneId);
    }

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Program {ProgramId}: challenge queued 1:1 for {Recipients} people; {Skipped} enrolled people got no 1:1 copy (no matching role or unreachable)")]
    private static partial void LogFannedOut(ILogger logger, int programId, int recipients, int skipped);
}
