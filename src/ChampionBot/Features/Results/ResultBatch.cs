using ChampionBot.Data;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Results;

/// <summary>
/// Stores many people's results inside the caller's transaction with a handful of statements: the open challenges, one
/// read of the senders and their results, then the writes (<see cref="ResultSql"/>). Submissions are applied in order,
/// so a double-click inside one batch updates the row the first click inserted. Nothing is stored for a challenge that
/// no longer takes results, nor from anyone who is not enrolled in the challenge's program: a crafted card with another
/// program's (or any) challenge id must not add savings or champion points. The check rides on the senders read the
/// batch makes anyway, so it costs the Monday burst nothing.
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
        Participant? Enrolled(ResultSubmission s) =>
            stored.People.TryGetValue(s.Sender.ObjectId, out var person) && person.ProgramId is { } programId
                && programId == challenges[s.ChallengeId].ProgramId ? person : null;

        var senders = open.Where(s => Enrolled(s) is not null)
            .GroupBy(s => s.Sender.ObjectId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Sender, StringComparer.Ordinal);
        var changedProfiles = senders.Where(s => s.Value.ApplyTo(stored.People[s.Key], now)).Select(s => stored.People[s.Key]).ToList();
        var plan = new ResultBatchPlan(stored, now);
        var outcomes = new List<ResultWriteOutcome>(submissions.Count);
        foreach (var submission in submissions)
        {
            outcomes.Add(!challenges.TryGetValue(submission.ChallengeId, out var challenge) ? ResultWriteOutcome.Closed
                : Enrolled(submission) is { } person ? plan.Add(person.Id, challenge, submission.Answers)
                : ResultWriteOutcome.NotEnrolled);
        }

        await sql.WriteAsync(plan.Writes(changedProfiles), cancellationToken);
        return outcomes;
    }
}
