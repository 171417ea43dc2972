using System.Globalization;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Programs;

/// <summary>
/// Finds a program by what an owner typed, forgivingly: case and extra spaces do not matter, and the start of a name
/// is enough while only one program's name starts that way. <c>#12</c> picks by id, for two programs of the same name.
/// </summary>
public static class ProgramNames
{
    /// <summary>The one program meant, or null with the programs it could have meant (empty: none fits).</summary>
    public static (ChampionProgram? Match, IReadOnlyList<ChampionProgram> Candidates) Find(IReadOnlyList<ChampionProgram> programs, string typed)
    {
        var text = Normalize(typed.Trim().Trim('"', '\'', '“', '”', '‘', '’'));
        if (text.StartsWith('#') && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Single(programs.Where(p => p.Id == id).ToList());
        }

        var exact = programs.Where(p => string.Equals(Normalize(p.Name), text, StringComparison.OrdinalIgnoreCase)).ToList();
        return exact.Count > 0 || text.Length == 0
            ? Single(exact)
            : Single(programs.Where(p => Normalize(p.Name).StartsWith(text, StringComparison.OrdinalIgnoreCase)).ToList());
    }

    /// <summary>"**Marketing pilot**, **Sales pilot** (#7)": names in bold, with the id where two share a name.</summary>
    public static string List(IReadOnlyList<ChampionProgram> programs) => string.Join(", ", programs.Select(p =>
        $"**{p.Name}**" + (programs.Count(o => string.Equals(Normalize(o.Name), Normalize(p.Name), StringComparison.OrdinalIgnoreCase)) > 1 ? $" (#{p.Id})" : string.Empty)));

    /// <summary>What to type to pick one of several programs: more of the name, or the number where names are the same.</summary>
    public static string HowToPick(IReadOnlyList<ChampionProgram> candidates) =>
        candidates.Select(p => Normalize(p.Name)).Distinct(StringComparer.OrdinalIgnoreCase).Count() < candidates.Count
            ? $"Two have the same name: type **program use #** and the number, e.g. **program use #{candidates[0].Id}**."
            : "Type more of the name.";

    private static (ChampionProgram?, IReadOnlyList<ChampionProgram>) Single(List<ChampionProgram> found) =>
        found.Count == 1 ? (found[0], found) : (null, found);

    // One form for accents: a name typed with a combining accent is the same name as one stored with the accented letter.
    private static string Normalize(string text) =>
        string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
