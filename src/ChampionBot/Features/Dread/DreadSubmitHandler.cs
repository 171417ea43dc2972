using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Dread;

/// <summary>
/// <c>dread.open</c> (the survey's button) answers with the card made for the person; <c>dread.submit</c> checks the
/// answer again on the server (clients skip their own checks), stores it once per card (a second submit updates the
/// same answer) in its theme, keeps only the person's latest <see cref="MaxAnswersPerPerson"/> answers in the program,
/// and replaces the card with a thank-you.
/// </summary>
public sealed partial class DreadSubmitHandler(
    ChampionDbContext db,
    ParticipantDirectory participants,
    DreadQuestion question,
    TimeProvider time,
    ILogger<DreadSubmitHandler> logger)
{
    /// <summary>How many answers of one person count in a program: a flood of fresh cards replaces, it never adds up.</summary>
    public const int MaxAnswersPerPerson = 3;

    public const string WhoAreYou = "I couldn't tell who you are from Teams, so I didn't store anything. Please try again in our 1:1 chat.";

    public async Task<AdaptiveCardInvokeResponse> OpenAsync(TurnContext turn)
    {
        if (await participants.RecordSenderAsync(turn.Activity, turn.CancellationToken) is not { } participant)
        {
            return InvokeResponses.Message(WhoAreYou);
        }

        return InvokeResponses.Card((await question.CardAsync(participant, cancellationToken: turn.CancellationToken)).WriteTo);
    }

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        var input = CardData.Read<DreadAnswerInput>(action.Data).Value;
        var cardId = input.CardId;
        if (cardId is null || cardId.Length > 64)
        {
            return InvokeResponses.Message("This card is out of date. Type **dread** and I'll send you a fresh one.");
        }

        if (await participants.RecordSenderAsync(turn.Activity, turn.CancellationToken) is not { } participant)
        {
            return InvokeResponses.Message(WhoAreYou);
        }

        // The card may ask for a role; a person whose role is already known keeps it.
        input = participant.Role is null ? input : input with { Role = null };
        var roleChoices = await question.RoleChoicesAsync(participant, turn.CancellationToken);
        var taskChoices = await question.TasksAsync(participant, turn.CancellationToken);
        var (answer, problems) = DreadAnswer.Validate(input, [.. roleChoices.Select(r => r.Slug)], taskChoices);
        if (answer is null)
        {
            return InvokeResponses.Card(DreadCard.Build(cardId, roleChoices, taskChoices, input, problems).WriteTo);
        }

        var programId = await question.ProgramIdAsync(participant, turn.CancellationToken);
        answer = answer with { ThemeKey = answer.ThemeKey ?? await DreadThemeStore.ForTextAsync(db, programId, answer.Text, turn.CancellationToken) };
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
            item = new DreadItem { ParticipantId = participant.Id, CardInstanceId = cardId, Text = answer.Text };
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

        await KeepLatestAsync(participant.Id, programId, cancellationToken);
    }

    private async Task KeepLatestAsync(int participantId, int? programId, CancellationToken cancellationToken)
    {
        var latest = await db.DreadItems.Where(d => d.ParticipantId == participantId && d.ProgramId == programId)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Select(d => d.Id).Take(MaxAnswersPerPerson).ToListAsync(cancellationToken);
        await db.DreadItems.Where(d => d.ParticipantId == participantId && d.ProgramId == programId && !latest.Contains(d.Id))
            .ExecuteDeleteAsync(cancellationToken);
    }

    private void Apply(DreadItem item, Participant participant, int? programId, DreadAnswer answer)
    {
        item.Text = answer.Text;
        item.ThemeKey = answer.ThemeKey;
        item.MinutesPerOccurrence = answer.Minutes;
        item.TimesPerWeek = answer.TimesPerWeek;
        item.ProgramId = programId;
        item.Role = participant.Role;
        item.Team = participant.Team;
        item.CreatedAt = time.GetUtcNow();
    }

    [LoggerMessage(EventId = 5401, Level = LogLevel.Information, Message = "Stored a dread answer for participant {ParticipantId} in program {ProgramId}")]
    private static partial void LogStored(ILogger logger, int participantId, int? programId);
}
