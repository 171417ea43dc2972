using ChampionBot.Data.Entities;
using ChampionBot.Data.Results;

namespace ChampionBot.Features.Results;

/// <summary>
/// What one batch of result cards stores, in one transaction of the <see cref="IResultStore"/>: the open challenges, one
/// read of the senders and their results, then the writes. Submissions are applied in order,
/// so a double-click inside one batch updates the row the first click inserted. Nothing is stored for a challenge that
/// no longer takes results, nor from anyone who is neither enrolled in the challenge's program nor one of its owners: a
/// crafted card with another program's (or any) challenge id must not add savings or champion points. Enrollment rides
/// on the senders read the batch makes anyway, so the Monday burst of enrolled people pays nothing for the check; owners
/// are looked up only for senders who are not enrolled.
/// </summary>
internal static class ResultBatch
{
    public static Task<IReadOnlyList<ResultWriteOutcome>> ApplyAsync(
        IResultStore store, IReadOnlyList<ResultSubmission> submissions, DateTimeOffset now, CancellationToken cancellationToken) =>
        store.InBatchAsync(batch => ApplyAsync(batch, submissions, now, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<ResultWriteOutcome>> ApplyAsync(
        IResultBatch batch, IReadOnlyList<ResultSubmission> submissions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var challenges = await batch.OpenChallengesAsync(submissions.Select(s => s.ChallengeId), cancellationToken);
        var open = submissions.Where(s => challenges.ContainsKey(s.ChallengeId)).ToList();
        if (open.Count == 0)
        {
            return [.. submissions.Select(_ => ResultWriteOutcome.Closed)];
        }

        var stored = await batch.SendersAsync(
            [.. open.Select(s => s.Sender.ObjectId).Distinct(StringComparer.Ordinal)], [.. challenges.Keys], cancellationToken);
        bool IsEnrolled(ResultSubmission s, Participant person) => person.ProgramId is { } programId && programId == challenges[s.ChallengeId].ProgramId;
        var owners = await batch.OwnedProgramsAsync(
            [.. open.Where(s => stored.People.TryGetValue(s.Sender.ObjectId, out var p) && !IsEnrolled(s, p)).Select(s => s.Sender.ObjectId)], cancellationToken);
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

        await batch.WriteAsync(plan.Writes(changedProfiles), cancellationToken);
        return outcomes;
    }
}
