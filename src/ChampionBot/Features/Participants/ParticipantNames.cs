using ChampionBot.Data;
using ChampionBot.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Participants;

/// <summary>Names for the progress card's "couldn't reach" line: the participants' display names, by object id.</summary>
public sealed class ParticipantNames(IDbContextFactory<ChampionDbContext> contexts) : IRecipientNames
{
    public async Task<IReadOnlyList<string>> NamesAsync(IReadOnlyList<string> objectIds, CancellationToken cancellationToken)
    {
        if (objectIds.Count == 0)
        {
            return [];
        }

        var ids = objectIds.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var names = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.ObjectId))
            .Select(p => new { p.ObjectId, p.DisplayName }).ToDictionaryAsync(p => p.ObjectId, p => p.DisplayName, cancellationToken);
        return [.. objectIds.Where(names.ContainsKey).Select(id => names[id])];
    }
}
