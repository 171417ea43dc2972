using System.Text.Json;
using ChampionBot.BotFramework;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Delivery;

/// <summary>
/// Stores send requests and their per-recipient deliveries in one transaction (chunked, so a 100,000-person send
/// never tracks 100,000 entities at once), and changes a message's state for cancel and recall.
/// </summary>
public sealed partial class Outbox(
    IDbContextFactory<ChampionDbContext> contexts,
    MessageStore messages,
    MessageDescriptions descriptions,
    QuietHours quietHours,
    IOptions<DeliveryOptions> options,
    TimeProvider time) : IOutbox
{
    private const int InsertChunk = 2000;

    /// <summary>What an erased message holds instead of its content: deleting its sent copies needs only their ids.</summary>
    private const string ErasedActivityJson = """{"type":"message","text":"(removed)"}""";

    public async Task<Guid> EnqueueAsync(OutboundRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IdempotencyKey is not { } key)
        {
            return await StoreAsync(request, cancellationToken);
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, OutboundRequest.MaxIdempotencyKeyLength, nameof(request));

        if (await messages.FindByIdempotencyKeyAsync(key, cancellationToken) is { } existing)
        {
            return existing;
        }

        try
        {
            return await StoreAsync(request, cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another caller stored the same key between our look-up and our insert: theirs is the message.
            return await messages.FindByIdempotencyKeyAsync(key, cancellationToken)
                ?? throw new InvalidOperationException("An outbound message with this idempotency key was reported but cannot be read.", ex);
        }
    }

    public Task<Guid?> FindAsync(string idempotencyKey, CancellationToken cancellationToken = default) =>
        messages.FindByIdempotencyKeyAsync(idempotencyKey, cancellationToken);

    private async Task<Guid> StoreAsync(OutboundRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var notBefore = request.NotBefore is { } at && at > now ? at : now;
        var message = new OutboundMessage
        {
            Id = Guid.CreateVersion7(now),
            Kind = request.Kind,
            RequestedByObjectId = request.RequestedBy,
            ActivityJson = JsonSerializer.Serialize(request.Activity, BotJsonContext.Default.Activity),
            Status = OutboundMessageStatus.Pending,
            CreatedAt = now,
            ProgramId = request.ProgramId,
            ProgressServiceUrl = request.ProgressConversation?.ServiceUrl,
            ProgressConversationId = request.ProgressConversation?.ConversationId,
            ProgressActivityId = request.ProgressConversation?.ActivityId,
            IdempotencyKey = request.IdempotencyKey,
        };

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.OutboundMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var recipients = request.Recipients.DistinctBy(r => r.ObjectId, StringComparer.Ordinal);
        foreach (var chunk in recipients.Chunk(InsertChunk))
        {
            db.Deliveries.AddRange(chunk.Select(recipient => ToDelivery(message.Id, recipient, request.DefaultTimeZone, notBefore)));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return message.Id;
    }

    public async Task<bool> CancelAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var cancelled = await db.OutboundMessages
            .Where(m => m.Id == messageId && (m.Status == OutboundMessageStatus.Pending || m.Status == OutboundMessageStatus.Sending))
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, OutboundMessageStatus.Cancelled)
                .SetProperty(m => m.CancelledAt, now)
                .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
        await CancelPendingAsync(db, messageId, now, cancellationToken);
        return cancelled == 1;
    }

    public async Task<int> ForgetRequesterAsync(string objectId, string replacement, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboundMessages
            .Where(m => m.RequestedByObjectId == objectId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.RequestedByObjectId, replacement)
                .SetProperty(m => m.ProgressServiceUrl, (string?)null)
                .SetProperty(m => m.ProgressConversationId, (string?)null)
                .SetProperty(m => m.ProgressActivityId, (string?)null)
                .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
    }

    public async Task<int> RecallByKeyPrefixAsync(string idempotencyKeyPrefix, bool erase, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKeyPrefix);
        List<Guid> ids;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var matching = db.OutboundMessages.Where(m => m.IdempotencyKey != null && m.IdempotencyKey.StartsWith(idempotencyKeyPrefix));
            ids = await matching.Select(m => m.Id).ToListAsync(cancellationToken);
            if (erase)
            {
                await matching.ExecuteUpdateAsync(set => set.SetProperty(m => m.ActivityJson, ErasedActivityJson), cancellationToken);
            }
        }

        var recalled = 0;
        foreach (var id in ids)
        {
            recalled += await RecallAsync(id, cancellationToken) ? 1 : 0;
        }

        return recalled;
    }

    public async Task<bool> RecallAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var recalling = await db.OutboundMessages
            .Where(m => m.Id == messageId && m.Status != OutboundMessageStatus.Recalling && m.Status != OutboundMessageStatus.Recalled)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, OutboundMessageStatus.Recalling)
                .SetProperty(m => m.CancelledAt, m => m.CancelledAt ?? now)
                .SetProperty(m => m.CompletedAt, (DateTimeOffset?)null)
                .SetProperty(m => m.Version, m => m.Version + 1), cancellationToken);
        await CancelPendingAsync(db, messageId, now, cancellationToken);
        return recalling == 1;
    }

    public async Task<DeliveryProgress?> GetProgressAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        if (await messages.ReadStatusAsync(messageId, cancellationToken) is not { } status)
        {
            return null;
        }

        var counts = await messages.CountAsync(messageId, cancellationToken);
        var progress = DeliveryProgress.From(messageId, status, counts, null);
        return progress.Remaining == 0 ? progress
            : progress with { EstimatedTimeLeft = TimeSpan.FromSeconds(progress.Remaining / (double)options.Value.TenantRequestsPerSecond) };
    }

    public Task<IReadOnlyList<string>> BlockedRecipientsAsync(Guid messageId, int max = 50, CancellationToken cancellationToken = default) =>
        descriptions.BlockedRecipientsAsync(messageId, max, cancellationToken);

    private static Task<int> CancelPendingAsync(ChampionDbContext db, Guid messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        CancelAsync(db.Deliveries.Where(d => d.OutboundMessageId == messageId && d.Status == DeliveryStatus.Pending), now, cancellationToken);

    /// <summary>Closes pending rows: Cancelled, or Ambiguous when an earlier copy may have landed.</summary>
    private static Task<int> CancelAsync(IQueryable<MessageDelivery> pending, DateTimeOffset now, CancellationToken cancellationToken) =>
        pending.ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Status, d => d.AmbiguousAt == null ? DeliveryStatus.Cancelled : DeliveryStatus.Ambiguous)
                .SetProperty(d => d.UpdatedAt, now), cancellationToken);

    private MessageDelivery ToDelivery(Guid messageId, OutboundRecipient recipient, string? defaultTimeZone, DateTimeOffset notBefore)
    {
        var zone = recipient.TimeZone ?? defaultTimeZone;
        return new MessageDelivery
        {
            OutboundMessageId = messageId,
            RecipientObjectId = recipient.ObjectId,
            RecipientTeamsUserId = recipient.TeamsUserId,
            TenantId = recipient.TenantId,
            ServiceUrl = recipient.ServiceUrl,
            ConversationId = recipient.ConversationId,
            TimeZoneId = zone,
            Status = DeliveryStatus.Pending,
            NextAttemptAt = quietHours.DeferUntil(notBefore, zone) ?? notBefore,
            UpdatedAt = notBefore,
        };
    }
}
