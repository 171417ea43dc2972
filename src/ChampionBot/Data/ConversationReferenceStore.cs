using System.Collections.Concurrent;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data;

/// <summary>
/// Keeps the latest conversation reference per conversation and user, so proactive messages work after a restart.
/// Every inbound activity records its reference; an identical one stored in the last few minutes is not written again.
/// Recording is write-behind: references wait in memory (the newest per conversation and user wins) until
/// <see cref="FlushAsync"/> writes them all in one transaction, which <see cref="ConversationReferenceFlusher"/> does a
/// moment after each burst. So a Monday-morning burst costs a few transactions, not one per message, and no request
/// waits for it. A crash can lose at most that last moment's references, which the person's next message restores.
/// </summary>
public sealed class ConversationReferenceStore(
    IDbContextFactory<ChampionDbContext> contexts,
    TimeProvider time,
    DatabaseWriteGate? writeGate = null)
{
    private readonly DatabaseWriteGate gate = writeGate ?? new DatabaseWriteGate();

    public const string PersonalConversation = "personal";

    private static readonly TimeSpan RewriteAfter = TimeSpan.FromMinutes(10);
    private const int MaxRemembered = 50_000;

    private readonly ConcurrentDictionary<(string Conversation, string User), ConversationReferenceData> pending = new();
    private readonly ConcurrentDictionary<(string Conversation, string User), (int DataHash, DateTimeOffset StoredAt)> recent = new();
    private readonly SemaphoreSlim flushing = new(1, 1);
    private readonly SemaphoreSlim waiting = new(0, 1);

    /// <summary>Queues the reference for the next flush, unless the same one was stored a moment ago. Never waits.</summary>
    public void Record(ConversationReferenceData reference)
    {
        var data = Normalize(reference);
        var key = (data.ConversationId, data.UserAadObjectId!);
        if (recent.TryGetValue(key, out var seen) && seen.DataHash == data.GetHashCode() && time.GetUtcNow() - seen.StoredAt < RewriteAfter)
        {
            return;
        }

        pending[key] = data;
        WakeFlusher();
    }

    /// <summary>Records and writes at once (tools, tests, and callers that must know the row is there).</summary>
    public async Task UpsertAsync(ConversationReferenceData reference, CancellationToken cancellationToken)
    {
        Record(reference);
        await FlushAsync(cancellationToken);
    }

    /// <summary>Completes when something was recorded since the last flush.</summary>
    public Task WaitForWorkAsync(CancellationToken cancellationToken) => waiting.WaitAsync(cancellationToken);

    /// <summary>Writes everything recorded so far in one transaction. On failure the references stay queued.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await flushing.WaitAsync(cancellationToken);
        try
        {
            var batch = new List<KeyValuePair<(string, string), ConversationReferenceData>>();
            foreach (var key in pending.Keys)
            {
                if (pending.TryRemove(key, out var data))
                {
                    batch.Add(new(key, data));
                }
            }

            if (batch.Count == 0)
            {
                return;
            }

            var now = time.GetUtcNow();
            try
            {
                await WriteAsync([.. batch.Select(b => b.Value)], now, cancellationToken);
            }
            catch
            {
                foreach (var (key, data) in batch)
                {
                    pending.TryAdd(key, data);
                }

                WakeFlusher();
                throw;
            }

            Remember(batch, now);
        }
        finally
        {
            flushing.Release();
        }
    }

    /// <summary>The most recently used 1:1 chat with a person, or null when the bot has never talked to them.</summary>
    public async Task<ConversationReference?> FindPersonalAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == userAadObjectId && r.ConversationType == PersonalConversation)
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Each person's most recently used 1:1 chat, by object id; people the bot never talked to are left out.</summary>
    public static async Task<Dictionary<string, ConversationReference>> LatestPersonalChatsAsync(
        ChampionDbContext db, IReadOnlyCollection<string> userAadObjectIds, CancellationToken cancellationToken)
    {
        var ids = userAadObjectIds as List<string> ?? [.. userAadObjectIds];
        var rows = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.ConversationType == PersonalConversation && ids.Contains(r.UserAadObjectId))
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.UserAadObjectId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(r => r.UpdatedAt)!, StringComparer.Ordinal);
    }

    /// <summary>Any stored reference to a conversation (e.g. a channel), newest first.</summary>
    public async Task<ConversationReference?> FindConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var id = BaseConversationId(conversationId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConversationReferences.AsNoTracking()
            .Where(r => r.ConversationId == id)
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>"Forget me": removes every reference to the person, stored or still queued, here and in memory.</summary>
    public async Task<int> ForgetUserAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        // Holding the flush lock means no queued reference of theirs can be written back after the delete.
        await flushing.WaitAsync(cancellationToken);
        try
        {
            foreach (var key in pending.Keys.Concat(recent.Keys).Where(k => k.User == userAadObjectId).ToList())
            {
                pending.TryRemove(key, out _);
                recent.TryRemove(key, out _);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.ConversationReferences.Where(r => r.UserAadObjectId == userAadObjectId).ExecuteDeleteAsync(cancellationToken);
        }
        finally
        {
            flushing.Release();
        }
    }

    /// <summary>Channel replies carry ";messageid=..." — store the channel itself, not one row per thread.</summary>
    public static string BaseConversationId(string conversationId)
    {
        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversationId : conversationId[..thread];
    }

    private async Task WriteAsync(IReadOnlyList<ConversationReferenceData> references, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Someone who asked to be forgotten keeps only their id and the date: the bot never messages them on its own,
        // so it keeps no way to reach them either, even when they write again (until optin).
        var people = references.Select(r => r.UserAadObjectId!).Distinct().ToList();
        var forgotten = await db.DoNotContactList.Where(d => people.Contains(d.ObjectId)).Select(d => d.ObjectId).ToListAsync(cancellationToken);
        references = [.. references.Where(r => !forgotten.Contains(r.UserAadObjectId!))];
        if (references.Count == 0)
        {
            return;
        }

        using var turn = await gate.EnterAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ConversationReferenceUpsert.ExecuteAsync(db, references, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private void WakeFlusher()
    {
        if (waiting.CurrentCount > 0)
        {
            return;
        }

        try
        {
            waiting.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another recorder woke it first.
        }
    }

    private void Remember(List<KeyValuePair<(string, string), ConversationReferenceData>> stored, DateTimeOffset now)
    {
        if (recent.Count + stored.Count > MaxRemembered)
        {
            recent.Clear();
        }

        foreach (var (key, data) in stored)
        {
            recent[key] = (data.GetHashCode(), now);
        }
    }

    private static ConversationReferenceData Normalize(ConversationReferenceData data) => data with
    {
        ConversationId = BaseConversationId(data.ConversationId),
        UserAadObjectId = data.UserAadObjectId ?? string.Empty,
    };
}
