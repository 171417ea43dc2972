using System.Data.Common;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChampionBot.Delivery.Storage;

/// <summary>
/// Every database statement the sender runs. Each call uses its own short-lived context from the pool and tracks
/// nothing it does not write, so memory stays flat however many deliveries a message has.
/// </summary>
public sealed class DeliveryStore(IDbContextFactory<ChampionDbContext> contexts)
{
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(int limit, DateTimeOffset now, string sender, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var postgres = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ClaimSql.For(postgres);
        AddParameter(command, "now", postgres ? now.ToUniversalTime() : now.UtcTicks);
        AddParameter(command, "sender", sender);
        AddParameter(command, "limit", limit);

        var claimed = new List<ClaimedDelivery>(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new ClaimedDelivery(
                reader.GetInt64(0),
                reader.GetGuid(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                Convert.ToBoolean(reader.GetValue(9), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return claimed;
    }

    /// <summary>
    /// Writes outcomes by id in one SaveChanges (one round trip per batch on PostgreSQL), touching only the fields they
    /// set. A row deleted meanwhile (forget me) is skipped, not a failure of the batch. Returns how many were written.
    /// </summary>
    public async Task<int> WriteOutcomesAsync(IReadOnlyCollection<DeliveryOutcome> outcomes, CancellationToken cancellationToken)
    {
        if (outcomes.Count == 0)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var outcome in outcomes)
        {
            var entry = db.Deliveries.Attach(new MessageDelivery { Id = outcome.Id, RecipientObjectId = string.Empty, TenantId = string.Empty, ServiceUrl = string.Empty });
            Set(entry, d => d.Status, outcome.Status);
            Set(entry, d => d.UpdatedAt, outcome.At);
            Set(entry, d => d.ClaimedAt, null);
            Set(entry, d => d.ClaimedBy, null);
            Set(entry, d => d.LastError, outcome.Error);
            if (outcome.Attempts is { } attempts)
            {
                Set(entry, d => d.Attempts, attempts);
            }

            if (outcome.NextAttemptAt is { } next)
            {
                Set(entry, d => d.NextAttemptAt, next);
            }

            if (outcome.ConversationId is { } conversationId)
            {
                Set(entry, d => d.ConversationId, conversationId);
            }

            if (outcome.ActivityId is { } activityId)
            {
                Set(entry, d => d.ActivityId, activityId);
            }

            if (outcome.Ambiguous)
            {
                Set(entry, d => d.AmbiguousAt, outcome.At);
            }
        }

        var written = outcomes.Count;
        while (true)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return written;
            }
            catch (DbUpdateConcurrencyException gone) when (gone.Entries.Count > 0)
            {
                // The transaction rolled back; drop the rows that no longer exist and write the rest again.
                foreach (var entry in gone.Entries)
                {
                    entry.State = EntityState.Detached;
                    written--;
                }
            }
        }
    }

    /// <summary>
    /// This sender's own InFlight rows that it no longer holds in memory (<paramref name="held"/>): the claim committed
    /// but its answer never arrived (the database went away), so they were never POSTed. Back to Pending, attempt
    /// given back, not ambiguous. Returns how many.
    /// </summary>
    public async Task<int> RecoverOwnAsync(string sender, IReadOnlySet<long> held, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = await db.Deliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.InFlight && d.ClaimedBy == sender).Select(d => d.Id).ToListAsync(cancellationToken);
        var stale = mine.Where(id => !held.Contains(id)).ToList();
        var recovered = 0;
        foreach (var chunk in stale.Chunk(1000))
        {
            recovered += await db.Deliveries.Where(d => chunk.Contains(d.Id) && d.Status == DeliveryStatus.InFlight && d.ClaimedBy == sender)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(d => d.Status, DeliveryStatus.Pending)
                    .SetProperty(d => d.Attempts, d => d.Attempts - 1)
                    .SetProperty(d => d.NextAttemptAt, now)
                    .SetProperty(d => d.ClaimedAt, (DateTimeOffset?)null)
                    .SetProperty(d => d.ClaimedBy, (string?)null)
                    .SetProperty(d => d.UpdatedAt, now), cancellationToken);
        }

