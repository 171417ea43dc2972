using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Delivery.Storage;

/// <summary>A message whose progress card or final state still needs attention.</summary>
public sealed record OpenMessage(
    Guid Id,
    OutboundMessageStatus Status,
    DateTimeOffset CreatedAt,
    string? ProgressServiceUrl,
    string? ProgressConversationId,
    string? ProgressActivityId);

/// <summary>Message-level reads and writes: counts for progress, the progress card's id, finishing a message.</summary>
public sealed class MessageStore(IDbContextFactory<ChampionDbContext> contexts)
{
    /// <summary>Messages not yet finished (no CompletedAt): sending, recalling, or cancelled but not yet wrapped up.</summary>
    public async Task<IReadOnlyList<OpenMessage>> ReadOpenAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboundMessages.AsNoTracking()
            .Where(m => m.CompletedAt == null)
            .Select(m => new OpenMessage(m.Id, m.Status, m.CreatedAt, m.ProgressServiceUrl, m.ProgressConversationId, m.ProgressActivityId))
            .ToListAsync(cancellationToken);
    }

    public async Task<Dictionary<DeliveryStatus, int>> CountAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Deliveries.AsNoTracking()
            .Where(d => d.OutboundMessageId == messageId)
            .GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
    }

    /// <summary>The message's pending deliveries not due before <paramref name="now"/>, counted per recipient time zone.</summary>
    public async Task<List<(string? TimeZoneId, int Count)>> CountWaitingByTimeZoneAsync(Guid messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var groups = await db.Deliveries.AsNoTracking()
            .Where(d => d.OutboundMessageId == messageId && d.Status == DeliveryStatus.Pending && d.NextAttemptAt > now)
            .GroupBy(d => d.TimeZoneId)
            .Select(g => new { TimeZoneId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return groups.ConvertAll(g => (g.TimeZoneId, g.Count));
    }

    public async Task<OutboundMessageStatus?> ReadStatusAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboundMessages.AsNoTracking().Where(m => m.Id == messageId)
            .Select(m => (OutboundMessageStatus?)m.Status).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The message stored with this idempotency key, if any.</summary>
    public async Task<Guid?> FindByIdempotencyKeyAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboundMessages.AsNoTracking().Where(m => m.IdempotencyKey == key)
            .Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task SetProgressActivityAsync(Guid messageId, string activityId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.OutboundMessages.Where(m => m.Id == messageId)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ProgressActivityId, activityId), cancellationToken);
    }

    /// <summary>Moves the message from <paramref name="from"/> to <paramref name="to"/> and stamps CompletedAt; false if it moved meanwhile.</summary>
    public async Task<bool> FinishAsync(Guid messageId, OutboundMessageStatus from, OutboundMessageStatus to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await db.OutboundMessages.Where(m => m.Id == messageId && m.Status == from)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, to)
                .SetProperty(m => m.CompletedAt, now)
                .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
        return changed == 1;
    }
}
