using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Nominations;

/// <summary>
/// Nothing quietly sunk: on every scheduler poll, an undecided nomination is sent to the manager once more after
/// <c>Nominations:ResendAfterDays</c>, then escalated to the program owners <c>EscalateAfterDays</c> later, saying how
/// long it waited; a "not now" is asked again on its date; and a consent card that could not reach the nominee is sent
/// once they can be reached. Each step is claimed with a conditional update (version), so two instances never send it twice.
/// </summary>
public sealed partial class NominationFollowUpJob(
    ChampionDbContext db, NominationFlow flow, NominationMessages messages, NominationDecisions decisions, IOutbox outbox, IOptions<NominationsOptions> options, TimeProvider time,
    ILogger<NominationFollowUpJob> logger)
    : IScheduledJob
{
    public string Name => "nomination follow-up";

    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var resendBefore = now - TimeSpan.FromDays(settings.ResendAfterDays);
        foreach (var (nomination, program) in await DueAsync(n => n.Status == NominationStatus.Pending && n.ManagerObjectId != null && n.EscalatedAt == null
            && n.SentCount == 1 && n.LastSentAt <= resendBefore, cancellationToken))
        {
            if (await ClaimAsync(nomination, escalate: false, now, cancellationToken))
            {
                await messages.AskManagerAsync(nomination, nomination.Participant!, program, nomination.ManagerObjectId!, cancellationToken);
                LogResent(logger, nomination.Id);
            }
        }

        var escalateBefore = now - TimeSpan.FromDays(settings.EscalateAfterDays);
        foreach (var (nomination, program) in await DueAsync(n => n.Status == NominationStatus.Pending && n.EscalatedAt == null
            && n.SentCount >= 2 && n.LastSentAt <= escalateBefore, cancellationToken))
        {
            var waited = (int)(now - nomination.LastSentAt!.Value).TotalDays + settings.ResendAfterDays;
            if (await ClaimAsync(nomination, escalate: true, now, cancellationToken))
            {
                var manager = await db.Participants.AsNoTracking().Where(p => p.ObjectId == nomination.ManagerObjectId).Select(p => p.DisplayName).FirstOrDefaultAsync(cancellationToken)
                    ?? "their manager";
                var why = $"This has waited {waited} days for a decision from {manager} (asked twice), so I'm bringing it to you as a program owner. Either of you can decide.";
                await messages.AskOwnersAsync(nomination, nomination.Participant!, program, why, cancellationToken);
                LogEscalated(logger, nomination.Id, waited);
            }
        }

        foreach (var (nomination, program) in await DueAsync(n => n.Status == NominationStatus.Deferred && n.DeferredUntil <= now, cancellationToken))
        {
            await AskAgainAsync(nomination, program, cancellationToken);
        }

        await SendUndeliveredConsentAsync(now, cancellationToken);
        await AnnounceMissedAsync(cancellationToken);
    }

    /// <summary>A champion approved before the bot was in the pilot channel is announced there once it is.</summary>
    private async Task AnnounceMissedAsync(CancellationToken cancellationToken)
    {
        foreach (var (nomination, program) in await DueAsync(n => n.Status == NominationStatus.Approved
            && db.Champions.Any(c => c.NominationId == n.Id && c.AnnouncedAt == null && c.RetiredAt == null), cancellationToken))
        {
            if (nomination.Participant is { } champion && await decisions.AnnounceChampionAsync(nomination, champion, program, cancellationToken) is not null)
            {
                LogAnnouncedLate(logger, nomination.Id);
            }
        }
    }

    /// <summary>
    /// A consent card is not lost when the nominee cannot get it: one the bot had no way to send (no chat with them, and
    /// the pilot team not known yet) goes as soon as there is one; one that reached nobody (failed, 403, 404) goes again
    /// once the nominee has talked to the bot since, which is when Teams lets it through.
    /// </summary>
    private async Task SendUndeliveredConsentAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (nomination, program) in await DueAsync(n => n.Status == NominationStatus.AwaitingConsent && n.SentCount == 0, cancellationToken))
        {
            await SendConsentAgainAsync(nomination, program, now, cancellationToken);
        }

        var spokenSince = await DueAsync(n => n.Status == NominationStatus.AwaitingConsent && n.SentCount > 0
            && db.ConversationReferences.Any(r => r.UserAadObjectId == n.Participant!.ObjectId
                && r.ConversationType == ConversationReferenceStore.PersonalConversation && r.UpdatedAt > n.LastSentAt), cancellationToken);
        var undelivered = await outbox.UndeliveredAsync([.. spokenSince.Select(d => NominationMessages.ConsentKey(d.Nomination.Id, d.Nomination.SentCount))], cancellationToken);
        foreach (var (nomination, program) in spokenSince.Where(d => undelivered.Contains(NominationMessages.ConsentKey(d.Nomination.Id, d.Nomination.SentCount))))
        {
            await SendConsentAgainAsync(nomination, program, now, cancellationToken);
        }
    }

    private async Task SendConsentAgainAsync(Nomination nomination, ChampionProgram program, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Queued under the next attempt's key first: an instance that loses the claim below found the same message.
        var attempt = nomination.SentCount + 1;
        if (await messages.AskConsentAsync(nomination, nomination.Participant!, program, attempt, cancellationToken)
            && await ClaimAsync(nomination, escalate: false, now, cancellationToken))
        {
            LogConsentSent(logger, nomination.Id, attempt);
        }
    }

    private async Task AskAgainAsync(Nomination due, ChampionProgram program, CancellationToken cancellationToken)
    {
        var nomination = await db.Nominations.FirstAsync(n => n.Id == due.Id, cancellationToken);
        if (nomination.Version != due.Version)
        {
            return;
        }

        try
        {
            await flow.ToDeciderAsync(nomination, due.Participant!, program, cancellationToken);
            LogAskedAgain(logger, nomination.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance asked again first.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Claims the step: true for the one instance whose update found the nomination as it was read.</summary>
    private async Task<bool> ClaimAsync(Nomination nomination, bool escalate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = escalate
            ? await db.Nominations.Where(n => n.Id == nomination.Id && n.Version == nomination.Version).ExecuteUpdateAsync(set => set
                .SetProperty(n => n.EscalatedAt, now).SetProperty(n => n.Version, n => n.Version + 1), cancellationToken)
            : await db.Nominations.Where(n => n.Id == nomination.Id && n.Version == nomination.Version).ExecuteUpdateAsync(set => set
                .SetProperty(n => n.SentCount, n => n.SentCount + 1).SetProperty(n => n.LastSentAt, now).SetProperty(n => n.Version, n => n.Version + 1), cancellationToken);
        nomination.Version++;
        return changed == 1;
    }

    private async Task<List<(Nomination Nomination, ChampionProgram Program)>> DueAsync(System.Linq.Expressions.Expression<Func<Nomination, bool>> due, CancellationToken cancellationToken)
    {
        var rows = await db.Nominations.AsNoTracking().Where(due).Where(n => n.ProgramId != null).Include(n => n.Participant).OrderBy(n => n.Id).Take(200).ToListAsync(cancellationToken);
        var programIds = rows.Select(n => n.ProgramId!.Value).Distinct().ToList();
        var programs = await db.Programs.AsNoTracking().Where(p => programIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. rows.Select(n => (n, programs[n.ProgramId!.Value]))];
    }

    [LoggerMessage(EventId = 6204, Level = LogLevel.Information, Message = "Nomination {NominationId} sent to the manager again")]
    private static partial void LogResent(ILogger logger, int nominationId);

    [LoggerMessage(EventId = 6205, Level = LogLevel.Information, Message = "Nomination {NominationId} escalated to the program owners after {Days} days")]
    private static partial void LogEscalated(ILogger logger, int nominationId, int days);

    [LoggerMessage(EventId = 6208, Level = LogLevel.Information, Message = "Nomination {NominationId}: the consent card the nominee could not get is sent now (send {Attempt})")]
    private static partial void LogConsentSent(ILogger logger, int nominationId, int attempt);

    [LoggerMessage(EventId = 6209, Level = LogLevel.Information, Message = "Nomination {NominationId}: the champion approved before the bot was in the pilot channel is announced there now")]
    private static partial void LogAnnouncedLate(ILogger logger, int nominationId);

    [LoggerMessage(EventId = 6206, Level = LogLevel.Information, Message = "Nomination {NominationId} asked again after 'not now'")]
    private static partial void LogAskedAgain(ILogger logger, int nominationId);
}
