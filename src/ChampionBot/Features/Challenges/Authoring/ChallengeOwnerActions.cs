using ChampionBot.AdaptiveCards;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Posting;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Authoring;

/// <summary>What commands and card buttons share: building the form and the preview, and posting now.</summary>
public sealed class ChallengeOwnerActions(ChampionDbContext db, ChallengeDirectory directory, ChallengePublisher publisher, TimeProvider time)
{
    /// <summary>The authoring form; its dread origin is looked up in <paramref name="program"/>'s ranking only (none without a program).</summary>
    public async Task<AdaptiveCard> FormAsync(
        ChallengeForm form, ChampionProgram? program, IReadOnlyList<string> problems, CancellationToken cancellationToken, bool proposal = false)
    {
        var roles = await directory.KnownRolesAsync(cancellationToken);
        var origin = program is null ? null : await DreadOrigin.DescribeFormAsync(db, form, program.Id, cancellationToken);
        return ChallengeFormCard.Build(form, roles, problems, origin, proposal);
    }

    public async Task<AdaptiveCard> PreviewAsync(Challenge challenge, ChampionProgram program, string? notice, CancellationToken cancellationToken)
    {
        var content = await directory.CardContentAsync(challenge, program, cancellationToken);
        var origin = await DreadOrigin.DescribeAsync(db, program.Id, challenge.SourceDreadItemId, full: false, cancellationToken);
        return ChallengePreviewCard.Build(content, ChallengeDirectory.StatusLine(challenge, program, notice) with { DreadOrigin = origin });
    }

    /// <summary>Posts now through the scheduler's path; the occurrence is the request time.</summary>
    public async Task<(bool Posted, string Message)> PostNowAsync(Challenge challenge, ChampionProgram program, Activity request, CancellationToken cancellationToken)
    {
        challenge = await LibraryCopy.ForProgramAsync(db, challenge, program, time.GetUtcNow(), cancellationToken);
        if (ChallengeScheduling.Refusal(challenge) is { } refusal)
        {
            return (false, refusal);
        }

        if (db.Entry(challenge).State == EntityState.Added)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var progress = request.IsPersonal() && request.ServiceUrl is { } url && request.Conversation?.Id is { } conversation
            ? new FanOutProgress(url, conversation)
            : null;
        var requester = request.From?.AadObjectId ?? ChallengePostingJob.SystemRequester;
        var outcome = await publisher.PublishAsync(program.Id, time.GetUtcNow(), [challenge.Id], requester, progress, cancellationToken);
        if (!outcome.Claimed)
        {
            return (false, $"**{challenge.Title}** was already posted (perhaps a moment ago, or by the weekly schedule), so nothing was sent twice.");
        }

        return (true, Confirmation(challenge, program, outcome));
    }

    private static string Confirmation(Challenge challenge, ChampionProgram program, PublishOutcome outcome) =>
        outcome.Interrupted
            ? $"**{challenge.Title}** is claimed for posting, but something failed before everything was queued. " +
              "I'll finish it by myself within a few minutes and tell you 1:1 when it's done; nothing already queued is sent twice."
            : ChallengePostSummary.Describe(challenge.Title, program, outcome);
}
