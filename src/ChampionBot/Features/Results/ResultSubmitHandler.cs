using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Results;

/// <summary>
/// Submits the result card. A singleton on purpose: on a Monday morning this runs thousands of times a minute, and the
/// common path (a valid card, stored by the <see cref="ResultWriter"/>) needs nothing from the turn's scope; the rare
/// paths (a card with errors, a rescue) take their services from the turn.
/// </summary>
public sealed class ResultSubmitHandler(ResultWriter writer)
{
    public async Task<AdaptiveCardInvokeResponse> SubmitAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (CardData.ChallengeId(action.Data) is not { } challengeId)
        {
            return ResultHandlers.Broken();
        }

        if (SenderProfile.From(turn.Activity) is not { } sender)
        {
            return InvokeResponses.Message(ResultHandlers.Unknown);
        }

        var form = ResultForm.From(action.Data);
        var (answers, errors) = ResultValidator.Validate(form);
        if (answers is null)
        {
            return await turn.Services.GetRequiredService<CurrentChallenges>().OpenForResultsAsync(challengeId, turn.CancellationToken) is { } open
                ? InvokeResponses.Card(ResultCard.Build(open, form, errors).WriteTo)
                : ResultHandlers.Expired();
        }

        var stored = await writer.WriteAsync(new ResultSubmission(sender, challengeId, answers), turn.CancellationToken);
        if (stored.Challenge is not { } challenge)
        {
            return stored.Refused ? ResultHandlers.NotEnrolled() : ResultHandlers.Expired();
        }

        if (!answers.Worked && stored.PreviouslyWorked != false)
        {
            await turn.Services.GetRequiredService<Rescue>().SendAsync(turn, stored.ParticipantId, challenge);
        }

        return InvokeResponses.Card(ResultSubmittedCard.Build(challenge, answers, stored.Updated).WriteTo);
    }
}
