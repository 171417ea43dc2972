using System.Text;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Participants;

/// <summary>
/// Finds a person by what an owner typed, forgivingly: case, accents typed either way and extra spaces do not matter;
/// a sign-in name matches exactly; otherwise the whole name, else the start of the name or of its last word, while only
/// one person fits. When several do, the caller lists them (<see cref="List"/>).
/// </summary>
public static class PeopleNames
{
    /// <summary>The one person meant, or null with the people it could have meant (empty: none fits).</summary>
    public static (Participant? Match, IReadOnlyList<Participant> Candidates) Find(IReadOnlyList<Participant> people, string typed)
    {
        var text = Normalize(typed.Trim().Trim('"', '\'', '“', '”', '‘', '’'));
        if (text.Length == 0)
        {
            return (null, []);
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            return One([.. people.Where(p => string.Equals(p.UserPrincipalName, text, StringComparison.OrdinalIgnoreCase))]);
        }

        var exact = people.Where(p => string.Equals(Normalize(p.DisplayName), text, StringComparison.OrdinalIgnoreCase)).ToList();
        return exact.Count > 0
            ? One(exact)
            : One([.. people.Where(p => Normalize(p.DisplayName).Split(' ').Any(word => word.StartsWith(text, StringComparison.OrdinalIgnoreCase))
                || Normalize(p.DisplayName).StartsWith(text, StringComparison.OrdinalIgnoreCase))]);
    }

    /// <summary>"**Megan Bowen** (meganb@contoso.com), **Megan Smith** (megans@contoso.com)": names with their sign-in names.</summary>
    public static string List(IReadOnlyList<Participant> people, int max = 10) =>
        string.Join(", ", people.Take(max).Select(p => $"**{p.DisplayName}**" + (p.UserPrincipalName is { } upn ? $" ({upn})" : string.Empty)))
        + (people.Count > max ? $" and {people.Count - max} more" : string.Empty);

    private static (Participant?, IReadOnlyList<Participant>) One(List<Participant> found) => found.Count == 1 ? (found[0], found) : (null, found);

    private static string Normalize(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
