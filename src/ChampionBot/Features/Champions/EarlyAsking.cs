using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Champions;

/// <summary>
/// Records, as champion evidence, a person asking for the next challenge when they have already got the current one
/// working: once per challenge (the evidence's source key), however often they ask.
/// </summary>
public sealed class EarlyAsking(ChampionDbContext db, ChampionRescores rescores, TimeProvider time)
{
    public static string SourceKey(int challengeId) => $"next:{challengeId}";

    public async Task RecordAsync(int participantId, Challenge current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        var key = SourceKey(current.Id);
        var finished = await db.Results.AnyAsync(
            r => r.ParticipantId == participantId && r.ChallengeId == current.Id && (r.Worked || r.RetryWorked == true), cancellationToken);
        if (!finished || await db.ChampionEvidence.AnyAsync(
                e => e.ParticipantId == participantId && e.Kind == EvidenceKind.EarlyNextChallengeRequest && e.SourceKey == key, cancellationToken))
        {
            return;
        }

        var evidence = new ChampionEvidence
        {
            ParticipantId = participantId,
            ProgramId = current.ProgramId,
            Kind = EvidenceKind.EarlyNextChallengeRequest,
            SourceKey = key,
            Points = 1,
            Detail = $"Asked for the next challenge after getting \"{current.Title}\" working.",
            ObservedAt = time.GetUtcNow(),
        };
        db.ChampionEvidence.Add(evidence);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.Entry(evidence).State = EntityState.Detached; // recorded by a request at the same moment
            return;
        }

        rescores.Enqueue(participantId);
    }
}
