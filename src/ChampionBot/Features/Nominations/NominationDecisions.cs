using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Nominations;

/// <summary>What a decider chose on the card.</summary>
public enum NominationChoice
{
    Approve,
    Decline,
    NotNow,
}

/// <summary>
/// Records a decision once: one conditional update (same version, still open) decides, so a second click, a stale card
/// or two devices at once change nothing after the first. Approval makes the champion in the same transaction; the
/// nominee's news and the announcement are queued after it commits (idempotent keys).
/// </summary>
public sealed class NominationDecisions(ChampionDbContext db, NominationFlow flow, NominationMessages messages, TimeProvider time)
{
    /// <summary>True when this call decided; false when the nomination was decided or changed since the card was sent.</summary>
    public async Task<bool> DecideAsync(
        Nomination nomination, int cardVersion, NominationChoice choice, string? reason, DateTimeOffset? deferredUntil, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var status = choice switch
        {
            NominationChoice.Approve => NominationStatus.Approved,
            NominationChoice.Decline => NominationStatus.Declined,
            _ => NominationStatus.Deferred,
        };
        DateTimeOffset? decidedAt = choice == NominationChoice.NotNow ? null : now;

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var changed = await db.Nominations
                .Where(n => n.Id == nomination.Id && n.Version == cardVersion && (n.Status == NominationStatus.Pending || n.Status == NominationStatus.Deferred))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(n => n.Status, status)
                    .SetProperty(n => n.Reason, reason)
                    .SetProperty(n => n.DeferredUntil, deferredUntil)
                    .SetProperty(n => n.DecidedAt, decidedAt)
                    .SetProperty(n => n.DecidedByObjectId, actor)
                    .SetProperty(n => n.Version, n => n.Version + 1), cancellationToken);
            if (changed == 0)
            {
                return false;
            }

            if (choice == NominationChoice.Approve)
            {
                await MakeChampionAsync(nomination, actor, now, cancellationToken);
            }

            db.AuditEntries.Add(flow.Audit($"nomination.{status.ToString().ToLowerInvariant()}", nomination, actor, reason));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        (nomination.Status, nomination.Reason, nomination.DeferredUntil, nomination.DecidedAt, nomination.DecidedByObjectId, nomination.Version) =
            (status, reason, deferredUntil, decidedAt, actor, cardVersion + 1);
        return true;
    }

    /// <summary>After a decision committed: the nominee is told, and an approval is announced; the pilot channel's name when it was.</summary>
    public async Task<string?> AnnounceAsync(Nomination nomination, Participant nominee, ChampionProgram program, CancellationToken cancellationToken)
    {
        if (nomination.Status is not (NominationStatus.Approved or NominationStatus.Declined))
        {
            return null;
        }

        var channel = nomination.Status == NominationStatus.Approved ? await AnnounceChampionAsync(nomination, nominee, program, cancellationToken) : null;
        await messages.TellNomineeAsync(nomination, nominee, program, channel is not null, cancellationToken);
        return channel;
    }

    /// <summary>
    /// Announces an approved champion in the pilot channel and records it; null (and nothing recorded) while the bot has
    /// never been in that channel, so the follow-up job announces them once it has.
    /// </summary>
    public async Task<string?> AnnounceChampionAsync(Nomination nomination, Participant champion, ChampionProgram program, CancellationToken cancellationToken)
    {
        if (await messages.AnnounceAsync(nomination, champion, program, cancellationToken) is not { } channel)
        {
            return null;
        }

        await db.Champions.Where(c => c.NominationId == nomination.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AnnouncedAt, time.GetUtcNow()), cancellationToken);
        return channel;
    }

    private async Task MakeChampionAsync(Nomination nomination, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var programId = nomination.ProgramId!.Value;
        var champion = await db.Champions.FirstOrDefaultAsync(c => c.ProgramId == programId && c.ParticipantId == nomination.ParticipantId, cancellationToken);
        if (champion is null)
        {
            champion = new Champion { ParticipantId = nomination.ParticipantId, ProgramId = programId };
            db.Champions.Add(champion);
        }

        // A champion who stepped down and is approved again is a champion again, featured from now on.
        (champion.NominationId, champion.ApprovedAt, champion.ApprovedByObjectId, champion.RetiredAt, champion.AnnouncedAt) = (nomination.Id, now, actor, null, null);
    }
}
