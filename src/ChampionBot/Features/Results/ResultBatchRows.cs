using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Results;

/// <summary>The senders' participants (by object id) and the results they already have for the batch's challenges.</summary>
internal sealed record StoredSenders(Dictionary<string, Participant> People, Dictionary<(int ParticipantId, int ChallengeId), bool> Worked);

/// <summary>A result row as it must be after the batch: inserted, or updated in place (its SubmittedAt kept).</summary>
internal sealed record ResultRow(int ParticipantId, int ChallengeId, ResultAnswers Answers);

/// <summary>
/// One person's stored evidence for one challenge: every row of <see cref="SourceKey"/> whose kind is not in
/// <see cref="Kept"/> is deleted; kept rows are then updated in place and keep their ObservedAt.
/// </summary>
internal sealed record EvidenceScope(int ParticipantId, string SourceKey, IReadOnlyList<EvidenceKind> Kept);

/// <summary>Everything a batch writes, in the order it must be written.</summary>
internal sealed record ResultBatchWrites(
    IReadOnlyList<Participant> ChangedProfiles,
    IReadOnlyList<ResultRow> Results,
    IReadOnlyList<EvidenceScope> StaleEvidence,
    IReadOnlyList<ChampionEvidence> Evidence,
    DateTimeOffset Now);
