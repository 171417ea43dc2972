using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Results;

/// <summary>
/// Submits the result card. A singleton on purpose: on a Monday morning this runs thousands of times a minute, and the
/// common path (a valid card, stored by the <see cref="ResultWriter"/>) needs nothing from the turn's scope; the rare
/// paths (a card with errors, a rescue) take their services from the turn.
/// </summary>
public sealed class ResultSubmitHandler(ResultWriter writer, ChampionRescores rescores)
{
    public async Task<AdaptiveCardInvokeResponse> SubmitAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        var form = CardData.Read<ResultSubmitData>(action.Data).Value;
        var stored = form.Stored;
        if (form.Challenge is not { } challengeId)
        {
            return await turn.Services.GetRequiredService<ResultHandlers>().BrokenAsync(turn, form, stored);
        }

        if (SenderProfile.From(turn.Activity) is not { } sender)
        {
            return InvokeResponses.Message(ResultHandlers.Unknown);
        }

        var (answers, errors) = ResultValidator.Validate(form);
        if (answers is null)
        {
            return await turn.Services.GetRequiredService<CurrentChallenges>().OpenForResultsAsync(challengeId, turn.CancellationToken) is { } open
                ? InvokeResponses.Card(ResultCard.Build(open, form, errors, stored).WriteTo)
                : ResultHandlers.Expired();
        }

        var written = await writer.WriteAsync(new ResultSubmission(sender, challengeId, answers), turn.CancellationToken);
        if (written.Challenge is not { } challenge)
        {
            return written.Refused ? ResultHandlers.NotEnrolled() : ResultHandlers.Expired();
        }

        rescores.Enqueue(written.ParticipantId);
        var tipSent = !answers.Worked && written.PreviouslyWorked != false;
        if (tipSent)
        {
            await turn.Services.GetRequiredService<Rescue>().SendAsync(turn, written.ParticipantId, challenge);
        }

        var receipt = ResultReceipt.For(stored, answers, written.PreviouslyWorked, tipSent);
        return InvokeResponses.Card(ResultSubmittedCard.Build(challenge, answers, receipt).WriteTo);
    }
}
