using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

/// <summary>
/// Stores many people's results inside the caller's transaction with a handful of statements: the open challenges, one
/// read of the senders and their results, then the writes (<see cref="ResultSql"/>). Submissions are applied in order,
/// so a double-click inside one batch updates the row the first click inserted. Nothing is stored for a challenge that
/// no longer takes results, nor from anyone who is neither enrolled in the challenge's program nor one of its owners: a
/// crafted card with another program's (or any) challenge id must not add savings or champion points. Enrollment rides
/// on the senders read the batch makes anyway, so the Monday burst of enrolled people pays nothing for the check.
/// </summary>
internal static class ResultBatch
{
    public static async Task<IReadOnlyList<ResultWriteOutcome>> ApplyAsync(
        ChampionDbContext db, IReadOnlyList<ResultSubmission> submissions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var sql = ResultSql.For(db);
        return await ApplyAsync(db, sql, new OpenChallenges(), submissions, now, cancellationToken);
    }

    /// <param name="sql">The statements for <paramref name="db"/>'s connection, already in its transaction.</param>
    public static async Task<IReadOnlyList<ResultWriteOutcome>> ApplyAsync(
        ChampionDbContext db, ResultSql sql, OpenChallenges openChallenges, IReadOnlyList<ResultSubmission> submissions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var challenges = await openChallenges.ForAsync(db, sql, submissions.Select(s => s.ChallengeId), cancellationToken);
        var open = submissions.Where(s => challenges.ContainsKey(s.ChallengeId)).ToList();
        if (open.Count == 0)
        {
            return [.. submissions.Select(_ => ResultWriteOutcome.Closed)];
        }

        var stored = await sql.ReadSendersAsync(
            [.. open.Select(s => s.Sender.ObjectId).Distinct(StringComparer.Ordinal)], challenges.Keys, cancellationToken);
        bool IsEnrolled(ResultSubmission s, Participant person) => person.ProgramId is { } programId && programId == challenges[s.ChallengeId].ProgramId;
        var owners = await OwnersAmongAsync(
            db, [.. open.Where(s => stored.People.TryGetValue(s.Sender.ObjectId, out var p) && !IsEnrolled(s, p)).Select(s => s.Sender.ObjectId)], cancellationToken);
        Participant? Reporter(ResultSubmission s) =>
            stored.People.TryGetValue(s.Sender.ObjectId, out var person)
                && (IsEnrolled(s, person) || (challenges[s.ChallengeId].ProgramId is { } programId && owners.Contains((s.Sender.ObjectId, programId))))
                ? person : null;

        var senders = open.Where(s => Reporter(s) is not null)
            .GroupBy(s => s.Sender.ObjectId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Sender, StringComparer.Ordinal);
        var changedProfiles = senders.Where(s => s.Value.ApplyTo(stored.People[s.Key], now)).Select(s => stored.People[s.Key]).ToList();
        var plan = new ResultBatchPlan(stored, now);
        var outcomes = new List<ResultWriteOutcome>(submissions.Count);
        foreach (var submission in submissions)
        {
            outcomes.Add(!challenges.TryGetValue(submission.ChallengeId, out var challenge) ? ResultWriteOutcome.Closed
                : Reporter(submission) is { } person ? plan.Add(person.Id, challenge, submission.Answers)
                : ResultWriteOutcome.NotEnrolled);
        }

        await sql.WriteAsync(plan.Writes(changedProfiles), cancellationToken);
        return outcomes;
    }

    /// <summary>
    /// The programs these people own (as stored with the program): an owner may try their own program's challenge and
    /// report on it without being enrolled. Asked only for people who are not enrolled, so the Monday burst of enrolled
    /// participants never runs it.
    /// </summary>
    private static async Task<HashSet<(string ObjectId, int ProgramId)>> OwnersAmongAsync(
        ChampionDbContext db, List<string> objectIds, CancellationToken cancellationToken)
    {
        if (objectIds.Count == 0)
        {
            return [];
        }

        var rows = await db.ProgramOwners.AsNoTracking().Where(o => objectIds.Contains(o.ObjectId))
            .Select(o => new { o.ObjectId, o.ProgramId }).ToListAsync(cancellationToken);
        return [.. rows.Select(o => (o.ObjectId, o.ProgramId))];
    }
}
