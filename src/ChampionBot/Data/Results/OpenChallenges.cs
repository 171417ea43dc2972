using System.Collections.Concurrent;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data.Results;

/// <summary>
/// The challenges a batch's results are for, when they still take results. Every batch asks the database whether each
/// is still posted and at which version (one indexed row); the full challenge is loaded again only when its version
/// moved, since every change to a challenge moves it (<see cref="IVersioned"/>). A Monday burst is thousands of batches
/// for the same one or two challenges.
/// </summary>
internal sealed class OpenChallenges
{
    private readonly ConcurrentDictionary<int, Challenge> known = new();

    public async Task<Dictionary<int, Challenge>> ForAsync(
        ChampionDbContext db, ResultSql sql, IEnumerable<int> challengeIds, CancellationToken cancellationToken)
    {
        var open = new Dictionary<int, Challenge>();
        foreach (var id in challengeIds.Distinct())
        {
            if (await sql.OpenChallengeVersionAsync(id, cancellationToken) is not { } version)
            {
                continue;
            }

            if (!known.TryGetValue(id, out var challenge) || challenge.Version != version)
            {
                challenge = await db.Challenges.AsNoTracking()
                    .FirstOrDefaultAsync(c => c.Id == id && c.Status == ChallengeStatus.Posted, cancellationToken);
                if (challenge is null)
                {
                    continue;
                }

                known[id] = challenge;
            }

            open[id] = challenge;
        }

        return open;
    }
}
