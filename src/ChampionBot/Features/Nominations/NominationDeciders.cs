using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Graph;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Nominations;

/// <summary>Who decides: the manager, or (Owners) the program's owners, saying why.</summary>
public sealed record NominationDecider(string? ManagerObjectId, string? ManagerName, string? WhyOwners);

/// <summary>
/// Finds who decides a nomination: the nominee's manager from Microsoft Graph (<c>users/{id}/manager</c>, stored on the
/// participant), unless there is none (404: missing or departed), or they opted out, asked to be forgotten or cannot be
/// reached; then the program owners. Graph down: the manager stored last time.
/// </summary>
public sealed partial class NominationDeciders(ChampionDbContext db, GraphClient graph, ILogger<NominationDeciders> logger)
{
    public async Task<NominationDecider> FindAsync(Participant nominee, ChampionProgram program, CancellationToken cancellationToken)
    {
        string? managerId;
        string? managerName = null;
        try
        {
            var manager = await graph.GetManagerAsync(nominee.ObjectId, cancellationToken);
            (managerId, managerName) = (manager?.Id, manager?.DisplayName);
            if (!string.Equals(nominee.ManagerObjectId, managerId, StringComparison.Ordinal))
            {
                await db.Participants.Where(p => p.Id == nominee.Id).ExecuteUpdateAsync(set => set.SetProperty(p => p.ManagerObjectId, managerId), cancellationToken);
                nominee.ManagerObjectId = managerId;
            }
        }
        catch (Exception ex) when (ex is GraphException or HttpRequestException)
        {
            LogGraphUnavailable(logger, ex.Message);
            managerId = nominee.ManagerObjectId;
        }

        var name = nominee.DisplayName;
        if (managerId is null)
        {
            return new(null, null, $"I couldn't find a manager for {name} in the directory (none is set, or they have left), so the decision is yours as a program owner.");
        }

        if (managerId == nominee.ObjectId)
        {
            return new(null, null, $"{name} has no other manager to ask, so the decision is yours as a program owner.");
        }

        var known = await db.Participants.AsNoTracking().Where(p => p.ObjectId == managerId).Select(p => new { p.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        managerName ??= known?.DisplayName ?? "their manager";
        return await NominationRoutes.PersonalAsync(db, program, managerId, cancellationToken) is null
            ? new(null, null, $"I can't ask {name}'s manager, {managerName} (they asked me not to contact them, or I can't reach them in Teams), so the decision is yours as a program owner.")
            : new(managerId, managerName, null);
    }

    [LoggerMessage(EventId = 6201, Level = LogLevel.Warning, Message = "A nominee's manager could not be read from Microsoft Graph ({Reason}); using the manager stored last time")]
    private static partial void LogGraphUnavailable(ILogger logger, string reason);
}
