using ChampionBot.Data;
using ChampionBot.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Privacy;

/// <summary>
/// What delivery asks before it sends: people who opted out (<c>optout</c>) or are on the do-not-contact list
/// (<c>forget me</c>) must not be contacted. One round trip for both.
/// </summary>
public sealed class ContactPermissions(IDbContextFactory<ChampionDbContext> contexts) : IContactPermissions
{
    public async Task<IReadOnlySet<string>> MustNotContactAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken)
    {
        if (objectIds.Count == 0)
        {
            return new HashSet<string>();
        }

        var ids = objectIds as List<string> ?? [.. objectIds];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var refused = await db.Participants.AsNoTracking()
            .Where(p => ids.Contains(p.ObjectId) && p.OptedOutAt != null).Select(p => p.ObjectId)
            .Union(db.DoNotContactList.AsNoTracking().Where(d => ids.Contains(d.ObjectId)).Select(d => d.ObjectId))
            .ToListAsync(cancellationToken);
        return refused.ToHashSet(StringComparer.Ordinal);
    }
}
