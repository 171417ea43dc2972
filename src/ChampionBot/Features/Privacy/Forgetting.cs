using System.Text.Json;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Nominations;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Privacy;

/// <summary>
/// "Forget me": deletes the person and everything linked to them in one transaction. Their results stay, detached
/// (no participant, free text cleared), as anonymous numbers in the outcomes; the audit says that someone was
/// forgotten, not who. Their object id goes on the do-not-contact list (<see cref="DoNotContact"/>) in the same
/// transaction, and is left nowhere else: not in other people's rows (manager, who approved or added whom, who wrote a
/// challenge), not in audit details, not on the messages they asked the bot to send.
/// An owner who asks to be forgotten is removed as owner rather than first told to hand over: "forget me" must never
/// depend on someone else acting, and an ownership row is their object id. The program stays with its other owners (or
/// the configured ones, <c>ChampionProgram:Owners</c>, which only configuration can change).
/// </summary>
public sealed partial class Forgetting(
    ChampionDbContext db, ConversationReferenceStore references, IOutbox outbox, ChampionWithdrawal withdrawal, TimeProvider time, ILogger<Forgetting> logger)
{
    public const string ForgottenActor = "forgotten-participant";

    /// <summary>False when nothing was stored about the person.</summary>
    public async Task<bool> ForgetAsync(string objectId, CancellationToken cancellationToken)
    {
        // Read before the rows that lead to them are deleted; their messages are taken back once the forgetting has committed.
        var nominations = await db.Participants.AsNoTracking().Where(p => p.ObjectId == objectId).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken) is { } id
            ? await withdrawal.NominationsOfAsync(id, cancellationToken)
            : [];
        bool forgotten;
        try
        {
            forgotten = await DeleteAndListAsync(objectId, cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // A second "Yes" on the same card raced this one, and the first committed the same forgetting and listing.
            db.ChangeTracker.Clear();
            forgotten = true;
        }

        // After the do-not-contact entry is committed, so the sender refuses any copy still in flight.
        await outbox.DeleteForRecipientAsync(objectId, cancellationToken);

        // Also drops this instance's memory of the person's conversations, so the next message stores one afresh.
        await references.ForgetUserAsync(objectId, cancellationToken);

        // The messages they asked the bot to send (a survey, a challenge post) keep going to others, in nobody's name.
        await outbox.ForgetRequesterAsync(objectId, ForgottenActor, cancellationToken);

        // What the bot sent about their nominations (their evidence, on their manager's card; the channel's announcement) is
        // deleted where it was posted and erased here, as everything else about them is.
        await withdrawal.RecallMessagesAsync(nominations, erase: true, cancellationToken);
        return forgotten;
    }

    private async Task<bool> DeleteAndListAsync(string objectId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var participant = await db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.ObjectId == objectId, cancellationToken);
        var id = participant?.Id ?? -1;
        var subject = $"participant:{id}";
        var counts = new Dictionary<string, int>
        {
            ["resultsKeptAnonymously"] = await db.Results.Where(r => r.ParticipantId == id).ExecuteUpdateAsync(set => set
                .SetProperty(r => r.ParticipantId, (int?)null)
                .SetProperty(r => r.WhatTheyDidDifferently, (string?)null), cancellationToken),
            ["dreadItems"] = await db.DreadItems.Where(d => d.ParticipantId == id).ExecuteDeleteAsync(cancellationToken),
            ["reminders"] = await db.Reminders.Where(r => r.ParticipantId == id).ExecuteDeleteAsync(cancellationToken),
            ["maturityWords"] = await db.MaturityPulses.Where(m => m.ParticipantId == id).ExecuteDeleteAsync(cancellationToken),
            ["evidence"] = await db.ChampionEvidence.Where(e => e.ParticipantId == id).ExecuteDeleteAsync(cancellationToken),
            ["nominations"] = await db.Nominations.Where(n => n.ParticipantId == id).ExecuteDeleteAsync(cancellationToken),
            ["champions"] = await db.Champions.Where(c => c.ParticipantId == id).ExecuteDeleteAsync(cancellationToken),
            ["copilotUsage"] = await db.CopilotUsage.Where(u => u.ParticipantId == id).ExecuteDeleteAsync(cancellationToken),
            ["conversationReferences"] = await db.ConversationReferences.Where(r => r.UserAadObjectId == objectId).ExecuteDeleteAsync(cancellationToken),
            ["auditEntriesAnonymised"] = await db.AuditEntries
                .Where(a => a.ActorObjectId == objectId || a.Subject == subject || a.Subject!.Contains(objectId) || a.Details!.Contains(objectId))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(a => a.ActorObjectId, a => a.ActorObjectId == objectId ? ForgottenActor : a.ActorObjectId)
                    .SetProperty(a => a.Subject, a => a.Subject == subject ? null : a.Subject!.Replace(objectId, ForgottenActor))
                    .SetProperty(a => a.Details, a => a.Details!.Replace(objectId, ForgottenActor)), cancellationToken),
            ["exportLinks"] = await db.OutcomeExports.Where(e => e.RequestedByObjectId == objectId).ExecuteDeleteAsync(cancellationToken),
            ["ownerships"] = await db.ProgramOwners.Where(o => o.ObjectId == objectId).ExecuteDeleteAsync(cancellationToken),
            ["programChoice"] = await db.ProgramChoices.Where(c => c.ObjectId == objectId).ExecuteDeleteAsync(cancellationToken),
            ["ownersAddedAnonymised"] = await db.ProgramOwners.Where(o => o.AddedByObjectId == objectId).ExecuteUpdateAsync(set => set
                .SetProperty(o => o.AddedByObjectId, ForgottenActor), cancellationToken),
            ["challengesAuthoredAnonymised"] = await db.Challenges.Where(c => c.CreatedByObjectId == objectId).ExecuteUpdateAsync(set => set
                .SetProperty(c => c.CreatedByObjectId, ForgottenActor)
                .SetProperty(c => c.Version, c => c.Version + 1), cancellationToken),
            ["championsApprovedAnonymised"] = await db.Champions.Where(c => c.ApprovedByObjectId == objectId).ExecuteUpdateAsync(set => set
                .SetProperty(c => c.ApprovedByObjectId, ForgottenActor), cancellationToken),
            ["nominationsAnonymised"] = await db.Nominations.Where(n => n.ManagerObjectId == objectId || n.DecidedByObjectId == objectId || n.NominatedByObjectId == objectId).ExecuteUpdateAsync(set => set
                .SetProperty(n => n.ManagerObjectId, n => n.ManagerObjectId == objectId ? ForgottenActor : n.ManagerObjectId)
                .SetProperty(n => n.NominatedByObjectId, n => n.NominatedByObjectId == objectId ? ForgottenActor : n.NominatedByObjectId)
                .SetProperty(n => n.DecidedByObjectId, n => n.DecidedByObjectId == objectId ? ForgottenActor : n.DecidedByObjectId)
                .SetProperty(n => n.Version, n => n.Version + 1), cancellationToken),
            ["managerOfOthersCleared"] = await db.Participants.Where(p => p.ManagerObjectId == objectId).ExecuteUpdateAsync(set => set
                .SetProperty(p => p.ManagerObjectId, (string?)null), cancellationToken),
            ["participants"] = await db.Participants.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken),
        };

        var forgotten = counts.Values.Any(c => c > 0);
        if (forgotten)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = time.GetUtcNow(),
                ActorObjectId = "system",
                Action = "participant.forgotten",
                ProgramId = participant?.ProgramId,
                Details = JsonSerializer.Serialize(counts),
            });
        }

        // Forgetting means "stop contacting me" too: without this, the next enroll would re-create the person from
        // the team roster, opt-out gone. Only the object id and the time are kept; a repeat keeps the first date.
        if (!await db.DoNotContactList.AnyAsync(d => d.ObjectId == objectId, cancellationToken))
        {
            db.DoNotContactList.Add(new DoNotContact { ObjectId = objectId, Since = time.GetUtcNow() });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogForgotten(logger, counts["resultsKeptAnonymously"]);
        return forgotten;
    }

    [LoggerMessage(EventId = 5601, Level = LogLevel.Information, Message = "A participant was forgotten; {Results} results kept anonymously")]
    private static partial void LogForgotten(ILogger logger, int results);
}
