using System.Globalization;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Programs;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Posting;

/// <summary>
/// Tells the people who need to know that a challenge post was given up: the owner who asked for it ("challenge
/// post"), or every owner of the program (<see cref="ProgramOwners"/>) for a weekly post or when the owner who asked
/// cannot be told. Only people with a stored 1:1 chat who have not opted out; one outbox message under
/// <c>challenge-post-gave-up:{postId}</c>, so a second instance or a repeated run finds it instead of sending it again.
/// </summary>
public sealed partial class ChallengeGaveUpNotice(
    IDbContextFactory<ChampionDbContext> contexts,
    ChallengePostLedger ledger,
    IOutbox outbox,
    ProgramOwners owners,
    ILogger<ChallengeGaveUpNotice> logger)
{
    public static string OutboxKey(int postId) => string.Create(CultureInfo.InvariantCulture, $"challenge-post-gave-up:{postId}");

    /// <summary>Queues the notice; returns how many people it goes to (0 when nobody can be told, which is logged).</summary>
    public async Task<int> SendAsync(int postId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ChallengePosts.AsNoTracking().Include(p => p.Program).FirstOrDefaultAsync(p => p.Id == postId, cancellationToken) is not { Program: { } program } post)
        {
            return 0;
        }

        var requester = await ledger.RequesterAsync(postId, cancellationToken);
        var askedByOwner = requester is not (null or ChallengePostingJob.SystemRequester);
        IReadOnlyList<string> people = askedByOwner ? [requester!] : await owners.OwnerObjectIdsAsync(program.Id, cancellationToken);
        var recipients = await OwnerChatRecipients.FindAsync(db, program, people, cancellationToken);
        if (recipients.Count == 0 && askedByOwner)
        {
            // The owner who asked cannot be told (opted out, or no 1:1 chat): the program's other owners still should be.
            people = await owners.OwnerObjectIdsAsync(program.Id, cancellationToken);
            recipients = await OwnerChatRecipients.FindAsync(db, program, people, cancellationToken);
        }
        if (recipients.Count == 0)
        {
            LogNobodyToTell(logger, postId, program.Id, people.Count);
            return 0;
        }

        var content = await ContentAsync(db, outbox, post, program, cancellationToken);
        await outbox.EnqueueAsync(new OutboundRequest
        {
            Kind = OutboundMessageKind.Other,
            RequestedBy = ChallengePostingJob.SystemRequester,
            Activity = MessageFactory.Card(ChallengeGaveUpCard.Build(content).ToJsonElement(), ChallengeGaveUpCard.Heading),
            Recipients = recipients,
            ProgramId = program.Id,
            DefaultTimeZone = program.TimeZoneId,
            IdempotencyKey = OutboxKey(postId),
        }, cancellationToken);
        LogTold(logger, postId, recipients.Count);
        return recipients.Count;
    }

    private static async Task<ChallengeGaveUpContent> ContentAsync(ChampionDbContext db, IOutbox outbox, ChallengePost post, ChampionProgram program, CancellationToken cancellationToken)
    {
        var ids = ChallengePostLedger.ChallengeIds(post);
        var titles = await db.Challenges.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Title }).ToListAsync(cancellationToken);
        var challenges = ids.Select(id => (id, titles.FirstOrDefault(t => t.Id == id)?.Title ?? "(deleted challenge)")).ToList();
        var keys = ids.Select(id => ChallengePostLedger.OutboxKey(post.Id, id)).ToList();
        var queued = await outbox.CountDeliveriesAsync(keys, cancellationToken);
        var audience = await db.Participants.CountAsync(p => p.ProgramId == program.Id && p.EnrolledAt != null && p.OptedOutAt == null, cancellationToken);
        var threadPosted = post.ChannelConversationId is not null || post.ChannelActivityId is not null;
        return new ChallengeGaveUpContent(challenges, ClaimedAt(post.CreatedAt, program.TimeZoneId), threadPosted, queued, audience);
    }

    private static string ClaimedAt(DateTimeOffset at, string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? ChallengeCalendar.Describe(TimeZoneInfo.ConvertTime(at, zone), zone)
            : at.ToUniversalTime().ToString("dddd d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 5114, Level = LogLevel.Warning, Message = "Gave up challenge post {PostId} of program {ProgramId}, but none of the {People} people to tell can be reached 1:1 (no stored chat, or opted out); nobody was told")]
    private static partial void LogNobodyToTell(ILogger logger, int postId, int programId, int people);

    [LoggerMessage(EventId = 5115, Level = LogLevel.Information, Message = "Gave up challenge post {PostId}: the notice is queued 1:1 for {Recipients} people")]
    private static partial void LogTold(ILogger logger, int postId, int recipients);
}
