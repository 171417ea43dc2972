using System.Globalization;
using ChampionBot.Data;

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

    public static async Task<DreadRankingResult> RankingAsync(ChampionDbContext db, int? programId, CancellationToken cancellationToken) =>
        DreadRanking.Rank(await DreadEntries.OfProgramAsync(db, programId, cancellationToken));

    /// <summary>Group <paramref name="number"/> (as typed, or as a card sent it) of the program's current ranking.</summary>
    public static async Task<DreadGroupLookup> ByRankAsync(ChampionDbContext db, int programId, string? number, CancellationToken cancellationToken)
    {
        var typed = number?.Trim().TrimStart('#') ?? string.Empty;
        if (!int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var rank))
        {
            var shown = typed.Length > 20 ? typed[..20] + "…" : typed;
            return new DreadGroupLookup(0, null, $"\"{shown}\" isn't a group number. {TopHint}, then type **challenge new from dread 1** for the top one.");
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
