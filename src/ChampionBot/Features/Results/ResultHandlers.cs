using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Participants;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

/// <summary>Opens the result card, fresh or pre-filled with what the person reported before.</summary>
public sealed class ResultHandlers(
    ParticipantDirectory directory,
    CurrentChallenges challenges,
    ChampionDbContext db)
{
    public static readonly string ExpiredTitle = "This challenge is closed";

    public async Task<AdaptiveCardInvokeResponse> OpenAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (CardData.ChallengeId(action.Data) is not { } challengeId)
        {
            return Broken();
        }

        if (!turn.Activity.IsPersonal())
        {
            return InvokeResponses.Message("Your result is just for you: send me **result** in our 1:1 chat and I'll give you the card there.");
        }

        if (await directory.GetOrCreateAsync(turn.Activity, turn.CancellationToken) is not { } participant)
        {
            return InvokeResponses.Message(Unknown);
        }

        if (await challenges.OpenForResultsAsync(challengeId, turn.CancellationToken) is not { } challenge)
        {
            return await NotOpenAsync(challengeId, turn.CancellationToken);
        }

        var stored = await db.Results.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ParticipantId == participant.Id && r.ChallengeId == challengeId, turn.CancellationToken);
        var form = stored is null ? ResultForm.Empty : ResultForm.From(stored);
        return InvokeResponses.Card(ResultCard.Build(challenge, form, [], editing: stored is not null).WriteTo);
    }

    /// <summary>
    /// An owner's preview shows the participants' button too: clicking it there must leave the preview in place, and a
    /// challenge that no longer exists is not "closed".
    /// </summary>
    private async Task<AdaptiveCardInvokeResponse> NotOpenAsync(int challengeId, CancellationToken cancellationToken)
    {
        var status = await db.Challenges.AsNoTracking().Where(c => c.Id == challengeId)
            .Select(c => (ChallengeStatus?)c.Status).FirstOrDefaultAsync(cancellationToken);
        return status switch
        {
            ChallengeStatus.Draft or ChallengeStatus.Scheduled =>
                InvokeResponses.Message("This is a preview: people report their results here once the challenge is posted. Nothing was saved."),
            null => InvokeResponses.Message("I can't find that challenge any more, so nothing was saved. Type result to report on your current challenge."),
            _ => Expired(),
        };
    }

    internal const string Unknown = "I couldn't tell who you are from this message, so I haven't saved anything. Please try again from Teams.";

    internal static AdaptiveCardInvokeResponse Expired() => InvokeResponses.Card(NoticeCard.Build(
        ExpiredTitle,
        "This challenge no longer takes results, so nothing was saved. Type **result** to report on your current challenge.").WriteTo);

    internal static AdaptiveCardInvokeResponse NotEnrolled() => InvokeResponses.Card(NoticeCard.Build(
        "This challenge isn't one you're taking part in",
        "Only people enrolled in the program this challenge belongs to can report on it, so nothing was saved. If you should be in the pilot, ask its program owner to enroll you.").WriteTo);

    internal static AdaptiveCardInvokeResponse Broken() => InvokeResponses.Card(NoticeCard.Build(
        "I couldn't read this card",
        "Something in it was missing or garbled, so I saved nothing. Type **result** and I'll send you a fresh card.").WriteTo);
}
