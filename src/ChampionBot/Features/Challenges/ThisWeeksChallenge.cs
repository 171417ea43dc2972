using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges;

/// <summary>
/// Finds this week's challenge for a person (<see cref="ChallengeAudience.For"/>): what <c>challenge</c> shows and
/// what <c>result</c> opens the card for. One query, so the two can never disagree.
/// </summary>
public sealed class ThisWeeksChallenge(ChampionDbContext db)
{
    /// <summary>How many recent posts to look through for the person's role; older ones are not "this week".</summary>
    private const int RecentPosts = 50;

    /// <param name="programId">The person's program; null looks at every program's posts.</param>
    public async Task<Challenge?> ForAsync(string? role, int? programId, CancellationToken cancellationToken)
    {
        var posted = db.Challenges.AsNoTracking().Where(c => c.Status == ChallengeStatus.Posted);
        if (programId is { } id)
        {
            posted = posted.Where(c => c.ProgramId == id);
        }

        var newestFirst = await posted.OrderByDescending(c => c.PostedAt).ThenByDescending(c => c.Id).Take(RecentPosts).ToListAsync(cancellationToken);
        return ChallengeAudience.For(role, newestFirst);
    }
}
