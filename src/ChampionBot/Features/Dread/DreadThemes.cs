using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Dread;

/// <summary>A kind of dread answers can join: its key (stored on each answer) and the key words it is compared by.</summary>
public sealed record DreadThemeKey(string Key, IReadOnlySet<string> Words);

/// <summary>
/// Gives every answer a theme key once, when it is stored, so the ranking groups by equality instead of comparing
/// answers with each other. A task picked from the card's list is its own theme (<see cref="DreadItem.PickedTheme"/>);
/// words of one's own join the most similar existing theme (<see cref="DreadSimilarity"/>, picked tasks included) or
/// start a new one keyed by their key words.
/// </summary>
public static class DreadThemes
{
    public const string TextPrefix = "text:";

    private const int MaxKeyLength = 200;

    public static bool IsPicked(string key) => !key.StartsWith(TextPrefix, StringComparison.Ordinal);

    /// <summary>The theme for words of one's own: the most similar of <paramref name="themes"/>, else a new one.</summary>
    public static string ForText(string text, IEnumerable<DreadThemeKey> themes)
    {
        var words = DreadSimilarity.KeyWords(text);
        var best = themes
            .Select(t => (t.Key, Score: DreadSimilarity.Score(t.Words, words)))
            .Where(t => t.Score >= DreadSimilarity.Threshold)
            .OrderByDescending(t => t.Score).ThenBy(t => t.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Key ?? TextKey(DreadSimilarity.KeyWordsInOrder(text));
    }

    /// <summary>A free-text theme's own words, read back from its key.</summary>
    public static DreadThemeKey FromKey(string key) =>
        new(key, new HashSet<string>(key[TextPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal));

    /// <summary>A picked task as a theme free text can join: compared by the words of its label.</summary>
    public static DreadThemeKey Picked(string key, string label) => new(key, DreadSimilarity.KeyWords(label));

    /// <summary>
    /// Theme keys for answers stored without one (before themes existed, or seeded as text), oldest first so each
    /// joins what was said before it, exactly as if it had been keyed when stored.
    /// </summary>
    public static Dictionary<int, string> KeyMissing(IEnumerable<DreadEntry> entries, IEnumerable<DreadThemeKey> known)
    {
        var themes = known.ToList();
        var seen = themes.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var keys = new Dictionary<int, string>();
        foreach (var entry in entries.OrderBy(e => e.CreatedAt).ThenBy(e => e.ItemId))
        {
            var key = ForText(entry.Text, themes);
            keys[entry.ItemId] = key;
            if (seen.Add(key))
            {
                themes.Add(FromKey(key));
            }
        }

        return keys;
    }

    private static string TextKey(IReadOnlyList<string> words)
    {
        var key = TextPrefix;
        foreach (var word in words.Order(StringComparer.Ordinal))
        {
            if (key.Length + word.Length + 1 > MaxKeyLength)
            {
                break;
            }

            key += (key.Length == TextPrefix.Length ? string.Empty : " ") + word;
        }

        return key;
    }
}
