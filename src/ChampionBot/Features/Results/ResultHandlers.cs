using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Features.Participants;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

/// <summary>The result card's actions: open it (fresh or pre-filled) and submit it.</summary>
public sealed class ResultHandlers(
    ParticipantDirectory directory,
    CurrentChallenges challenges,
    ResultWriter writer,
    Rescue rescue,
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
            return Expired();
        }

        var stored = await db.Results.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ParticipantId == participant.Id && r.ChallengeId == challengeId, turn.CancellationToken);
        var form = stored is null ? ResultForm.Empty : ResultForm.From(stored);
        return InvokeResponses.Card(ResultCard.Build(challenge, form, [], editing: stored is not null).ToJsonElement());
    }

    public async Task<AdaptiveCardInvokeResponse> SubmitAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (CardData.ChallengeId(action.Data) is not { } challengeId)
        {
            return Broken();
        }

        if (SenderProfile.From(turn.Activity) is not { } sender)
        {
            return InvokeResponses.Message(Unknown);
        }

        var form = ResultForm.From(action.Data);
        var (answers, errors) = ResultValidator.Validate(form);
        if (answers is null)
        {
            return await challenges.OpenForResultsAsync(challengeId, turn.CancellationToken) is { } open
                ? InvokeResponses.Card(ResultCard.Build(open, form, errors).ToJsonElement())
                : Expired();
        }

        var stored = await writer.WriteAsync(new ResultSubmission(sender, challengeId, answers), turn.CancellationToken);
        if (stored.Challenge is not { } challenge)
        {
            return Expired();
        }

        if (!answers.Worked && stored.PreviouslyWorked != false)
        {
            await rescue.SendAsync(turn, stored.ParticipantId, challenge);
        }

        return InvokeResponses.Card(ResultSubmittedCard.Build(challenge, answers, stored.Updated).ToJsonElement());
    }

    private const string Unknown = "I couldn't tell who you are from this message, so I haven't saved anything. Please try again from Teams.";

    internal static AdaptiveCardInvokeResponse Expired() => InvokeResponses.Card(NoticeCard.Build(
        ExpiredTitle,
        "This challenge no longer takes results, so nothing was saved. Type **result** to report on your current challenge.").ToJsonElement());

    internal static AdaptiveCardInvokeResponse Broken() => InvokeResponses.Card(NoticeCard.Build(
        "I couldn't read this card",
        "Something in it was missing or garbled, so I saved nothing. Type **result** and I'll send you a fresh card.").ToJsonElement());
}
