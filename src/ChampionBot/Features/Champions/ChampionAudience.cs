using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Champions;

/// <summary>The active AI champions (<see cref="ActiveChampion"/>), as an audience commands and card actions declare.</summary>
public sealed class ChampionAudience(ChampionDbContext db) : IPersonAudience
{
    public CommandAudience Audience => CommandAudience.Champions;

    public async Task<bool> IncludesAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.From?.AadObjectId is { Length: > 0 } objectId && await ActiveChampion.FindAsync(db, objectId, cancellationToken) is not null;
}