        return recovered;
    }

    /// <summary>
    /// Deliveries left InFlight by a sender that stopped (claimed by someone else, longer ago than the lease) may or may
    /// not have reached the person. First time: back to Pending with <see cref="MessageDelivery.AmbiguousAt"/> set, so they are
    /// sent once more. A second time: Ambiguous, final — never a third copy. Returns how many were recovered.
    /// </summary>
    public async Task<int> RecoverOrphansAsync(DateTimeOffset now, TimeSpan lease, string sender, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cutoff = now - lease;
        var orphans = db.Deliveries.Where(d => d.Status == DeliveryStatus.InFlight && d.ClaimedAt < cutoff && d.ClaimedBy != sender);
        var twice = await orphans.Where(d => d.AmbiguousAt != null).ExecuteUpdateAsync(set => set
            .SetProperty(d => d.Status, DeliveryStatus.Ambiguous)
            .SetProperty(d => d.ClaimedAt, (DateTimeOffset?)null)
            .SetProperty(d => d.ClaimedBy, (string?)null)
            .SetProperty(d => d.LastError, "in flight twice when its sender stopped; not sent again")
            .SetProperty(d => d.UpdatedAt, now), cancellationToken);
        var once = await orphans.ExecuteUpdateAsync(set => set
            .SetProperty(d => d.Status, DeliveryStatus.Pending)
            .SetProperty(d => d.AmbiguousAt, now)
            .SetProperty(d => d.NextAttemptAt, now)
            .SetProperty(d => d.ClaimedAt, (DateTimeOffset?)null)
            .SetProperty(d => d.ClaimedBy, (string?)null)
            .SetProperty(d => d.LastError, "in flight when its sender stopped; sending once more")
            .SetProperty(d => d.UpdatedAt, now), cancellationToken);

        // Pending work of a message cancelled or recalled meanwhile will never be claimed: close it. The few such
        // messages are found first, so this never scans the pending rows of a large send in progress.
        var stoppedMessages = await db.OutboundMessages.AsNoTracking()
            .Where(m => m.CompletedAt == null && (m.Status == OutboundMessageStatus.Cancelled || m.Status == OutboundMessageStatus.Recalling))
            .Select(m => m.Id).ToListAsync(cancellationToken);
        if (stoppedMessages.Count > 0)
        {
            var stopped = db.Deliveries.Where(d => stoppedMessages.Contains(d.OutboundMessageId) && d.Status == DeliveryStatus.Pending);
            await stopped.Where(d => d.AmbiguousAt != null).ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Status, DeliveryStatus.Ambiguous).SetProperty(d => d.UpdatedAt, now), cancellationToken);
            await stopped.ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Status, DeliveryStatus.Cancelled).SetProperty(d => d.UpdatedAt, now), cancellationToken);
        }

        return twice + once;
    }

    public async Task<Dictionary<Guid, OutboundMessageStatus>> ReadStatusesAsync(IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboundMessages.AsNoTracking().Where(m => messageIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.Status, cancellationToken);
    }

    public async Task<Dictionary<Guid, string>> ReadActivitiesAsync(IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboundMessages.AsNoTracking().Where(m => messageIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.ActivityJson, cancellationToken);
    }

    /// <summary>Claims sent copies of messages being recalled (a recall claim leaves the status Sent and sets ClaimedAt).</summary>
    public async Task<IReadOnlyList<RecallTarget>> ClaimRecallsAsync(int limit, DateTimeOffset now, string sender, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cutoff = now - lease;
        var targets = await db.Deliveries.AsNoTracking()
            .Where(d => d.OutboundMessage!.Status == OutboundMessageStatus.Recalling
                && (d.Status == DeliveryStatus.Sent || d.Status == DeliveryStatus.Ambiguous)
                && d.ActivityId != null && d.ConversationId != null
                && (d.ClaimedAt == null || d.ClaimedAt < cutoff))
            .OrderBy(d => d.Id)
            .Take(limit)
            .Select(d => new RecallTarget(d.Id, d.OutboundMessageId, d.ServiceUrl, d.ConversationId!, d.ActivityId!))
            .ToListAsync(cancellationToken);
        if (targets.Count > 0)
        {
            var ids = targets.Select(t => t.Id).ToList();
            await db.Deliveries.Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(set => set
                .SetProperty(d => d.ClaimedAt, now).SetProperty(d => d.ClaimedBy, sender), cancellationToken);
        }

        return targets;
    }

    public async Task MarkSendingAsync(IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.OutboundMessages.Where(m => messageIds.Contains(m.Id) && m.Status == OutboundMessageStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, OutboundMessageStatus.Sending), cancellationToken);
    }

    private static void Set<T>(EntityEntry<MessageDelivery> entry, System.Linq.Expressions.Expression<Func<MessageDelivery, T>> property, T value)
    {
        var member = entry.Property(property);
        member.CurrentValue = value;
        member.IsModified = true;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
