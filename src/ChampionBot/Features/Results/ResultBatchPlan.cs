using ChampionBot.Data.Entities;
using ChampionBot.Data.Results;

namespace ChampionBot.Features.Results;

/// <summary>
/// Applies a batch's submissions in order, in memory: each gets the outcome it would have had if stored on its own
/// (a double click updates the row the first click inserted), and the batch writes only the final row per person and
/// challenge, leaving the database where storing them one by one would have left it.
/// </summary>
internal sealed class ResultBatchPlan(StoredSenders stored, DateTimeOffset now)
{
    private readonly Dictionary<(int ParticipantId, int ChallengeId), bool> worked = new(stored.Worked);
    private readonly Dictionary<(int ParticipantId, int ChallengeId), Latest> latest = [];

    public ResultWriteOutcome Add(int participantId, Challenge challenge, ResultAnswers answers)
    {
        var key = (participantId, challenge.Id);
        var updated = worked.TryGetValue(key, out var previouslyWorked);
        worked[key] = answers.Worked;

        // Built once per submission, sorted by kind: the writes use the last submission's list as it is.
        var evidence = ResultEvidence.For(participantId, challenge, answers, now).OrderBy(e => e.Kind).ToList();
        if (latest.TryGetValue(key, out var earlier))
        {
            // Evidence one submission dropped and a later one earned again was deleted and re-inserted, so it is new.
            earlier.Kept.IntersectWith(evidence.Select(e => e.Kind));
            earlier.Answers = answers;
            earlier.Evidence = evidence;
        }
        else
        {
            latest[key] = new Latest(answers, evidence);
        }

        return new ResultWriteOutcome(challenge, participantId, updated, updated ? previouslyWorked : null);
    }

    /// <summary>The rows to write, sorted by key so concurrent batches lock rows in the same order and never deadlock.</summary>
    public ResultBatchWrites Writes(IReadOnlyList<Participant> changedProfiles)
    {
        var keys = latest.Keys.Order().ToList();
        var results = keys.ConvertAll(k => Row(k.ParticipantId, k.ChallengeId, latest[k].Answers));

        // Evidence only ever comes with a result, so only results stored before this batch can have evidence to drop.
        var stale = keys.Where(stored.Worked.ContainsKey)
            .Select(k => new EvidenceScope(k.ParticipantId, ResultEvidence.SourceKey(k.ChallengeId), [.. latest[k].Kept.Order()]))
            .ToList();
        var evidence = keys.SelectMany(k => latest[k].Evidence).ToList();
        return new ResultBatchWrites([.. changedProfiles.OrderBy(p => p.Id)], results, stale, evidence, now);
    }

    private static ResultRow Row(int participantId, int challengeId, ResultAnswers a) =>
        new(participantId, challengeId, a.Worked, a.MinutesBefore, a.MinutesWithAi, a.TimesPerWeek, a.Quality, a.Feeling, a.Differently);

    private sealed class Latest(ResultAnswers answers, List<ChampionEvidence> evidence)
    {
        public ResultAnswers Answers { get; set; } = answers;

        /// <summary>The evidence of the last submission, sorted by kind.</summary>
        public List<ChampionEvidence> Evidence { get; set; } = evidence;

        /// <summary>Kinds every submission in the batch earned: their stored rows are updated, not re-created.</summary>
        public HashSet<EvidenceKind> Kept { get; } = [.. evidence.Select(e => e.Kind)];
    }
}
