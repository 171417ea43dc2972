using ChampionBot.Features.Dread;
using ChampionBot.Features.Nominations;
using ChampionBot.Features.Outcomes.Capacity;

namespace ChampionBot.Features.Outcomes.Digest;

/// <summary>
/// What one week's digest says: the ledger's program figures on the day it is sent and for everything reported before
/// <paramref name="ChangesSince"/> (each null while withheld), the dread groups no challenge covers yet, and the stalled
/// nominations.
/// </summary>
public sealed record WeeklyDigest(
    string ProgramName,
    DateOnly SentOn,
    DateOnly ChangesSince,
    LedgerFigures? Now,
    LedgerFigures? LastWeek,
    IReadOnlyList<UncoveredDread> Uncovered,
    IReadOnlyList<NominationRow> Stalled)
{
    /// <summary>The ledger's figures for everything reported before the week of <paramref name="upTo"/>; null when withheld or none.</summary>
    public static LedgerFigures? Before(Ledger ledger, DateOnly upTo) =>
        ledger.Weeks.Where(w => w.WeekOf < upTo).OrderBy(w => w.WeekOf).LastOrDefault()?.UpToThen;

    /// <summary>
    /// What last week's digest showed, as near as the ledger's weeks (Monday to Sunday) come: results up to the week
    /// boundary nearest to it. A Monday digest compares with everything before last Monday (not before this one, which
    /// would leave only this morning's results as the change); a Sunday digest with everything before this week.
    /// </summary>
    public static DateOnly LastDigestUpTo(DateTimeOffset occurrence, TimeZoneInfo zone)
    {
        var lastDigest = occurrence.AddDays(-7);
        var weekOf = LedgerTally.WeekOf(lastDigest, zone);
        var intoWeek = TimeZoneInfo.ConvertTime(lastDigest, zone).DateTime - weekOf.ToDateTime(TimeOnly.MinValue);
        return intoWeek.TotalDays < 3.5 ? weekOf : weekOf.AddDays(7);
    }

    /// <summary>The ranking's groups without a challenge made from any of their answers (<c>challenge new from dread N</c>).</summary>
    public static IReadOnlyList<UncoveredDread> NotCovered(DreadRankingResult ranking, IReadOnlyCollection<int> challengeDreadItemIds) =>
        [.. ranking.Themes.Select((t, i) => new UncoveredDread(i + 1, t)).Where(u => !u.Group.ItemIds.Any(challengeDreadItemIds.Contains))];
}

/// <summary>A dread group no challenge covers yet, with its number in <c>dread top</c>.</summary>
public sealed record UncoveredDread(int Rank, DreadTheme Group);
