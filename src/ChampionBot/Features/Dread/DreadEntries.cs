using ChampionBot.Data;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Dread;

/// <summary>
/// A program's stored dread answers, as the ranking and its groups read them. Texts are read only for the groups whose
/// figures are about to be published (their key words name the group); everything else ranks by theme key and numbers.
/// </summary>
public static class DreadEntries
{
    public static Task<List<DreadEntry>> OfProgramAsync(ChampionDbContext db, int programId, CancellationToken cancellationToken) =>
        db.DreadItems.AsNoTracking()
            .Where(d => d.ProgramId == programId)
            .Select(d => new DreadEntry(d.Id, d.ParticipantId, string.Empty, d.MinutesPerOccurrence, d.TimesPerWeek, d.Role, d.Team, d.CreatedAt) { ThemeKey = d.ThemeKey })
            .ToListAsync(cancellationToken);

    /// <summary>The entries with the texts of the answers in <paramref name="themes"/> filled in.</summary>
    public static async Task<List<DreadEntry>> WithTextsAsync(
        ChampionDbContext db, int programId, List<DreadEntry> entries, IReadOnlyCollection<string> themes, CancellationToken cancellationToken)
    {
        if (themes.Count == 0)
        {
            return entries;
        }

        var texts = await db.DreadItems.AsNoTracking()
            .Where(d => d.ProgramId == programId && d.ThemeKey != null && themes.Contains(d.ThemeKey))
            .Select(d => new { d.Id, d.Text })
            .ToDictionaryAsync(d => d.Id, d => d.Text, cancellationToken);
        return [.. entries.Select(e => texts.TryGetValue(e.ItemId, out var text) ? e with { Text = text } : e)];
    }
}
