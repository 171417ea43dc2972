using ChampionBot.Data.Entities;

namespace ChampionBot.Data.Results;

/// <summary>
/// The senders' participants (by object id) and the latest try of the results they already have for the batch's
/// challenges (RetryWorked, else Worked).
/// </summary>
public sealed record StoredSenders(Dictionary<string, Participant> People, Dictionary<(int ParticipantId, int ChallengeId), bool> Worked);

/// <summary>
/// A result row as it must be after the batch: inserted, or updated in place (its SubmittedAt kept). After a second try
/// (RetryWorked set) the stored Worked is the first try and stays; <see cref="Worked"/> is then the latest try, RetryWorked.
/// </summary>
public sealed record ResultRow(
    int ParticipantId, int ChallengeId, bool Worked, int MinutesBefore, int MinutesWithAi, double TimesPerWeek, int Quality, int Feeling, string? Differently);

/// <summary>
/// One person's stored evidence for one challenge: every row of <see cref="SourceKey"/> whose kind is not in
/// <see cref="Kept"/> is deleted; kept rows are then updated in place and keep their ObservedAt.
/// </summary>
public sealed record EvidenceScope(int ParticipantId, string SourceKey, IReadOnlyList<EvidenceKind> Kept);

/// <summary>Everything a batch writes, in the order it must be written; rows sorted by key, so concurrent batches lock in the same order.</summary>
public sealed record ResultBatchWrites(
    IReadOnlyList<Participant> ChangedProfiles,
    IReadOnlyList<ResultRow> Results,
    IReadOnlyList<EvidenceScope> StaleEvidence,
    IReadOnlyList<ChampionEvidence> Evidence,
    DateTimeOffset Now);
