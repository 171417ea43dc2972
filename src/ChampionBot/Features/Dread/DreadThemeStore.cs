using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Dread;

/// <summary>
/// Theme keys as stored: the themes an answer in words of one's own can join, and keys written once for answers stored
/// without one (before themes existed, or seeded as text), so a group keeps its key, and its published figures, from
/// one look to the next.
/// </summary>
public static class DreadThemeStore
{
    /// <summary>The theme of words of one's own: the most similar of the program's themes (library tasks included), or a new one.</summary>
    public static async Task<string> ForTextAsync(ChampionDbContext db, int? programId, string text, CancellationToken cancellationToken)
    {
        await KeyMissingAsync(db, programId, cancellationToken);
        return DreadThemes.ForText(text, await KnownAsync(db, programId, cancellationToken));
    }

    /// <summary>Gives every answer of the program stored without a theme key the key it would have got when stored.</summary>
    public static async Task KeyMissingAsync(ChampionDbContext db, int? programId, CancellationToken cancellationToken)
    {
        var missing = await db.DreadItems.AsNoTracking().Where(d => d.ProgramId == programId && d.ThemeKey == null)
            .Select(d => new DreadEntry(d.Id, d.ParticipantId, d.Text, d.MinutesPerOccurrence, d.TimesPerWeek, d.Role, d.Team, d.CreatedAt))
            .ToListAsync(cancellationToken);
        if (missing.Count == 0)
        {
            return;
        }

        var keys = DreadThemes.KeyMissing(missing, await KnownAsync(db, programId, cancellationToken));
        foreach (var theme in keys.GroupBy(k => k.Value, k => k.Key, StringComparer.Ordinal))
        {
            var ids = theme.ToList();
            await db.DreadItems.Where(d => ids.Contains(d.Id) && d.ThemeKey == null)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.ThemeKey, theme.Key), cancellationToken);
        }
    }

    /// <summary>The names of the library's tasks by theme key, as the card offers them and the ranking names their groups.</summary>
    public static async Task<Dictionary<string, string>> TaskNamesAsync(ChampionDbContext db, CancellationToken cancellationToken) =>
        (await db.Challenges.AsNoTracking().Where(c => c.FromLibrary && c.ProgramId == null)
            .Select(c => new { c.Slug, c.Task, c.Title }).ToListAsync(cancellationToken))
        .ToDictionary(c => DreadItem.PickedTheme(c.Slug), c => DreadTasks.Name(c.Task, c.Title), StringComparer.Ordinal);

    private static async Task<List<DreadThemeKey>> KnownAsync(ChampionDbContext db, int? programId, CancellationToken cancellationToken)
    {
        var library = await TaskNamesAsync(db, cancellationToken);
        var stored = await db.DreadItems.AsNoTracking()
            .Where(d => d.ProgramId == programId && d.ThemeKey != null && d.ThemeKey.StartsWith(DreadThemes.TextPrefix))
            .Select(d => d.ThemeKey!).Distinct().ToListAsync(cancellationToken);
        return
        [
            .. library.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => DreadThemes.Picked(t.Key, t.Value)),
            .. stored.Order(StringComparer.Ordinal).Select(DreadThemes.FromKey),
        ];
    }
}
