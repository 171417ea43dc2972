using System.Text.RegularExpressions;

namespace ChampionBot.Features.Commands;

/// <summary>
/// Plainly worded requests people type instead of a command ("I dread writing the weekly status report", "What should
/// I do this week?"), turned into the command they mean, carrying what they typed along (<c>dread …</c> pre-fills the
/// card). Only a few clear shapes: anything else still gets a suggestion or help.
/// </summary>
internal static partial class TypedIntent
{
    private static readonly (Regex Pattern, string Command)[] Intents =
    [
        (DreadPattern(), "dread"),
        (ChallengePattern(), "challenge"),
        (ResultPattern(), "result"),
        (HelpPattern(), "help"),
    ];

    /// <summary>The command the text means (with its arguments), or null when it is not one of the shapes.</summary>
    public static string? CommandFor(string text)
    {
        var words = CommandCatalog.Normalize(text);
        foreach (var (pattern, command) in Intents)
        {
            if (pattern.Match(words) is { Success: true } match)
            {
                var rest = match.Groups["rest"].Value.Trim();
                return rest.Length > 0 ? $"{command} {rest}" : command;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:i\s+(?:really\s+|truly\s+)?(?:dread|hate|loathe|can'?t\s+stand|don'?t\s+like)|what\s+i\s+(?:dread|hate)\s+(?:most\s+)?is)\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DreadPattern();

    [GeneratedRegex(@"^(?:what\s+should\s+i\s+(?:do|try)(?:\s+this\s+week)?|what(?:'s|\s+is)\s+(?:my\s+|this\s+week'?s\s+|the\s+)?challenge(?:\s+this\s+week)?|(?:show\s+me\s+|give\s+me\s+)?(?:this\s+week'?s|my|a)\s+challenge)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChallengePattern();

    [GeneratedRegex(@"^(?:(?:i\s+want\s+to\s+)?report\s+(?:my\s+|a\s+)?result|how\s+it\s+went|here'?s\s+how\s+it\s+went|it\s+(?:worked|didn'?t\s+work)|i\s+(?:tried|did)\s+(?:it|the\s+challenge))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResultPattern();

    [GeneratedRegex(@"^(?:what\s+can\s+you\s+do|what\s+do\s+you\s+do|how\s+does\s+(?:this|it)\s+work|(?:i\s+need\s+)?help(?:\s+me)?(?:\s+please)?|commands)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpPattern();
}
