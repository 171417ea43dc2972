using System.Text.Json;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Routing;

internal static class CardActionReader
{
    /// <summary>
    /// The <c>value.action</c> of an <c>adaptiveCard/action</c> invoke, read in place: its data stays a part of the
    /// activity's own JSON rather than being written out and parsed again for every card click.
    /// </summary>
    public static AdaptiveCardInvokeValue? Read(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (!TryGetProperty(value, "action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return new AdaptiveCardInvokeValue { Trigger = StringOrNull(value, "trigger") };
        }

        return new AdaptiveCardInvokeValue
        {
            Trigger = StringOrNull(value, "trigger"),
            Action = new AdaptiveCardInvokeAction
            {
                Type = StringOrNull(action, "type"),
                Id = StringOrNull(action, "id"),
                Verb = StringOrNull(action, "verb"),
                Data = TryGetProperty(action, "data", out var data) && data.ValueKind != JsonValueKind.Null ? data : null,
            },
        };
    }

    private static string? StringOrNull(JsonElement element, string name) =>
        TryGetProperty(element, name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;

    /// <summary>Names as Teams sends them, else in any case, as the rest of the activity is read.</summary>
    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        if (element.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }
}
