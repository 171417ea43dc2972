using System.Globalization;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Posting;

/// <summary>
/// Tells the owner who asked for a post ("challenge post") that its interrupted fan-out has now finished: they were
/// told "I'll finish it by myself", so they hear when it did. Weekly posts (requested by "system") have nobody
/// waiting. One 1:1 outbox message under <c>challenge-post-finished:{postId}</c>, so a second run never sends it again;
/// only if the owner has a stored 1:1 chat and has not opted out.
/// </summary>
public sealed partial class ChallengeFinishedNotice(
    IDbContextFactory<ChampionDbContext> contexts,
    ChallengePostLedger ledger,
    IOutbox outbox,
    ILogger<ChallengeFinishedNotice> logger)
{
    public static string OutboxKey(int postId) => string.Create(CultureInfo.InvariantCulture, $"challenge-post-finished:{postId}");

    /// <summary>Queues the notice; false when there is nobody to tell.</summary>
    public async Task<bool> SendAsync(ChallengePost post, ChampionProgram program, IReadOnlyList<Challenge> challenges, PublishOutcome outcome, CancellationToken cancellationToken)
    {
        if (await ledger.RequesterAsync(post.Id, cancellationToken) is not { } requester || requester == ChallengePostingJob.SystemRequester)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recipients = await OwnerChatRecipients.FindAsync(db, program, [requester], cancellationToken);
        if (recipients.Count == 0)
        {
            return false;
        }

        var titles = string.Join("** and **", challenges.Select(c => c.Title));
        var text = "Done: the post that was interrupted earlier is finished now. " + ChallengePostSummary.Describe(titles, program, outcome);
        await outbox.EnqueueAsync(new OutboundRequest
        {
            Kind = OutboundMessageKind.Other,
            RequestedBy = ChallengePostingJob.SystemRequester,
            Activity = MessageFactory.Text(text),
            Recipients = recipients,
            ProgramId = program.Id,
            DefaultTimeZone = program.TimeZoneId,
            IdempotencyKey = OutboxKey(post.Id),
        }, cancellationToken);
        LogTold(logger, post.Id);
        return true;
    }

    [LoggerMessage(EventId = 5118, Level = LogLevel.Information, Message = "Challenge post {PostId} finished after a retry: the owner who asked for it is told 1:1")]
    private static partial void LogTold(ILogger logger, int postId);
}
