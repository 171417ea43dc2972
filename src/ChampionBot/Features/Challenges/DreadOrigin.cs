using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Dread;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges;

/// <summary>
/// Starts a challenge form from a dread answer. The answer usually stands for a group of similar ones (the way
/// <c>dread top</c> grouped them), so the audience role is pre-filled only when everyone in that group gave the same
/// role; a group spanning roles starts as a challenge for everyone, and the owner narrows it if they want.
/// </summary>
public static class DreadOrigin
{
    public static async Task<ChallengeForm?> FormAsync(ChampionDbContext db, int dreadItemId, string? theme, CancellationToken cancellationToken)
    {
        var dread = await db.DreadItems.AsNoTracking().FirstOrDefaultAsync(d => d.Id == dreadItemId, cancellationToken);
        if (dread is null)
        {
            return null;
        }

        var entries = await DreadEntries.OfProgramAsync(db, dread.ProgramId, cancellationToken);
        var group = DreadRanking.Group(entries).FirstOrDefault(g => g.Any(e => e.ItemId == dread.Id)) ?? [];
        return ChallengeForm.FromDread(dread, theme, SharedRole(dread, group));
    }

    private static string? SharedRole(DreadItem dread, IReadOnlyList<DreadEntry> group) =>
        group.All(e => string.Equals(e.Role, dread.Role, StringComparison.OrdinalIgnoreCase)) ? dread.Role : null;
}
