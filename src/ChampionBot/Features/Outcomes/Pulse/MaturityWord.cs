using System.Globalization;
using System.Text;

namespace ChampionBot.Features.Outcomes.Pulse;

/// <summary>
/// The pulse's one rule for an answer: one word, trimmed (and of the quotes or full stop people add), at most
/// <see cref="MaxLength"/> characters, letters and digits with a hyphen or an apostrophe inside. Stored lower-case, so
/// "Curious" and "curious" are the same word in the report.
/// </summary>
public static class MaturityWord
{
    public const int MaxLength = 30;

    private static readonly char[] Surrounding = ['"', '\'', '“', '”', '‘', '’', '.', ',', '!', '?', ';', ':', '(', ')', '*', '_', '`'];

    /// <summary>The word to store, or the problem to show on the card (never both).</summary>
    public static (string? Word, string? Problem) Validate(string? typed)
    {
        var text = (typed ?? string.Empty).Normalize(NormalizationForm.FormC).Trim().Trim(Surrounding).Trim();
        if (text.Length == 0)
        {
            return (null, "Type one word for where your team is with AI, for example *curious*.");
        }

        if (text.Any(char.IsWhiteSpace))
        {
            return (null, "One word only, please: pick the one that fits best (a hyphen is fine, for example *AI-curious*).");
        }

        if (text.Length > MaxLength)
        {
            return (null, $"That's more than {MaxLength} characters. One word, please.");
        }

        if (!text.All(c => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark || c is '-' or '\'' or '’'))
        {
            return (null, "Letters only, please (a hyphen is fine, for example *AI-curious*).");
        }

        return (text.ToLowerInvariant(), null);
    }
}
