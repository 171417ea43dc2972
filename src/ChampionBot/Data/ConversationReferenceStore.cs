using System.Collections.Concurrent;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data;

/// <summary>
/// Keeps the latest conversation reference per conversation and user, so proactive messages work after a restart.
/// Called for every inbound activity: an identical reference stored in the last few minutes is not written again.
/// </summary>
public sealed class ConversationReferenceStore(
    IDbContextFactory<ChampionDbContext> contexts,
    TimeProvider time)
{
    public const string PersonalConversation = "personal";

    private static readonly TimeSpan RewriteAfter = TimeSpan.FromMinutes(10);
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<(string, string), (ConversationReferenceData Data, DateTimeOffset StoredAt)> recent = new();

    public async Task UpsertAsync(ConversationReferenceData reference, CancellationToken cancellationToken)
    {
        var data = Normalize(reference);
        var key = (data.ConversationId, data.UserAadObjectId!);
        var now = time.GetUtcNow();
        if (recent.TryGetValue(key, out var seen) && seen.Data == data && now - seen.StoredAt < RewriteAfter)
        {
            return;
        }

        // One statement, one write: under a Monday-morning burst every extra write queues behind the others.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await UpsertRowAsync(db, data, now, cancellationToken);

        if (recent.Count >= MaxRemembered)
        {
            recent.Clear();
        }

        recent[key] = (data, now);
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

    /// <summary>"Forget me": removes every reference to the person, here and in this instance's memory.</summary>
    public async Task<int> ForgetUserAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        foreach (var key in recent.Keys.Where(k => k.Item2 == userAadObjectId))
        {
            recent.TryRemove(key, out _);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConversationReferences.Where(r => r.UserAadObjectId == userAadObjectId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Channel replies carry ";messageid=..." — store the channel itself, not one row per thread.</summary>
    public static string BaseConversationId(string conversationId)
    {
        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversationId : conversationId[..thread];
    }

    private static ConversationReferenceData Normalize(ConversationReferenceData data) => data with
    {
        ConversationId = BaseConversationId(data.ConversationId),
        UserAadObjectId = data.UserAadObjectId ?? string.Empty,
    };

    private static Task<int> UpsertRowAsync(ChampionDbContext db, ConversationReferenceData data, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Raw SQL bypasses the value converters: SQLite stores times as UTC ticks, PostgreSQL as timestamptz.
        object at = db is SqliteChampionDbContext ? now.UtcTicks : now.ToUniversalTime();
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "ConversationReferences"
                ("ServiceUrl", "ConversationId", "ConversationType", "BotId", "UserId", "UserAadObjectId", "TenantId", "TeamId", "ChannelId", "CreatedAt", "UpdatedAt")
            VALUES ({data.ServiceUrl}, {data.ConversationId}, {data.ConversationType}, {data.BotId}, {data.UserId}, {data.UserAadObjectId}, {data.TenantId}, {data.TeamId}, {data.ChannelId}, {at}, {at})
            ON CONFLICT ("ConversationId", "UserAadObjectId") DO UPDATE SET
                "ServiceUrl" = excluded."ServiceUrl", "ConversationType" = excluded."ConversationType", "BotId" = excluded."BotId",
                "UserId" = excluded."UserId", "TenantId" = excluded."TenantId", "TeamId" = excluded."TeamId",
                "ChannelId" = excluded."ChannelId", "UpdatedAt" = excluded."UpdatedAt"
            """,
            cancellationToken);
    }
}
