using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Nominations;

/// <summary>
/// A nominee who opts out of the program or of nominations is withdrawn everywhere: every open nomination becomes
/// <see cref="NominationStatus.Withdrawn"/> and a champion is retired (<see cref="Champion.RetiredAt"/>), so
/// <see cref="FeaturedChampion"/> stops naming them (<c>forget me</c> deletes both instead), and the bot takes back its
/// announcements of them in the pilot channel (<see cref="RecallAnnouncementsAsync"/>).
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
    /// The announcements that named the person as a champion. Read before a withdrawal or a forgetting commits (forgetting
    /// deletes the rows that lead to them), recalled after it (<see cref="RecallAnnouncementsAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<string>> AnnouncementsOfAsync(int participantId, CancellationToken cancellationToken) =>
        [.. (await db.Champions.AsNoTracking()
                .Where(c => c.ParticipantId == participantId && c.NominationId != null)
                .Select(c => c.NominationId!.Value)
                .ToListAsync(cancellationToken))
            .Select(NominationMessages.AnnouncementKey)];

    /// <summary>
    /// Takes the announcements back through the outbox: one not sent yet is cancelled, one posted is deleted from the
    /// channel. Call it after the withdrawal commits: the outbox writes on a connection of its own. Returns how many it recalled.
    /// </summary>
    public async Task<int> RecallAnnouncementsAsync(IReadOnlyList<string> announcements, CancellationToken cancellationToken)
    {
        var recalled = 0;
        foreach (var key in announcements)
        {
            if (await outbox.FindAsync(key, cancellationToken) is { } messageId && await outbox.RecallAsync(messageId, cancellationToken))
            {
                recalled++;
            }
        }

        return recalled;
    }
}
