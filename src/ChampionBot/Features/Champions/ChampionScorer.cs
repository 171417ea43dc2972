using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Champions;

/// <summary>
/// Recomputes and stores <see cref="ChampionScore"/>s from the bot's own evidence (results, <see cref="ChampionEvidence"/>)
/// and the Copilot usage last read. Enrolled people who have not opted out only; a batch at a time, so a large
/// program is never in memory at once. The ids of a batch go to the database as one parameter (<c>EF.Parameter</c>): a
/// parameter per id made SQLite search hundreds of names for every statement. A rescore (daily, or after results) then tells every <see cref="IScoresRecomputed"/>
/// (Nominations picks nominees), here and nowhere else.
/// </summary>
public sealed class ChampionScorer(
    ChampionDbContext db, CopilotUsageState usage, IOptions<ChampionScoringOptions> weights, TimeProvider time, IEnumerable<IScoresRecomputed> listeners)
{
    public const int BatchSize = 500;

    /// <summary>Every enrolled participant, in batches by id; then the listeners, told that everyone was rescored.</summary>
    public async Task<int> RescoreAllAsync(CancellationToken cancellationToken)
    {
        var scored = await ScoreAllAsync(cancellationToken);
        await NotifyAsync(null, cancellationToken);
        return scored;
    }

    /// <summary>These participants; then the listeners, told who was rescored.</summary>
    public async Task<int> RescoreAsync(IReadOnlyCollection<int> participantIds, CancellationToken cancellationToken)
    {
        var scored = await ScoreAsync(participantIds, cancellationToken);
        await NotifyAsync(participantIds, cancellationToken);
        return scored;
    }

    private async Task NotifyAsync(IReadOnlyCollection<int>? participantIds, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.ScoresRecomputedAsync(participantIds, cancellationToken);
        }
    }

    private async Task<int> ScoreAllAsync(CancellationToken cancellationToken)
    {
        var scored = 0;
        var after = 0;
        while (true)
        {
            var ids = await db.Participants.AsNoTracking()
                .Where(p => p.Id > after && p.ProgramId != null && p.OptedOutAt == null)
                .OrderBy(p => p.Id).Select(p => p.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return scored;
            }

            scored += await ScoreAsync(ids, cancellationToken);
            db.ChangeTracker.Clear();
            after = ids[^1];
        }
    }

    /// <summary>Scores these participants and stores the scores, telling no one (an owner's <c>nominate</c> shows evidence as of now).</summary>
    public async Task<int> ScoreAsync(IReadOnlyCollection<int> participantIds, CancellationToken cancellationToken)
    {
        var people = await db.Participants.AsNoTracking()
            .Where(p => EF.Parameter(participantIds).Contains(p.Id) && p.ProgramId != null && p.OptedOutAt == null)
            .Select(p => new { p.Id, p.ProgramId, UsageOptedOut = p.UsageLookupsOptedOutAt != null }).ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var completed = (await db.Results.AsNoTracking()
                .Where(r => r.ParticipantId != null && EF.Parameter(ids).Contains(r.ParticipantId.Value) && (r.Worked || r.RetryWorked == true))
                .Select(r => new { Id = r.ParticipantId!.Value, r.Challenge!.Title, r.SubmittedAt }).ToListAsync(cancellationToken))
            .OrderBy(r => r.SubmittedAt).ToLookup(r => r.Id, r => r.Title);
        var evidence = (await db.ChampionEvidence.AsNoTracking().Where(e => EF.Parameter(ids).Contains(e.ParticipantId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.ParticipantId);
        var apps = (await db.CopilotUsage.Where(u => EF.Parameter(ids).Contains(u.ParticipantId))
                .Select(u => new { u.ParticipantId, u.App, u.LastActivityDate }).ToListAsync(cancellationToken))
            .ToLookup(u => u.ParticipantId, u => new CopilotAppActivity(u.App, u.LastActivityDate));
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var scores = people.Select(person =>
        {
            var status = person.UsageOptedOut ? CopilotUsageStatus.OptedOut : usage.Status;
            var copilot = status is CopilotUsageStatus.Concealed or CopilotUsageStatus.OptedOut ? [] : apps[person.Id].ToList();
            var facts = new ScoreFacts(completed[person.Id].ToList(), evidence[person.Id].ToList(), copilot, status);
            var (points, lines) = ChampionScoreCalculator.Score(facts, today, weights.Value);
            return new ChampionScore
            {
                ParticipantId = person.Id, ProgramId = person.ProgramId, Points = points, LinesJson = ScoreLine.ToJson(lines),
                IncludesCopilotUsage = copilot.Count > 0, ComputedAt = now,
            };
        });

        // One participant, one score row: rewritten in place, many rows a statement (BulkRows).
        await using (var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null)
        {
            await BulkRows.UpsertAsync(db, scores, nameof(ChampionScore.ParticipantId), cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        return people.Count;
    }
}
