using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Nominations;

/// <summary>
/// A nominee who opts out of the program or of nominations is withdrawn everywhere: every open nomination becomes
/// <see cref="NominationStatus.Withdrawn"/> and a champion is retired (<see cref="Champion.RetiredAt"/>), so
/// <see cref="FeaturedChampion"/> stops naming them. (<c>forget me</c> deletes both instead.)
/// </summary>
public sealed class ChampionWithdrawal(ChampionDbContext db, TimeProvider time)
{
    /// <summary>Withdraws and retires; returns how many nominations and champion rows changed.</summary>
    public async Task<(int Nominations, int Champions)> WithdrawAsync(int participantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = Nomination.OpenStatuses.ToList();
        var nominations = await db.Nominations
            .Where(n => n.ParticipantId == participantId && open.Contains(n.Status))
            .ExecuteUpdateAsync(set => set
                .SetProperty(n => n.Status, NominationStatus.Withdrawn)
                .SetProperty(n => n.DecidedAt, now)
                .SetProperty(n => n.Version, n => n.Version + 1), cancellationToken);
        var champions = await db.Champions
            .Where(c => c.ParticipantId == participantId && c.RetiredAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.RetiredAt, now), cancellationToken);
        return (nominations, champions);
    }
}
