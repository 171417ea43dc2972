using ChampionBot.Data;
using ChampionBot.Graph;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Champions;

/// <summary>
/// Fills in, from the directory, the profile of enrolled participants the bot knows only from Teams (no UPN yet):
/// UPN (which joins them to the usage report), job title and department. Looked up by Entra object id; a bounded
/// number per run, so a large enrolment is spread over days rather than flooding Graph.
/// </summary>
public sealed class DirectoryProfiles(ChampionDbContext db, GraphClient graph, TimeProvider time)
{
    public const int PerRun = 500;

    public async Task<int> FillMissingAsync(CancellationToken cancellationToken)
    {
        var missing = await db.Participants
            .Where(p => p.ProgramId != null && p.UserPrincipalName == null)
            .OrderBy(p => p.Id).Take(PerRun).ToListAsync(cancellationToken);
        foreach (var participant in missing)
        {
            if (await graph.GetUserAsync(participant.ObjectId, cancellationToken) is not { } user)
            {
                continue;
            }

            participant.UserPrincipalName = user.UserPrincipalName;
            participant.JobTitle ??= user.JobTitle;
            participant.Department ??= user.Department;
            participant.UpdatedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }
}
