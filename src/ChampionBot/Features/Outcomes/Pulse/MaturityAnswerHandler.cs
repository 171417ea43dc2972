using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Outcomes.Pulse;

/// <summary>
/// <c>maturity.submit</c>: checks the word again on the server (clients skip their own checks) and refuses a bad one on
/// the card, the typed text kept; stores a good one on the round the person was asked (a second submit changes it),
/// and replaces the card with a thank-you. A card for a round the person was never asked stores nothing.
/// </summary>
public sealed partial class MaturityAnswerHandler(ChampionDbContext db, ParticipantDirectory participants, TimeProvider time, ILogger<MaturityAnswerHandler> logger)
{
    public const string NotAsked = "This card isn't one I sent you, or it is out of date, so I didn't store anything. I'll ask again in a few weeks.";

    public const string OptedOut = "You've opted out, so I don't store new answers. Type **optin** to take part again.";

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        var input = CardData.Read<MaturityAnswerInput>(action.Data).Value;
        if (await participants.FindSenderAsync(turn.Activity, turn.CancellationToken) is not { } participant)
        {
            return InvokeResponses.Message(NotAsked);
        }

        if (participant.OptedOutAt is not null)
        {
            return InvokeResponses.Message(OptedOut);
        }

        var pulse = await db.MaturityPulses.FirstOrDefaultAsync(
            p => p.ParticipantId == participant.Id && p.ProgramId == input.ProgramId && p.Round == input.Round, turn.CancellationToken);
        if (pulse is null)
        {
            return InvokeResponses.Message(NotAsked);
        }

        var (word, problem) = MaturityWord.Validate(input.Word);
        if (word is null)
        {
            return InvokeResponses.Card(MaturityPulseCard.Build(pulse.ProgramId, pulse.Round, input.Word, problem).WriteTo);
        }

        pulse.Word = word;
        pulse.AnsweredAt = time.GetUtcNow();
        await db.SaveChangesAsync(turn.CancellationToken);
        LogAnswered(logger, pulse.ProgramId, pulse.Round);
        return InvokeResponses.Card(MaturityPulseCard.Thanks(word).WriteTo);
    }

    [LoggerMessage(EventId = 5851, Level = LogLevel.Information, Message = "Stored a maturity word in program {ProgramId}, round {Round}")]
    private static partial void LogAnswered(ILogger logger, int programId, int round);
}
