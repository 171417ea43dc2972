using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data;

/// <summary>The one question every path that reaches people from a roster or a list asks of the do-not-contact list.</summary>
public static class DoNotContactListQueries
{
    /// <summary>Which of <paramref name="objectIds"/> are on the list (they used <c>forget me</c> and never wrote <c>optin</c>).</summary>
    public static async Task<HashSet<string>> ListedAmongAsync(this DbSet<DoNotContact> list, IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken)
    {
        var ids = objectIds as List<string> ?? [.. objectIds];
        var listed = await list.AsNoTracking().Where(d => ids.Contains(d.ObjectId)).Select(d => d.ObjectId).ToListAsync(cancellationToken);
        return listed.ToHashSet(StringComparer.Ordinal);
    }
}
