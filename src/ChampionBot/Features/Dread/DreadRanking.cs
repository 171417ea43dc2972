using ChampionBot.Features.Privacy;

namespace ChampionBot.Features.Dread;

/// <summary>
/// Ranks dread by total minutes burned per week. Answers group by their theme key (<see cref="DreadThemes"/>), each
/// person counting once per theme with their latest answer, and every figure shown is about at least
/// <see cref="MinimumGroupSize"/> people: smaller groups are merged into "other", which is itself hidden when it is
/// still too small, and a role or team is only named when at least that many respondents share it. Nobody's name, and
/// no single answer's text, ever appears. Which figures are shown for each part is up to an
/// <see cref="IDreadFigureSource"/>: the current ones by default, the published ones for owners (<see cref="DreadPublishedFigures"/>).
/// </summary>
public static class DreadRanking
{
    public const int MinimumGroupSize = SmallGroups.MinimumPeople;

    /// <summary>How many answers a group's key words are read from to name it (the ones burning the most time).</summary>
    private const int LabelSample = 200;

    private static readonly IDreadFigureSource Current = new CurrentFigures();

    /// <summary>The ranking; <paramref name="taskNames"/> (theme key → name) names groups of picked tasks, never in members' words.</summary>
    public static DreadRankingResult Rank(
        IReadOnlyList<DreadEntry> entries, int top = 5, IDreadFigureSource? source = null, IReadOnlyDictionary<string, string>? taskNames = null)
    {
        source ??= Current;
        var voices = Voices(WithThemes(entries));
        var respondents = entries.Count == 0 ? 0 : source.Figures("all", voices, () => new DreadFigures(string.Empty, People(voices), 0)).People;
        var namedRoles = Shared(voices, e => e.Role);
        var namedTeams = Shared(voices, e => e.Team);

        var shown = new List<(DreadTheme Theme, IReadOnlyList<DreadEntry> Entries)>();
        var hidden = new List<IReadOnlyList<DreadEntry>>();
        foreach (var group in voices.GroupBy(e => e.ThemeKey!, StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (People(members) < MinimumGroupSize)
            {
                hidden.Add(members);
                continue;
            }

            var figures = source.Figures("theme:" + group.Key, members, () => ThemeFigures(taskNames?.GetValueOrDefault(group.Key) ?? Theme(members), members, namedRoles, namedTeams));
            shown.Add((new DreadTheme(figures.Label, figures.People, figures.MinutesPerWeek, members.MaxBy(e => e.MinutesPerWeek)!.ItemId, figures.Roles, figures.Teams)
            {
                SharedRole = figures.SharedRole,
                MedianMinutes = figures.MedianMinutes,
                MedianTimesPerWeek = figures.MedianTimesPerWeek,
                MedianMinutesPerWeek = figures.MedianMinutesPerWeek,
                Key = group.Key,
                ItemIds = [.. members.Select(e => e.ItemId)],
            }, members));
        }

        var ranked = shown.OrderByDescending(t => t.Theme.MinutesPerWeek).ThenByDescending(t => t.Theme.People)
            .ThenBy(t => t.Theme.Key, StringComparer.Ordinal).ToList();
        hidden.AddRange(ranked.Skip(top).Select(t => t.Entries));

        // Roles and teams split the respondents, whose number is shown: what they hide together is never one to four people.
        var byRoleTeam = voices.GroupBy(e => (Role: e.Role ?? "role not given", Team: e.Team ?? "team not known"))
            .Select(g => (g.Key, Members: g.ToList())).OrderBy(g => g.Key.Role, StringComparer.Ordinal).ThenBy(g => g.Key.Team, StringComparer.Ordinal).ToList();
        var hiddenIndexes = SmallGroups.Hidden([.. byRoleTeam.Select(g => (IReadOnlyCollection<int>)g.Members.Select(e => e.ParticipantId).ToHashSet())]);
        var shownRoleTeams = byRoleTeam.Where((_, i) => !hiddenIndexes.Contains(i))
            .Select(g => (g.Key, Figures: source.Figures($"role:{g.Key.Role}|{g.Key.Team}", g.Members, () => Totals(g.Members))))
            .Select(g => new DreadRoleTeam(DreadRoles.Title(g.Key.Role), g.Key.Team, g.Figures.People, g.Figures.MinutesPerWeek))
            .OrderByDescending(r => r.MinutesPerWeek).ThenBy(r => r.Role, StringComparer.Ordinal).ThenBy(r => r.Team, StringComparer.Ordinal).ToList();
        var hiddenRoleTeams = byRoleTeam.Where((_, i) => hiddenIndexes.Contains(i)).Select(g => (IReadOnlyList<DreadEntry>)g.Members).ToList();

        return new DreadRankingResult(
            respondents,
            [.. ranked.Take(top).Select(t => t.Theme)],
            Other("other-themes", hidden, source),
            shownRoleTeams,
            Other("other-roles", hiddenRoleTeams, source));
    }

    /// <summary>The group's most common key words (never one person's sentence), e.g. "status report · manager".</summary>
    public static string Theme(IReadOnlyList<DreadEntry> group)
    {
        var said = group.OrderByDescending(e => e.MinutesPerWeek).ThenBy(e => e.ItemId).Take(LabelSample).Select(e => DreadSimilarity.KeyWordsInOrder(e.Text)).ToList();
        var firstSaid = said.SelectMany(w => w).Distinct(StringComparer.Ordinal).Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        var counts = said.SelectMany(w => w).GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Count: g.Count()))
            .OrderByDescending(w => w.Count).ThenBy(w => firstSaid[w.Word])
            .ToList();
        var shared = counts.Where(w => w.Count * 2 >= said.Count).Take(4).Select(w => w.Word).ToList();
        var words = shared.Count > 0 ? shared : [.. counts.Take(3).Select(w => w.Word)];
        return words.Count == 0 ? "(no key words)" : string.Join(" · ", words);
    }

    /// <summary>Every answer with its theme key; those stored without one are keyed here as they would have been when stored.</summary>
    private static List<DreadEntry> WithThemes(IReadOnlyList<DreadEntry> entries)
    {
        var missing = entries.Where(e => e.ThemeKey is null).ToList();
        if (missing.Count == 0)
        {
            return [.. entries];
        }

        var known = entries.Where(e => e.ThemeKey is not null).GroupBy(e => e.ThemeKey!, StringComparer.Ordinal)
            .Select(g => DreadThemes.IsPicked(g.Key) ? DreadThemes.Picked(g.Key, g.First().Text) : DreadThemes.FromKey(g.Key));
        var keys = DreadThemes.KeyMissing(missing, known);
        return [.. entries.Select(e => e.ThemeKey is null ? e with { ThemeKey = keys[e.ItemId] } : e)];
    }

    /// <summary>Each person's latest answer per theme: a newer answer about the same thing replaces the older one.</summary>
    private static List<DreadEntry> Voices(List<DreadEntry> entries) =>
        [.. entries.GroupBy(e => (e.ParticipantId, e.ThemeKey))
            .Select(g => g.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.ItemId).First())];

    private static DreadFigures ThemeFigures(string label, List<DreadEntry> group, HashSet<string> namedRoles, HashSet<string> namedTeams) =>
        new(label, People(group), group.Sum(e => e.MinutesPerWeek))
        {
            Roles = Labels(group, e => e.Role, namedRoles, DreadRoles.Title),
            Teams = Labels(group, e => e.Team, namedTeams, t => t),
            SharedRole = SharedRole(group, namedRoles),
            MedianMinutes = Median(group.Select(e => (double)e.Minutes)),
            MedianTimesPerWeek = Median(group.Select(e => e.TimesPerWeek)),
            MedianMinutesPerWeek = Median(group.Select(e => e.MinutesPerWeek)),
        };

    private static DreadFigures Totals(IReadOnlyList<DreadEntry> members) => new(string.Empty, People(members), members.Sum(e => e.MinutesPerWeek));

    private static int People(IEnumerable<DreadEntry> entries) => entries.Select(e => e.ParticipantId).Distinct().Count();

    private static HashSet<string> Shared(IReadOnlyList<DreadEntry> entries, Func<DreadEntry, string?> key) =>
        entries.Where(e => key(e) is not null).GroupBy(e => key(e)!, StringComparer.OrdinalIgnoreCase)
            .Where(g => People(g) >= MinimumGroupSize)
            .Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string? SharedRole(IReadOnlyList<DreadEntry> group, HashSet<string> named) =>
        group.Select(e => e.Role).Distinct(StringComparer.OrdinalIgnoreCase).ToList() is [{ } role] && named.Contains(role) ? role : null;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static List<string> Labels(IReadOnlyList<DreadEntry> group, Func<DreadEntry, string?> key, HashSet<string> named, Func<string, string> title)
    {
        var present = group.Select(key).ToList();
        var labels = present.OfType<string>().Where(named.Contains).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).Select(title).ToList();
        if (present.Any(v => v is null || !named.Contains(v)))
        {
            labels.Add("others");
        }

        return labels;
    }

    /// <summary>The groups too small (or too far down) to show, together, when together they are big enough.</summary>
    private static DreadOther? Other(string bucket, List<IReadOnlyList<DreadEntry>> groups, IDreadFigureSource source)
    {
        var members = groups.SelectMany(g => g).ToList();
        if (groups.Count == 0 || People(members) < MinimumGroupSize)
        {
            return null;
        }

        var figures = source.Figures(bucket, members, () => Totals(members) with { Groups = groups.Count });
        return new DreadOther(figures.People, figures.MinutesPerWeek, figures.Groups);
    }

    private sealed class CurrentFigures : IDreadFigureSource
    {
        public DreadFigures Figures(string bucket, IReadOnlyList<DreadEntry> members, Func<DreadFigures> current) => current();
    }
}
