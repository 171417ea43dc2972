using System.Globalization;
using ChampionBot.Graph;
using ChampionBot.Graph.LocalGraph;

namespace ChampionBot.Benchmarks.Scoring;

/// <summary>
/// A directory of <c>count</c> people made up from their position, never held in memory: person i's usage follows
/// from i, so every run reads the same report. Two in five have no Copilot usage in the report at all.
/// </summary>
internal sealed class GeneratedDirectory(int count) : ILocalDirectory
{
    public int Count => count;

    public LocalPerson this[int index] => Person(index);

    public static LocalPerson Person(int index)
    {
        var usage = new Dictionary<string, int?>(CopilotApps.Columns.Count);
        for (var app = 0; app < CopilotApps.Columns.Count; app++)
        {
            var roll = (index * 31 + app * 17) % 60;
            usage[CopilotApps.Columns[app].App] = roll < 35 && index % 5 >= 2 ? roll : null;
        }

        var id = index.ToString(CultureInfo.InvariantCulture);
        return new LocalPerson($"00000000-0000-4000-8000-{index:D12}", $"Person {id}", $"person{id}@contoso.example",
            "Analyst", "Operations", index == 0 ? null : "00000000-0000-4000-8000-000000000000", usage);
    }

    public LocalPerson? Find(string idOrUpn)
    {
        var digits = idOrUpn.StartsWith("person", StringComparison.Ordinal) ? idOrUpn[6..idOrUpn.IndexOf('@', StringComparison.Ordinal)] : idOrUpn[^12..];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < count ? this[index] : null;
    }
}
