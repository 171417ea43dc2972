using System.Globalization;
using System.Text;

namespace ChampionBot.Features.Commands;

/// <summary>
/// What someone typed, shown back to them (or to a channel) as inert text: in an inline code span, so neither Teams
/// markdown nor HTML turns it into a link, mention or formatting, with link brackets and angle brackets replaced (card
/// markdown has no code spans) and invisible and direction-changing characters removed. The bot never posts a link it
/// was fed.
/// </summary>
public static class EchoedText
{
    public static string Quote(string? text, int maxLength = 40)
    {
        var builder = new StringBuilder(maxLength + 1);
        foreach (var c in text ?? string.Empty)
        {
            if (builder.Length >= maxLength)
            {
                return Wrap(builder.ToString().TrimEnd() + "…");
            }

            builder.Append(c switch
            {
                '`' => "'",
                '[' or '<' => "(",
                ']' or '>' => ")",
                _ when char.IsWhiteSpace(c) => builder.Length > 0 && builder[^1] == ' ' ? string.Empty : " ",
                _ when IsInvisible(c) => string.Empty,
                _ => c.ToString(),
            });
        }

        return Wrap(builder.ToString().Trim());
    }

    /// <summary>Format, control and direction-changing characters (zero-width spaces, RTL overrides, isolates).</summary>
    public static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control;

    private static string Wrap(string text) => $"`{text}`";
}
