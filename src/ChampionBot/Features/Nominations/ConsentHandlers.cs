using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Nominations;

/// <summary>
/// The nominee's "Yes, nominate me" / "No thanks" (only the nominee gets this far: <see cref="NominationAudiences"/>).
/// Yes hands the nomination to the manager (or the owners); both answer once, and the card shows the answer in place.
/// </summary>
public sealed class ConsentHandlers(ChampionDbContext db, NominationFlow flow, TimeProvider time)
{
    public Task<AdaptiveCardInvokeResponse> YesAsync(TurnContext turn, AdaptiveCardInvokeAction action) => AnswerAsync(turn, action, yes: true);

    public Task<AdaptiveCardInvokeResponse> NoAsync(TurnContext turn, AdaptiveCardInvokeAction action) => AnswerAsync(turn, action, yes: false);

    private async Task<AdaptiveCardInvokeResponse> AnswerAsync(TurnContext turn, AdaptiveCardInvokeAction action, bool yes)
    {
        var data = CardData.Read<NominationCardData>(action.Data).Value;
        var nomination = data.Nomination is { } id ? await db.Nominations.Include(n => n.Participant).FirstOrDefaultAsync(n => n.Id == id, turn.CancellationToken) : null;
        var program = nomination?.ProgramId is { } programId ? await db.Programs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programId, turn.CancellationToken) : null;
        if (nomination?.Participant is not { } nominee || program is null)
        {
            return DecisionHandlers.Broken();
        }

        // The status decides (an answer is given once); two answers at once are caught by the version when saving.
        if (nomination.Status != NominationStatus.AwaitingConsent)
        {
            return AlreadyAnswered(nomination);
        }

        try
        {
            if (!yes)
            {
                nomination.Status = NominationStatus.ConsentDeclined;
                nomination.DecidedAt = time.GetUtcNow();
                nomination.DecidedByObjectId = nominee.ObjectId;
                db.AuditEntries.Add(flow.Audit("nomination.consent-declined", nomination, nominee.ObjectId));
                await db.SaveChangesAsync(turn.CancellationToken);
                return InvokeResponses.Card(ConsentCard.Answered(false, null).WriteTo);
            }

            db.AuditEntries.Add(flow.Audit("nomination.consented", nomination, nominee.ObjectId));
            var decider = await flow.ToDeciderAsync(nomination, nominee, program, turn.CancellationToken);
            return InvokeResponses.Card(ConsentCard.Answered(true, decider.ManagerName).WriteTo);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Answered a moment ago from another device: that answer stands.
            db.ChangeTracker.Clear();
            var current = await db.Nominations.AsNoTracking().FirstAsync(n => n.Id == nomination.Id, turn.CancellationToken);
            return AlreadyAnswered(current);
        }
    }

    private static AdaptiveCardInvokeResponse AlreadyAnswered(Nomination nomination) => InvokeResponses.Card((nomination.Status switch
    {
        NominationStatus.ConsentDeclined => Results.NoticeCard.Build("You've already answered", "You said no thanks, so I won't nominate you. Nothing changed."),
        NominationStatus.Withdrawn => Results.NoticeCard.Build("This nomination was withdrawn",
            "You opted out of nominations, so this nomination is closed. Type **optin nominations** if you'd like to be considered again. Nothing changed."),
        _ => Results.NoticeCard.Build("You've already answered", "You said yes, and your nomination is with the people who decide. Nothing changed."),
    }).WriteTo);
}
