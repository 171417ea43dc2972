namespace ChampionBot.Features.Dread;

/// <summary>One stored answer, as the ranking needs it.</summary>
public sealed record DreadEntry(int ItemId, int ParticipantId, string Text, int Minutes, double TimesPerWeek, string? Role, string? Team, DateTimeOffset CreatedAt)
{
    public double MinutesPerWeek => Minutes * TimesPerWeek;
}

/// <summary>
/// A group of similar answers that is big enough to show, with the group's figures (never one member's): medians of a
/// group of five or more are aggregates, and <see cref="SharedRole"/> is only set when the role is named in the ranking.
/// </summary>
public sealed record DreadTheme(string Theme, int People, double MinutesPerWeek, int RepresentativeItemId, IReadOnlyList<string> Roles, IReadOnlyList<string> Teams)
{
    /// <summary>The role (as stored, e.g. "demand-generation") every member gave, when the ranking names it; else null.</summary>
    public string? SharedRole { get; init; }

    /// <summary>The median minutes one occurrence takes.</summary>
    public double MedianMinutes { get; init; }

    public double MedianTimesPerWeek { get; init; }

    /// <summary>The median minutes a week one member burns on it.</summary>
    public double MedianMinutesPerWeek { get; init; }

    /// <summary>The answers in the group, so a challenge's stored link can be traced back to its group.</summary>
    public IReadOnlyList<int> ItemIds { get; init; } = [];
}

/// <summary>A role and team's total, big enough to show.</summary>
public sealed record DreadRoleTeam(string Role, string Team, int People, double MinutesPerWeek);

/// <summary>Totals of everything too small to show on its own.</summary>
public sealed record DreadOther(int People, double MinutesPerWeek, int Groups);

public sealed record DreadRankingResult(
    int Respondents,
    IReadOnlyList<DreadTheme> Themes,
    DreadOther? OtherThemes,
    IReadOnlyList<DreadRoleTeam> RolesAndTeams,
    DreadOther? OtherRolesAndTeams);

/// <summary>
/// Ranks dread by total minutes burned per week. Similar answers are grouped (<see cref="DreadSimilarity"/>), and
/// every figure shown is about at least <see cref="MinimumGroupSize"/> people: smaller groups are merged into
/// "other", which is itself hidden when it is still too small, and a role or team is only named when at least
/// that many respondents share it. Nobody's name, and no single answer's text, ever appears.
/// </summary>
public static class DreadRanking
{
    public const int MinimumGroupSize = 5;

    public static DreadRankingResult Rank(IReadOnlyList<DreadEntry> entries, int top = 5)
    {
        var respondents = entries.Select(e => e.ParticipantId).Distinct().Count();
        var namedRoles = Shared(entries, e => e.Role);
        var namedTeams = Shared(entries, e => e.Team);

        var shown = new List<(DreadTheme Theme, IReadOnlyList<DreadEntry> Entries)>();
        var hidden = new List<IReadOnlyList<DreadEntry>>();
        foreach (var group in Group(entries))
        {
            var people = group.Select(e => e.ParticipantId).Distinct().Count();
            if (people < MinimumGroupSize)
            {
                hidden.Add(group);
                continue;
            }

            shown.Add((new DreadTheme(
                Theme(group),
                people,
                group.Sum(e => e.MinutesPerWeek),
                group.MaxBy(e => e.MinutesPerWeek)!.ItemId,
                Labels(group, e => e.Role, namedRoles, DreadRoles.Title),
                Labels(group, e => e.Team, namedTeams, t => t))
            {
                SharedRole = SharedRole(group, namedRoles),
                MedianMinutes = Median(group.Select(e => (double)e.Minutes)),
                MedianTimesPerWeek = Median(group.Select(e => e.TimesPerWeek)),
                MedianMinutesPerWeek = Median(group.Select(e => e.MinutesPerWeek)),
                ItemIds = [.. group.Select(e => e.ItemId)],
            }, group));
        }

        var ranked = shown.OrderByDescending(t => t.Theme.MinutesPerWeek).ThenByDescending(t => t.Theme.People).ToList();
        hidden.AddRange(ranked.Skip(top).Select(t => t.Entries));

        var byRoleTeam = entries.GroupBy(e => (Role: e.Role ?? "role not given", Team: e.Team ?? "team not known")).ToList();
        var shownRoleTeams = byRoleTeam
            .Select(g => new DreadRoleTeam(DreadRoles.Title(g.Key.Role), g.Key.Team, g.Select(e => e.ParticipantId).Distinct().Count(), g.Sum(e => e.MinutesPerWeek)))
            .Where(r => r.People >= MinimumGroupSize)
            .OrderByDescending(r => r.MinutesPerWeek).ToList();
        var hiddenRoleTeams = byRoleTeam.Where(g => g.Select(e => e.ParticipantId).Distinct().Count() < MinimumGroupSize)
            .Select(g => (IReadOnlyList<DreadEntry>)[.. g]).ToList();

        return new DreadRankingResult(respondents, [.. ranked.Take(top).Select(t => t.Theme)], Other(hidden), shownRoleTeams, Other(hiddenRoleTeams));
    }

