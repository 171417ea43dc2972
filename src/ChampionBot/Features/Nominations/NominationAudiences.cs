using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Nominations;

/// <summary>
/// Who may press a nomination card's buttons, decided from the nomination the card names (never from the card's own
/// claims): the consent buttons only the nominee; the decision buttons only the nominee's manager, or the program's
/// owners once the decision is theirs (no manager to ask, or escalated). A card naming no nomination is unreadable, and
/// one naming a nomination that was forgotten (or, for the decision, withdrawn) is gone: neither is "not yours".
/// </summary>
public sealed class NomineeAudience(ChampionDbContext db) : ICardAudience
{
    public CommandAudience Audience => CommandAudience.Nominee;

    public string GoneText => NominationAudienceTexts.Gone;

    public async Task<CardAudienceVerdict> CheckAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (CardData.Read<NominationCardData>(action.Data).Value.Nomination is not { } id)
        {
            return CardAudienceVerdict.Unreadable;
        }

        var nominee = await db.Nominations.AsNoTracking().Where(n => n.Id == id).Select(n => new { n.Participant!.ObjectId }).FirstOrDefaultAsync(turn.CancellationToken);
        return nominee is null ? CardAudienceVerdict.Gone
            : turn.Activity.From?.AadObjectId is { Length: > 0 } sender && nominee.ObjectId == sender ? CardAudienceVerdict.Allowed
            : CardAudienceVerdict.NotInAudience;
    }
}

/// <inheritdoc cref="NomineeAudience"/>
public sealed class NomineeManagerAudience(ChampionDbContext db, OwnedPrograms owned) : ICardAudience
{
    public CommandAudience Audience => CommandAudience.NomineeManager;

    public string GoneText => NominationAudienceTexts.Gone;

    public async Task<CardAudienceVerdict> CheckAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (CardData.Read<NominationCardData>(action.Data).Value.Nomination is not { } id)
        {
            return CardAudienceVerdict.Unreadable;
        }

        var nomination = await db.Nominations.AsNoTracking().Where(n => n.Id == id)
            .Select(n => new { n.ManagerObjectId, n.EscalatedAt, n.ProgramId, n.Status, Nominee = n.Participant!.ObjectId })
            .FirstOrDefaultAsync(turn.CancellationToken);
        if (nomination is null)
        {
            return CardAudienceVerdict.Gone;
        }

        var allowed = turn.Activity.From?.AadObjectId is { Length: > 0 } sender
            && nomination.Nominee != sender
            && (nomination.ManagerObjectId == sender
                || ((nomination.ManagerObjectId is null || nomination.EscalatedAt is not null)
                    && nomination.ProgramId is { } programId
                    && await owned.OwnsAsync(turn.Activity, programId, turn.CancellationToken)));
        return !allowed ? CardAudienceVerdict.NotInAudience
            : nomination.Status == NominationStatus.Withdrawn ? CardAudienceVerdict.Gone
            : CardAudienceVerdict.Allowed;
    }
}

/// <summary>The words both nomination audiences use.</summary>
internal static class NominationAudienceTexts
{
    public const string Gone =
        "This nomination no longer exists: it was withdrawn (the person opted out of nominations or asked to be forgotten), " +
        "so there is nothing to decide and I haven't changed anything.";
}
