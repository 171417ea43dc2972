using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Dread;

/// <summary>The outcome of looking up "group N" in a program's ranking: the group, or why there is none.</summary>
public sealed record DreadGroupLookup(int Rank, DreadTheme? Group, string? Refusal);

/// <summary>
/// The dread ranking exactly as <c>dread top</c> shows it, and its groups by the number shown in front of them
/// (1 = the top group). Anything built from dread starts here, so it can only ever reach a group the owner was
/// allowed to see: a group of at least <see cref="DreadRanking.MinimumGroupSize"/> people, never one answer.
/// </summary>
public static class DreadGroups
{
    public const string TopHint = "Type **dread top** to see the groups";

    /// <summary>
    /// The ranking as owners see it, with each part's published figures (<see cref="DreadPublishedFigures"/>); figures
    /// taken afresh are saved here, so the next look shows the same ones.
    /// </summary>
    public static async Task<DreadRankingResult> RankingAsync(ChampionDbContext db, int programId, CancellationToken cancellationToken)
    {
        await DreadThemeStore.KeyMissingAsync(db, programId, cancellationToken);
        var entries = await DreadEntries.OfProgramAsync(db, programId, cancellationToken);
        var shown = await db.DreadPublications.Where(p => p.ProgramId == programId).ToListAsync(cancellationToken);
        var answersUpTo = entries.Count == 0 ? DateTimeOffset.MinValue : entries.Max(e => e.CreatedAt);
        var names = await DreadThemeStore.TaskNamesAsync(db, cancellationToken);
        entries = await DreadEntries.WithTextsAsync(db, programId, entries, DreadPublishedFigures.TextThemesToPublish(shown, entries), cancellationToken);
        var ranking = DreadRanking.Rank(entries, source: new DreadPublishedFigures(db, programId, shown, answersUpTo), taskNames: names);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ranking;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another owner's look published the same part a moment ago: show theirs, and leave the rest to the next look.
            ForgetUnsaved(db);
            shown = await db.DreadPublications.AsNoTracking().Where(p => p.ProgramId == programId).ToListAsync(cancellationToken);
            ranking = DreadRanking.Rank(entries, source: new DreadPublishedFigures(db, programId, shown, answersUpTo), taskNames: names);
            ForgetUnsaved(db);
            return ranking;
        }
    }

    private static void ForgetUnsaved(ChampionDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<DreadPublication>().ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>Group <paramref name="number"/> (as typed, or as a card sent it) of the program's current ranking.</summary>
    public static async Task<DreadGroupLookup> ByRankAsync(ChampionDbContext db, int programId, string? number, CancellationToken cancellationToken)
    {
        var typed = number?.Trim().TrimStart('#') ?? string.Empty;
        if (!CardData.TryWholeNumber(typed, out var rank))
        {
            return new DreadGroupLookup(0, null, $"{EchoedText.Quote(typed, 20)} isn't a group number. {TopHint}, then type **challenge new from dread 1** for the top one.");
        }

        var ranking = await RankingAsync(db, programId, cancellationToken);
        return rank >= 1 && rank <= ranking.Themes.Count
            ? new DreadGroupLookup(rank, ranking.Themes[rank - 1], null)
            : new DreadGroupLookup(rank, null, NotInRanking(rank, ranking.Themes.Count));
    }

    /// <summary>The shown group an answer belongs to today (how a challenge's stored link is shown), or null when it is in none.</summary>
    public static DreadTheme? Containing(DreadRankingResult ranking, int itemId) =>
        ranking.Themes.FirstOrDefault(t => t.ItemIds.Contains(itemId));

    /// <summary>"status · report · manager" → "status, report, manager": the group's key words to read in a sentence.</summary>
    public static string ThemeWords(DreadTheme group) => group.Theme.Replace(" · ", ", ", StringComparison.Ordinal);

    private static string NotInRanking(int rank, int shown)
    {
        var which = shown switch
        {
            0 => "no group is big enough yet",
            1 => "there is only group 1",
            _ => $"the groups are numbered 1 to {shown}",
        };
        return $"Group {rank} isn't in the ranking: only groups of at least {DreadRanking.MinimumGroupSize} people are shown, so answers stay anonymous ({which}). {TopHint}.";
    }
}
