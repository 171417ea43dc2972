using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Conversations;
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
        var data = CardData.Read<ResultCardData>(action.Data).Value;
        if (data.Challenge is not { } challengeId)
        {
            return Broken();
        }

        if (await directory.RecordSenderAsync(turn.Activity, turn.CancellationToken) is not { } participant)
        {
            return InvokeResponses.Message(Unknown);
        }

        if (await challenges.OpenForResultsAsync(challengeId, turn.CancellationToken) is not { } challenge)
        {
            return await NotOpenAsync(challengeId, turn.CancellationToken);
        }

        var stored = await db.Results.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ParticipantId == participant.Id && r.ChallengeId == challengeId, turn.CancellationToken);
        var card = ResultCard.For(challenge, stored);
        if (!turn.Activity.IsPersonal())
        {
            // A result is just for the person: the form goes to their 1:1 chat, and the channel post stays as it is.
            await PersonalChat.SendAsync(turn, MessageFactory.Card(card.ToJsonElement(), $"Report your result for {challenge.Title}"));
            return InvokeResponses.Message("I've sent you the result card in our 1:1 chat (ChampionBot under Chat): your answers stay between us.");
        }

        if (data.KeepCard)
        {
            // Opened from the challenge card: the form comes below it, so the steps stay in view while filling it in.
            await turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), $"Report your result for {challenge.Title}"));
            return InvokeResponses.Message("Your result card is below; the steps stay here on the challenge card.");
        }

        return InvokeResponses.Card(card.WriteTo);
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

    /// <summary>
    /// A result card that lost its challenge (an old or garbled card): the typed answers go onto a card for the
    /// person's current challenge, saying what was wrong, so nothing they typed is lost.
    /// </summary>
    public async Task<AdaptiveCardInvokeResponse> BrokenAsync(TurnContext turn, ResultForm typed, ResultForm? stored)
    {
        if (typed.IsEmpty
            || await directory.RecordSenderAsync(turn.Activity, turn.CancellationToken) is not { } participant
            || await challenges.ForAsync(participant, turn.CancellationToken) is not { } current)
        {
            return Broken();
        }

        var error = $"This card didn't say which challenge it was for, so I saved nothing. Your answers are below on the card for {current.Title}: check them and send again.";
        return InvokeResponses.Card(ResultCard.Build(current, typed, [error], stored).WriteTo);
    }

    internal static AdaptiveCardInvokeResponse Broken() => InvokeResponses.Card(NoticeCard.Build(
        "I couldn't read this card",
        "Something in it was missing or garbled, so I saved nothing. Type **result** and I'll send you a fresh card.").WriteTo);
}
