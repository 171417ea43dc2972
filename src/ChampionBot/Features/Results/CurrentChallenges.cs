using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Participants;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

/// <summary>Which challenge a person is on now, and whether a challenge still takes results.</summary>
public sealed class CurrentChallenges(ChampionDbContext db, ParticipantDirectory directory)
{
    /// <summary>The latest posted challenge of the person's program, for their role when one matches.</summary>
    public async Task<Challenge?> ForAsync(Participant participant, CancellationToken cancellationToken)
    {
        var program = await directory.GetProgramAsync(participant, cancellationToken);
        var posted = db.Challenges.AsNoTracking().Where(c => c.Status == ChallengeStatus.Posted);
        if (program is not null)
        {
            posted = posted.Where(c => c.ProgramId == program.Id);
        }

        var latest = await posted.OrderByDescending(c => c.PostedAt).ThenByDescending(c => c.Id).Take(20).ToListAsync(cancellationToken);
        return latest.FirstOrDefault(c => string.Equals(c.AudienceRole, participant.Role, StringComparison.OrdinalIgnoreCase))
            ?? latest.FirstOrDefault();
    }

    /// <summary>The challenge a card is about, when it still takes results (posted, not archived); null otherwise.</summary>
    public Task<Challenge?> OpenForResultsAsync(int challengeId, CancellationToken cancellationToken) =>
        db.Challenges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == challengeId && c.Status == ChallengeStatus.Posted, cancellationToken);
}