    /// <summary>Each person's latest answers, grouped by similarity to any answer already in a group.</summary>
    public static IReadOnlyList<IReadOnlyList<DreadEntry>> Group(IReadOnlyList<DreadEntry> entries)
    {
        var groups = new List<(List<DreadEntry> Members, List<IReadOnlySet<string>> Words)>();
        foreach (var entry in entries.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.ItemId))
        {
            var words = DreadSimilarity.KeyWords(entry.Text);
            var home = groups.FirstOrDefault(g => g.Words.Any(w => DreadSimilarity.Jaccard(w, words) >= DreadSimilarity.Threshold));
            if (home.Members is null)
            {
                groups.Add(([entry], [words]));
            }
            else if (!home.Members.Any(m => m.ParticipantId == entry.ParticipantId))
            {
                // One voice per person per theme: a newer answer about the same thing replaces the older one.
                home.Members.Add(entry);
                home.Words.Add(words);
            }
        }

        return [.. groups.Select(g => (IReadOnlyList<DreadEntry>)g.Members)];
    }

    /// <summary>The group's most common key words (never one person's sentence), e.g. "status report · manager".</summary>
    public static string Theme(IReadOnlyList<DreadEntry> group)
    {
        var said = group.OrderByDescending(e => e.MinutesPerWeek).Select(e => DreadSimilarity.KeyWordsInOrder(e.Text)).ToList();
        var firstSaid = said.SelectMany(w => w).Distinct(StringComparer.Ordinal).Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        var counts = said.SelectMany(w => w).GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Count: g.Count()))
            .OrderByDescending(w => w.Count).ThenBy(w => firstSaid[w.Word])
            .ToList();
        var shared = counts.Where(w => w.Count * 2 >= group.Count).Take(4).Select(w => w.Word).ToList();
        var words = shared.Count > 0 ? shared : [.. counts.Take(3).Select(w => w.Word)];
        return words.Count == 0 ? "(no key words)" : string.Join(" · ", words);
    }

    private static HashSet<string> Shared(IReadOnlyList<DreadEntry> entries, Func<DreadEntry, string?> key) =>
        entries.Where(e => key(e) is not null).GroupBy(e => key(e)!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(e => e.ParticipantId).Distinct().Count() >= MinimumGroupSize)
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
    private static DreadOther? Other(List<IReadOnlyList<DreadEntry>> groups)
    {
        var people = groups.SelectMany(g => g).Select(e => e.ParticipantId).Distinct().Count();
        return groups.Count == 0 || people < MinimumGroupSize
            ? null
            : new DreadOther(people, groups.Sum(g => g.Sum(e => e.MinutesPerWeek)), groups.Count);
    }
}
