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

        var (configuredIds, upns) = Configured();
        if (configuredIds.Any(o => string.Equals(o, objectId, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (await db.ProgramOwners.AnyAsync(o => o.ObjectId == objectId, cancellationToken))
        {
            return true;
        }

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

    /// <summary>
    /// The object ids of everyone who owns <paramref name="programId"/>: the configured owners (UPNs through the
    /// participant record) and the program's stored owners.
    /// </summary>
    public async Task<IReadOnlyList<string>> OwnerObjectIdsAsync(int programId, CancellationToken cancellationToken)
    {
        var (configuredIds, upns) = Configured();
        var byUpn = upns.Count == 0
            ? []
            : await db.Participants.AsNoTracking()
                .Where(p => p.UserPrincipalName != null && upns.Contains(p.UserPrincipalName.ToLower()))
                .Select(p => p.ObjectId)
                .ToListAsync(cancellationToken);
        var stored = await db.ProgramOwners.AsNoTracking().Where(o => o.ProgramId == programId).Select(o => o.ObjectId).ToListAsync(cancellationToken);

        // Object ids are GUIDs, which Teams and Graph send in lower case; configuration may hold them in any case.
        return [.. configuredIds.Select(o => o.ToLowerInvariant()).Concat(byUpn).Concat(stored).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>True when <c>ChampionProgram:Owners</c> names <paramref name="person"/> (by object id or UPN): only settings change that.</summary>
    public bool IsConfiguredOwner(Data.Entities.Participant person)
    {
        var (configuredIds, upns) = Configured();
        return configuredIds.Contains(person.ObjectId, StringComparer.OrdinalIgnoreCase)
            || (person.UserPrincipalName is { } upn && upns.Contains(upn.ToLowerInvariant()));
    }

    /// <summary><c>ChampionProgram:Owners</c> split into object ids and (lower-cased) UPNs.</summary>
    private (List<string> ObjectIds, List<string> Upns) Configured()
    {
        var configured = options.CurrentValue.Owners.Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
        return (
            configured.Where(o => !o.Contains('@', StringComparison.Ordinal)).ToList(),
            configured.Where(o => o.Contains('@', StringComparison.Ordinal)).Select(o => o.ToLowerInvariant()).ToList());
    }
}
