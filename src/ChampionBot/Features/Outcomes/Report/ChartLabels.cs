using ChampionBot.Features.Outcomes.Capacity;

namespace ChampionBot.Features.Outcomes.Report;

/// <summary>
/// Names short enough to stand under a chart's bar: Teams cuts a longer one mid-word ("Field Sal…"). A name keeps its
/// first word and the initials of the rest ("Field Sales" → "Field S."), or is cut at a letter with a full stop; two
/// names that would come out the same keep a number each. The full names go beside the chart.
/// </summary>
public static class ChartLabels
{
    public const int MaxLength = 9;

    public static IReadOnlyList<string> Short(IReadOnlyList<string> names)
    {
        var shortened = names.Select(Shorten).ToList();
        var clashes = shortened.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        return [.. shortened.Select(s => clashes.Contains(s) ? Numbered(s, seen[s] = seen.GetValueOrDefault(s) + 1) : s)];
    }

    private static string Shorten(string name)
    {
        name = name.Trim();
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = string.Concat(words.Skip(1).Select(w => w[0] + "."));
        var kept = words[0] + " " + initials;
        return words.Length > 1 && kept.Length <= MaxLength ? kept : words[0][..Math.Min(words[0].Length, MaxLength - 1)] + ".";
    }

    private static string Numbered(string label, int number) => label[..Math.Min(label.Length, MaxLength - 2)] + " " + number;
}
