using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Dread;

/// <summary>
/// <c>dread.submit</c>: checks the answer again on the server (clients skip their own checks), stores it once per card
/// (a second submit updates the same answer) and replaces the card with a thank-you.
/// </summary>
public sealed partial class DreadSubmitHandler(
    ChampionDbContext db,
    ParticipantDirectory participants,
    DreadRoles roles,
    TimeProvider time,
    ILogger<DreadSubmitHandler> logger)
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        var data = new CardInputs(action.Data);
        var cardId = data.Text(DreadCard.CardIdKey);
        if (cardId is null || cardId.Length > 64)
        {
            return InvokeResponses.Message("This card is out of date. Type **dread** and I'll send you a fresh one.");
        }

        var participant = await participants.GetOrCreateAsync(turn.Activity, turn.CancellationToken);
        if (participant is null)
        {
            return InvokeResponses.Message("I couldn't tell who you are from Teams, so I didn't store anything. Please try again in our 1:1 chat.");
        }

        // The survey asks everyone for a role; a person whose role is already known keeps it.
        var input = DreadAnswerInput.Read(data);
        input = participant.Role is null ? input : input with { Role = null };
        var roleChoices = participant.Role is null ? await roles.AllAsync(turn.CancellationToken) : [];
        var (answer, problems) = DreadAnswer.Validate(input, [.. roleChoices.Select(r => r.Slug)]);
        if (answer is null)
        {
            return InvokeResponses.Card(DreadCard.Build(cardId, roleChoices, input, problems).WriteTo);
        }

        var programId = participant.ProgramId ?? (await participants.GetProgramAsync(participant, turn.CancellationToken))?.Id;
        await StoreAsync(participant, programId, cardId, answer, turn.CancellationToken);
        LogStored(logger, participant.Id, programId);
        var firstName = participant.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return InvokeResponses.Card(DreadCard.ThankYou(firstName, answer).WriteTo);
    }

    private async Task StoreAsync(Participant participant, int? programId, string cardId, DreadAnswer answer, CancellationToken cancellationToken)
    {
        if (participant.Role is null && answer.Role is not null)
        {
            participant.Role = answer.Role;
        }

        var item = await db.DreadItems.FirstOrDefaultAsync(d => d.ParticipantId == participant.Id && d.CardInstanceId == cardId, cancellationToken);
        if (item is null)
        {
            item = new DreadItem { ParticipantId = participant.Id, CardInstanceId = cardId, Text = answer.Text, CreatedAt = time.GetUtcNow() };
            db.DreadItems.Add(item);
        }

        Apply(item, participant, programId, answer);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // A double-click: the other submit stored this card's answer a moment ago. Update that one instead.
            db.Entry(item).State = EntityState.Detached;
            var stored = await db.DreadItems.FirstAsync(d => d.ParticipantId == participant.Id && d.CardInstanceId == cardId, cancellationToken);
            Apply(stored, participant, programId, answer);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static void Apply(DreadItem item, Participant participant, int? programId, DreadAnswer answer)
    {
        item.Text = answer.Text;
        item.MinutesPerOccurrence = answer.Minutes;
        item.TimesPerWeek = answer.TimesPerWeek;
        item.ProgramId = programId;
        item.Role = participant.Role;
        item.Team = participant.Team;
    }

    [LoggerMessage(EventId = 5401, Level = LogLevel.Information, Message = "Stored a dread answer for participant {ParticipantId} in program {ProgramId}")]
    private static partial void LogStored(ILogger logger, int participantId, int? programId);
}
