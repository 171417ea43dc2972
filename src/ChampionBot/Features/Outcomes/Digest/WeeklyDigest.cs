using ChampionBot.Features.Dread;
using ChampionBot.Features.Nominations;

namespace ChampionBot.Features.Outcomes.Digest;

/// <summary>
/// What one week's digest says: the ledger's program figures now and at the end of last week (each null while withheld),
/// the dread groups no challenge covers yet, and the stalled nominations.
/// </summary>
public sealed record WeeklyDigest(
    string ProgramName,
    DateOnly WeekOf,
    LedgerFigures? Now,
    LedgerFigures? LastWeek,
    IReadOnlyList<UncoveredDread> Uncovered,
    IReadOnlyList<NominationRow> Stalled)
{
    /// <summary>The ledger's figures up to the end of the week before <paramref name="weekOf"/>; null when withheld or none.</summary>
    public static LedgerFigures? Before(Ledger ledger, DateOnly weekOf) =>
        ledger.Weeks.Where(w => w.WeekOf < weekOf).OrderBy(w => w.WeekOf).LastOrDefault()?.UpToThen;

    /// <summary>The ranking's groups without a challenge made from any of their answers (<c>challenge new from dread N</c>).</summary>
    public static IReadOnlyList<UncoveredDread> NotCovered(DreadRankingResult ranking, IReadOnlyCollection<int> challengeDreadItemIds) =>
        [.. ranking.Themes.Select((t, i) => new UncoveredDread(i + 1, t)).Where(u => !u.Group.ItemIds.Any(challengeDreadItemIds.Contains))];
}

/// <summary>A dread group no challenge covers yet, with its number in <c>dread top</c>.</summary>
public sealed record UncoveredDread(int Rank, DreadTheme Group);
