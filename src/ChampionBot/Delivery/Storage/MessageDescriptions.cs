using System.Text.Json;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Delivery.Storage;

/// <summary>What a message was (its summary, else the start of its text) and whom it could not reach: for the requester's progress card.</summary>
public sealed class MessageDescriptions(IDbContextFactory<ChampionDbContext> contexts)
{
    private const int MaxTitleLength = 80;

    /// <summary>The activity's summary, else its text, shortened; null when it has neither (a card without summary).</summary>
    public async Task<string?> TitleAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.OutboundMessages.AsNoTracking().Where(m => m.Id == messageId).Select(m => m.ActivityJson).FirstOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return null;
        }

        using var activity = JsonDocument.Parse(json);
        var title = Text(activity.RootElement, "summary") ?? Text(activity.RootElement, "text");
        return title is { Length: > MaxTitleLength } ? title[..(MaxTitleLength - 1)].TrimEnd() + "…" : title;
    }

    /// <summary>The object ids of recipients who removed or blocked the bot (403), first <paramref name="max"/> by delivery.</summary>
    public async Task<IReadOnlyList<string>> BlockedRecipientsAsync(Guid messageId, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Deliveries.AsNoTracking()
            .Where(d => d.OutboundMessageId == messageId && d.Status == DeliveryStatus.Blocked)
            .OrderBy(d => d.Id)
            .Select(d => d.RecipientObjectId)
            .Take(max)
            .ToListAsync(cancellationToken);
    }

    private static string? Text(JsonElement activity, string property) =>
        activity.ValueKind == JsonValueKind.Object && activity.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && value.GetString() is { Length: > 0 } text
            ? text.Trim()
            : null;
}
