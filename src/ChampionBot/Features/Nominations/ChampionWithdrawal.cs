using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Nominations;

/// <summary>
/// A nominee who opts out of the program or of nominations is withdrawn everywhere: every open nomination becomes
/// <see cref="NominationStatus.Withdrawn"/> and a champion is retired (<see cref="Champion.RetiredAt"/>), so
/// <see cref="FeaturedChampion"/> stops naming them (<c>forget me</c> deletes both instead), and the bot takes back what it
/// sent about their nominations, the pilot channel's announcement included (<see cref="RecallMessagesAsync"/>).
/// </summary>
public sealed class ChampionWithdrawal(ChampionDbContext db, IOutbox outbox, TimeProvider time)
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

    /// <summary>
    /// The person's nominations, whatever became of them. Read before a withdrawal or a forgetting commits (forgetting
    /// deletes them), then handed to <see cref="RecallMessagesAsync"/> after it.
    /// </summary>
    public async Task<IReadOnlyList<int>> NominationsOfAsync(int participantId, CancellationToken cancellationToken) =>
        await db.Nominations.AsNoTracking().Where(n => n.ParticipantId == participantId).Select(n => n.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Takes back every message the bot sent about these nominations, through the outbox: the cards to the nominee,
    /// their manager and the owners, the congratulations and the announcement in the pilot channel (one not sent yet is
    /// cancelled, one posted is deleted). With <paramref name="erase"/> ("forget me") their stored content goes too.
    /// Call it after the withdrawal commits: the outbox writes on a connection of its own. Returns how many it took back.
    /// </summary>
    public async Task<int> RecallMessagesAsync(IReadOnlyList<int> nominationIds, bool erase, CancellationToken cancellationToken)
    {
        var recalled = 0;
        foreach (var id in nominationIds)
        {
            recalled += await outbox.RecallByKeyPrefixAsync(NominationMessages.KeyPrefix(id), erase, cancellationToken);
        }

        return recalled;
    }
}
