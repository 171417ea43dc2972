using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Nominations;

/// <summary>
/// Who may press a nomination card's buttons, decided from the nomination the card names (never from the card's own
/// claims): the consent buttons only the nominee; the decision buttons only the nominee's manager, or the program's
/// owners once the decision is theirs (no manager to ask, or escalated). A card naming no nomination refuses everyone.
/// </summary>
public sealed class NomineeAudience(ChampionDbContext db) : ICardAudience
{
    public CommandAudience Audience => CommandAudience.Nominee;

    public async Task<bool> AllowsAsync(TurnContext turn, AdaptiveCardInvokeAction action) =>
        turn.Activity.From?.AadObjectId is { Length: > 0 } sender
        && CardData.Read<NominationCardData>(action.Data).Value.Nomination is { } id
        && await db.Nominations.AnyAsync(n => n.Id == id && n.Participant!.ObjectId == sender, turn.CancellationToken);
}

/// <inheritdoc cref="NomineeAudience"/>
public sealed class NomineeManagerAudience(ChampionDbContext db, OwnedPrograms owned) : ICardAudience
{
    public CommandAudience Audience => CommandAudience.NomineeManager;

    public async Task<bool> AllowsAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } sender
            || CardData.Read<NominationCardData>(action.Data).Value.Nomination is not { } id
            || await db.Nominations.AsNoTracking().Where(n => n.Id == id)
                .Select(n => new { n.ManagerObjectId, n.EscalatedAt, n.ProgramId, Nominee = n.Participant!.ObjectId })
                .FirstOrDefaultAsync(turn.CancellationToken) is not { } nomination
            || nomination.Nominee == sender)
        {
            return false;
        }

        return nomination.ManagerObjectId == sender
            || ((nomination.ManagerObjectId is null || nomination.EscalatedAt is not null)
                && nomination.ProgramId is { } programId
                && await owned.OwnsAsync(turn.Activity, programId, turn.CancellationToken));
    }
}
