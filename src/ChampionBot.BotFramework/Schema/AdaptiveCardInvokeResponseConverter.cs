using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChampionBot.BotFramework.Schema;

/// <summary>
/// Writes an invoke response's value with its own writer when it has one, so a card built by the app goes to Teams
/// without a round trip through a JSON document. The bot only ever writes these.
/// </summary>
internal sealed class AdaptiveCardInvokeResponseConverter : JsonConverter<AdaptiveCardInvokeResponse>
{
    public override AdaptiveCardInvokeResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Invoke responses are written by the bot, never read.");

    public override void Write(Utf8JsonWriter writer, AdaptiveCardInvokeResponse value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("statusCode", value.StatusCode);
        writer.WriteString("type", value.Type);
        if (value.ValueWriter is { } write)
        {
            writer.WritePropertyName("value");
            write(writer);
        }
        else if (value.Value is { } element)
        {
            writer.WritePropertyName("value");
            element.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
