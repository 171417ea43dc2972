using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Champions;

/// <summary>The one answer to "is this person a champion now, and of which program?" (approved, not retired).</summary>
public static class ActiveChampion
{
    /// <summary>The person and the program they champion (the latest approval), or null.</summary>
    public static async Task<(Participant Person, ChampionProgram Program)?> FindAsync(ChampionDbContext db, string objectId, CancellationToken cancellationToken)
    {
        var champion = await db.Champions.AsNoTracking()
            .Include(c => c.Participant).Include(c => c.Program)
            .Where(c => c.Participant!.ObjectId == objectId && c.RetiredAt == null && c.Participant.OptedOutAt == null)
            .OrderByDescending(c => c.ApprovedAt).ThenByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return champion is { Participant: { } person, Program: { } program } ? (person, program) : null;
    }
}
