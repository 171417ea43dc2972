using System.Globalization;
using System.Text.Json;

namespace ChampionBot.Features.Commands;

/// <summary>
/// Reads what a card action sent: its hidden data merged with the inputs. Teams sends input values as strings
/// (numbers too), older clients sometimes as numbers, so both are accepted and nothing here throws.
/// </summary>
public sealed class CardInputs(JsonElement? data)
{
    public string? Text(string name)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty(name, out var property))
        {
            return null;
        }

        var text = property.ValueKind switch
        {
            JsonValueKind.String => property.GetString(),
            JsonValueKind.Number => property.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public int? Int(string name) =>
        int.TryParse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    public bool Flag(string name) => string.Equals(Text(name), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A number typed by a person: invariant first, then with a comma as decimal separator ("2,5").</summary>
    public static double? ParseNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || double.TryParse(trimmed.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            return double.IsFinite(number) ? number : null;
        }

        return null;
    }
}
