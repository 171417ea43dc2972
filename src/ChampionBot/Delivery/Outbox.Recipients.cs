using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Delivery;

/// <summary>Per-person operations, so features never read or change delivery rows themselves.</summary>
public sealed partial class Outbox
{
    public async Task<int> CancelForRecipientAsync(string recipientObjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = db.Deliveries.Where(d => d.RecipientObjectId == recipientObjectId);
        var cancelled = await CancelAsync(mine.Where(d => d.Status == DeliveryStatus.Pending), time.GetUtcNow(), cancellationToken);
        var inFlight = await mine.CountAsync(d => d.Status == DeliveryStatus.InFlight, cancellationToken);
        return cancelled + inFlight;
    }

    public async Task<int> DeleteForRecipientAsync(string recipientObjectId, CancellationToken cancellationToken = default)
    {
        // A copy in flight meanwhile finds its row gone: its outcome is skipped, and the check before its POST refuses it.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Deliveries.Where(d => d.RecipientObjectId == recipientObjectId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RecipientDelivery>> ForRecipientAsync(string recipientObjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Deliveries.AsNoTracking().Where(d => d.RecipientObjectId == recipientObjectId)
            .OrderBy(d => d.Id)
            .Select(d => new RecipientDelivery(d.OutboundMessage!.Kind, d.OutboundMessage.CreatedAt, d.Status))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, OutboundRecipient>> LastReachedAsync(
        IReadOnlyCollection<string> recipientObjectIds, CancellationToken cancellationToken = default)
    {
        var ids = recipientObjectIds as List<string> ?? [.. recipientObjectIds];
        if (ids.Count == 0)
        {
            return new Dictionary<string, OutboundRecipient>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await db.Deliveries.AsNoTracking()
            .Where(d => ids.Contains(d.RecipientObjectId) && d.ConversationId != null && d.Status == DeliveryStatus.Sent)
            .GroupBy(d => d.RecipientObjectId)
            .Select(g => g.Max(d => d.Id))
            .ToListAsync(cancellationToken);
        var rows = await db.Deliveries.AsNoTracking().Where(d => latest.Contains(d.Id))
            .Select(d => new OutboundRecipient(d.RecipientObjectId, d.RecipientTeamsUserId, d.TenantId, d.ServiceUrl, d.ConversationId, null))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ObjectId, StringComparer.Ordinal);
    }

    public async Task<int> CountDeliveriesAsync(IReadOnlyCollection<string> idempotencyKeys, CancellationToken cancellationToken = default)
    {
        var keys = idempotencyKeys as List<string> ?? [.. idempotencyKeys];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Deliveries.AsNoTracking().CountAsync(d => keys.Contains(d.OutboundMessage!.IdempotencyKey!), cancellationToken);
    }

    public async Task<IReadOnlySet<string>> UndeliveredAsync(IReadOnlyCollection<string> idempotencyKeys, CancellationToken cancellationToken = default)
    {
        var keys = idempotencyKeys as List<string> ?? [.. idempotencyKeys];
        if (keys.Count == 0)
        {
            return new HashSet<string>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var outcomes = await db.Deliveries.AsNoTracking()
            .Where(d => keys.Contains(d.OutboundMessage!.IdempotencyKey!))
            .Select(d => new { Key = d.OutboundMessage!.IdempotencyKey!, d.Status })
            .ToListAsync(cancellationToken);
        return outcomes.GroupBy(o => o.Key, StringComparer.Ordinal)
            .Where(g => g.All(o => o.Status is DeliveryStatus.Failed or DeliveryStatus.Blocked or DeliveryStatus.NotFound))
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
    }
}
