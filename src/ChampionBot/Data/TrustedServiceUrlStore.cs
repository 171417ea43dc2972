using ChampionBot.BotFramework.Connector;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data;

/// <summary>The protocol layer's trusted service URLs, kept in the <c>TrustedServiceUrls</c> table.</summary>
public sealed class TrustedServiceUrlStore(IDbContextFactory<ChampionDbContext> contexts, TimeProvider time) : ITrustedServiceUrlStore
{
    /// <summary>Far more than the Bot Connector's regions and clouds; a URL past this is still trusted, only not kept.</summary>
    public const int MaxStored = 1000;

    public async Task<IReadOnlyCollection<string>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TrustedServiceUrls.AsNoTracking().OrderBy(t => t.FirstSeen).Select(t => t.Url).Take(MaxStored).ToListAsync(cancellationToken);
    }

    public async Task SaveAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (serviceUrl.Length > Configurations.ColumnSizes.Url
            || await db.TrustedServiceUrls.AnyAsync(t => t.Url == serviceUrl, cancellationToken)
            || await db.TrustedServiceUrls.CountAsync(cancellationToken) >= MaxStored)
        {
            return;
        }

        db.TrustedServiceUrls.Add(new TrustedServiceUrl { Url = serviceUrl, FirstSeen = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another instance stored it first.
        }
    }
}
