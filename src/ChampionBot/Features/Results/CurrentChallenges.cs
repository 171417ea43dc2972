using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges;
using ChampionBot.Features.Participants;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

/// <summary>Which challenge a person is on now, and whether a challenge still takes results.</summary>
public sealed class CurrentChallenges(ChampionDbContext db, ParticipantDirectory directory, ThisWeeksChallenge thisWeeks)
{
    /// <summary>This week's challenge for the person: the same one <c>challenge</c> shows them (<see cref="ThisWeeksChallenge"/>).</summary>
    public async Task<Challenge?> ForAsync(Participant participant, CancellationToken cancellationToken)
    {
        var program = await directory.GetProgramAsync(participant, cancellationToken);
        return await thisWeeks.ForAsync(participant.Role, program?.Id, cancellationToken);
    }

    /// <summary>The challenge a card is about, when it still takes results (posted, not archived); null otherwise.</summary>
    public Task<Challenge?> OpenForResultsAsync(int challengeId, CancellationToken cancellationToken) =>
        db.Challenges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == challengeId && c.Status == ChallengeStatus.Posted, cancellationToken);
}
