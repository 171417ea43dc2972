using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;
using ChampionBot.Features.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Nominations;

/// <summary>
/// Approve, Decline and Not now on the decision card. Who may press them was checked before (the nominee's manager, or
/// the owners once it is theirs: <see cref="NominationAudiences"/>); here the answer is checked and recorded once, and
/// the card is replaced by the outcome.
/// </summary>
public sealed class DecisionHandlers(ChampionDbContext db, NominationDecisions decisions, IOptions<NominationsOptions> options, TimeProvider time)
{
    public const int MaxReasonLength = 400;

    public Task<AdaptiveCardInvokeResponse> ApproveAsync(TurnContext turn, AdaptiveCardInvokeAction action) => DecideAsync(turn, action, NominationChoice.Approve);

    public Task<AdaptiveCardInvokeResponse> DeclineAsync(TurnContext turn, AdaptiveCardInvokeAction action) => DecideAsync(turn, action, NominationChoice.Decline);

    public Task<AdaptiveCardInvokeResponse> NotNowAsync(TurnContext turn, AdaptiveCardInvokeAction action) => DecideAsync(turn, action, NominationChoice.NotNow);

    private async Task<AdaptiveCardInvokeResponse> DecideAsync(TurnContext turn, AdaptiveCardInvokeAction action, NominationChoice choice)
    {
        var data = CardData.Read<NominationCardData>(action.Data).Value;
        if (await LoadAsync(data.Nomination, turn.CancellationToken) is not { } found)
        {
            return Broken();
        }

        var (nomination, nominee, program) = found;
        var today = Cadence.LocalDate(program.TimeZoneId, time.GetUtcNow());
        if (!Nomination.OpenStatuses.Contains(nomination.Status) || nomination.Status == NominationStatus.AwaitingConsent)
        {
            return await OutcomeAsync(nomination, nominee, program, null, turn.CancellationToken);
        }

        if (data.Version != nomination.Version)
        {
            return Card(nomination, nominee, program, data, ["This card was out of date (the nomination was sent again or changed since), so nothing was recorded. Here it is as it stands now: choose again."]);
        }

        var errors = new List<string>();
        var reason = data.Reason?.Trim();
        DateOnly? until = null;
        if (choice == NominationChoice.Decline && string.IsNullOrEmpty(reason))
        {
            errors.Add("To decline, write why in the box: the program owners see it, and it helps them choose better. Nothing was recorded.");
        }
        else if (choice == NominationChoice.Decline && reason!.Length > MaxReasonLength)
        {
            errors.Add($"Keep the reason to {MaxReasonLength} characters or fewer (it has {reason.Length}). Nothing was recorded.");
            data = data with { Reason = reason[..MaxReasonLength] }; // the card keeps what fits its box (Teams cards stop at about 28 KB)
        }
        else if (choice == NominationChoice.NotNow)
        {
            until = data.UntilDate;
            if (until is not { } picked || picked <= today || picked > today.AddDays(options.Value.MaxNotNowDays))
            {
                errors.Add($"For \"Not now\", pick the day I should ask you again: after today and within {options.Value.MaxNotNowDays} days. Nothing was recorded.");
            }
        }

        if (errors.Count > 0)
        {
            return Card(nomination, nominee, program, data, errors);
        }

        var actor = turn.Activity.From?.AadObjectId ?? "unknown";
        if (!await decisions.DecideAsync(nomination, nomination.Version, choice, choice == NominationChoice.Decline ? reason : null,
            until is { } day ? Cadence.StartOfDay(program.TimeZoneId, day) : null, actor, turn.CancellationToken))
        {
            // Someone decided a moment ago (another click, another device): show what they decided.
            var current = await db.Nominations.AsNoTracking().FirstAsync(n => n.Id == nomination.Id, turn.CancellationToken);
            return await OutcomeAsync(current, nominee, program, null, turn.CancellationToken);
        }

        var channel = await decisions.AnnounceAsync(nomination, nominee, program, turn.CancellationToken);
        return await OutcomeAsync(nomination, nominee, program, channel, turn.CancellationToken);
    }

    private async Task<(Nomination, Participant, ChampionProgram)?> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        var nomination = id is null ? null : await db.Nominations.AsNoTracking().Include(n => n.Participant).FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        var program = nomination?.ProgramId is { } programId ? await db.Programs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programId, cancellationToken) : null;
        return nomination?.Participant is { } nominee && program is not null ? (nomination, nominee, program) : null;
    }

    private async Task<AdaptiveCardInvokeResponse> OutcomeAsync(Nomination nomination, Participant nominee, ChampionProgram program, string? channel, CancellationToken cancellationToken)
    {
        var decider = nomination.DecidedByObjectId is { } by
            ? await db.Participants.AsNoTracking().Where(p => p.ObjectId == by).Select(p => p.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;
        return InvokeResponses.Card(DecisionCard.Outcome(nomination, nominee.DisplayName, decider, channel, program.TimeZoneId).WriteTo);
    }

    private static AdaptiveCardInvokeResponse Card(
        Nomination nomination, Participant nominee, ChampionProgram program, NominationCardData typed, IReadOnlyList<string> errors) =>
        InvokeResponses.Card(DecisionCard.Build(nomination, nominee.DisplayName, program.Name, ScoreLine.FromJson(nomination.EvidenceJson), null, typed, errors).WriteTo);

    internal static AdaptiveCardInvokeResponse Broken() => InvokeResponses.Card(NoticeCard.Build(
        "I couldn't read this card",
        "It doesn't say which nomination it is about (an old or garbled card), so nothing was recorded.").WriteTo);
}
