using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Programs;

/// <summary>
/// Decides whether the sender of an activity is a program owner: listed in <c>ChampionProgram:Owners</c> (by Entra
/// object id, or by UPN matched through the participant record) or stored as an owner of a program.
/// </summary>
public sealed class ProgramOwners(IOptionsMonitor<ChampionProgramOptions> options, ChampionDbContext db)
{
    public async Task<bool> IsOwnerAsync(Activity activity, CancellationToken cancellationToken)
    {
        var objectId = activity.From?.AadObjectId;
        if (string.IsNullOrEmpty(objectId))
        {
            return false;
        }

        var configured = options.CurrentValue.Owners.Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
        if (configured.Any(o => string.Equals(o, objectId, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (await db.ProgramOwners.AnyAsync(o => o.ObjectId == objectId, cancellationToken))
        {
            return true;
        }

        var upns = configured.Where(o => o.Contains('@', StringComparison.Ordinal)).Select(o => o.ToLowerInvariant()).ToList();
        if (upns.Count == 0)
        {
            return false;
        }

        var upn = await db.Participants.Where(p => p.ObjectId == objectId).Select(p => p.UserPrincipalName).FirstOrDefaultAsync(cancellationToken);
        return upn is not null && upns.Contains(upn.ToLowerInvariant());
    }

    /// <summary>The program ids the sender owns (every program when the sender is a configured owner).</summary>
    public async Task<IReadOnlyList<int>> OwnedProgramIdsAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!await IsOwnerAsync(activity, cancellationToken))
        {
            return [];
        }

        var objectId = activity.From!.AadObjectId!;
        var stored = await db.ProgramOwners.Where(o => o.ObjectId == objectId).Select(o => o.ProgramId).ToListAsync(cancellationToken);
        return stored.Count > 0 ? stored : await db.Programs.Select(p => p.Id).ToListAsync(cancellationToken);
    }
}
