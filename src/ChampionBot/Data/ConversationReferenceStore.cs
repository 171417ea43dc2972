using System.Collections.Concurrent;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ChampionBot.Data;

/// <summary>
/// Keeps the latest conversation reference per conversation and user, so proactive messages work after a restart.
/// Called for every inbound activity: an identical reference stored in the last few minutes is not written again.
/// </summary>
public sealed class ConversationReferenceStore(
    IDbContextFactory<ChampionDbContext> contexts,
    TimeProvider time,
    ILogger<ConversationReferenceStore> logger)
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

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await UpdateAsync(db, data, now, cancellationToken) == 0)
        {
            db.ConversationReferences.Add(NewRow(data, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
            {
                // Another request or instance inserted the same key between our update and insert.
                DataLog.ConversationReferenceRaced(logger, data.ConversationType);
                db.ChangeTracker.Clear();
                await UpdateAsync(db, data, now, cancellationToken);
            }
        }

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

    private static Task<int> UpdateAsync(ChampionDbContext db, ConversationReferenceData data, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.ConversationReferences
            .Where(r => r.ConversationId == data.ConversationId && r.UserAadObjectId == data.UserAadObjectId)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.ServiceUrl, data.ServiceUrl)
                    .SetProperty(r => r.ConversationType, data.ConversationType)
                    .SetProperty(r => r.BotId, data.BotId)
                    .SetProperty(r => r.UserId, data.UserId)
                    .SetProperty(r => r.TenantId, data.TenantId)
                    .SetProperty(r => r.TeamId, data.TeamId)
                    .SetProperty(r => r.ChannelId, data.ChannelId)
                    .SetProperty(r => r.UpdatedAt, now),
                cancellationToken);

    private static ConversationReference NewRow(ConversationReferenceData data, DateTimeOffset now) => new()
    {
        ServiceUrl = data.ServiceUrl,
        ConversationId = data.ConversationId,
        ConversationType = data.ConversationType,
        BotId = data.BotId,
        UserId = data.UserId,
        UserAadObjectId = data.UserAadObjectId!,
        TenantId = data.TenantId,
        TeamId = data.TeamId,
        ChannelId = data.ChannelId,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
