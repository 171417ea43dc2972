using System.Text;
using System.Text.RegularExpressions;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Challenges.Authoring;

/// <summary>
/// Owner-written challenge text is posted to the whole pilot in the bot's name, so it must read as what it is:
/// direction overrides, zero-width and other invisible characters are removed (they can make a title look like another
/// or hide text), a field of nothing visible counts as empty, and links are allowed only as https, with the address's
/// host shown next to the link text so nobody clicks "Reset MFA now" without seeing where it goes.
/// </summary>
public static partial class ChallengeText
{
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>The form with invisible and direction-changing characters removed from every text field.</summary>
    public static ChallengeForm Clean(ChallengeForm form) => form with
    {
        Title = Clean(form.Title),
        Task = Clean(form.Task),
        AudienceRole = Clean(form.AudienceRole),
        AudienceRoleOther = Clean(form.AudienceRoleOther),
        Steps = Clean(form.Steps),
        Prompt = Clean(form.Prompt),
        WhatGoodLooksLike = Clean(form.WhatGoodLooksLike),
        BaselineMinutes = Clean(form.BaselineMinutes),
        FrequencyPerWeek = Clean(form.FrequencyPerWeek),
        RescueTip = Clean(form.RescueTip),
    };

    /// <summary>
    /// Removes format and control characters but keeps line breaks and tabs, and the joiners that emoji sequences and
    /// some scripts need.
    /// </summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t' or ZeroWidthJoiner or ZeroWidthNonJoiner || !EchoedText.IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>True when nothing in the text would show: only spaces and joiners.</summary>
    public static bool IsBlank(string text) => text.All(c => char.IsWhiteSpace(c) || EchoedText.IsInvisible(c));

    /// <summary>
    /// Checks the field's links: any address that is not https is a problem; an https markdown link gets its host
    /// shown after its text (the link stays clickable).
    /// </summary>
    public static string? Links(string? text, string field, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        foreach (Match url in AnyAddress().Matches(MarkdownLink().Replace(text, string.Empty)))
        {
            if (!IsHttps(url.Value))
            {
                problems.Add($"**{field}** links to {EchoedText.Quote(url.Value, 60)}: links must start with https:// so people can see where they go.");
            }
        }

        return MarkdownLink().Replace(text, link =>
        {
            var (label, address) = (link.Groups["label"].Value, link.Groups["url"].Value);
            if (!IsHttps(address) || !Uri.TryCreate(address, UriKind.Absolute, out var uri))
            {
                problems.Add($"**{field}** has a link to {EchoedText.Quote(address, 60)}: links must be full https:// addresses.");
                return link.Value;
            }

            return label.Contains(uri.Host, StringComparison.OrdinalIgnoreCase) ? link.Value : $"[{label} ({uri.Host})]({address})";
        });
    }

    private static bool IsHttps(string address) => address.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\[(?<label>[^\]\r\n]*)\]\(\s*<?(?<url>[^)\s>]*)>?[^)\r\n]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\b(?:[A-Za-z][A-Za-z0-9+.\-]*://|(?:javascript|vbscript|data|file):)[^\s)\]]*", RegexOptions.IgnoreCase)]
    private static partial Regex AnyAddress();
}
