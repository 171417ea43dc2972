using System.Globalization;
using System.Text.Json;

namespace ChampionBot.Features.Results;

/// <summary>Reads values from a card action's data, which clients send as strings or numbers.</summary>
internal static class CardData
{
    public static string? Text(JsonElement? data, string key)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty(key, out var item))
        {
            return null;
        }

        return item.ValueKind switch
        {
            JsonValueKind.String => item.GetString(),
            JsonValueKind.Number => item.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    /// <summary>The card's challenge id, or null when it is missing or not a whole number (a malformed card).</summary>
    public static int? ChallengeId(JsonElement? data) =>
        int.TryParse(Text(data, "challengeId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
