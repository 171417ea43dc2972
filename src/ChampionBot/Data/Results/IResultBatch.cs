using ChampionBot.Data.Entities;

namespace ChampionBot.Data.Results;

/// <summary>The reads and the write of one batch of results, inside its transaction (<see cref="IResultStore.InBatchAsync"/>).</summary>
public interface IResultBatch
{
    /// <summary>Those of these challenges that take results (posted), by id.</summary>
    Task<IReadOnlyDictionary<int, Challenge>> OpenChallengesAsync(IEnumerable<int> challengeIds, CancellationToken cancellationToken);

    /// <summary>
    /// The participants with these object ids, with their results for these challenges. A person's
    /// <see cref="Participant.ProgramId"/> is read only when they are enrolled in it: the program they may report in.
    /// </summary>
    Task<StoredSenders> SendersAsync(IReadOnlyCollection<string> objectIds, IReadOnlyCollection<int> challengeIds, CancellationToken cancellationToken);

    /// <summary>The programs these people own, as stored with the program.</summary>
    Task<HashSet<(string ObjectId, int ProgramId)>> OwnedProgramsAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken);

    /// <summary>Writes profile changes, results and evidence, in that order.</summary>
    Task WriteAsync(ResultBatchWrites writes, CancellationToken cancellationToken);
}
