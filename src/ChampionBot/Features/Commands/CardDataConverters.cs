using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChampionBot.Features.Commands;

/// <summary>Text as typed, trimmed; blank is null; a number or a flag as its text (clients send either).</summary>
internal sealed class CardTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => null,
        };
        reader.Skip();
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>A whole number sent as a JSON number or a numeric string; blank is null; anything else is refused.</summary>
internal sealed class CardWholeNumberConverter : JsonConverter<int?>
{
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt32(out var number):
                return number;
            case JsonTokenType.String when string.IsNullOrWhiteSpace(reader.GetString()):
                return null;
            case JsonTokenType.String when CardData.TryWholeNumber(reader.GetString(), out var parsed):
                return parsed;
            default:
                throw new JsonException("Not a whole number.");
        }
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>A tick box: true, or the text "true" in any case; anything else is false.</summary>
internal sealed class CardFlagConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var flag = reader.TokenType == JsonTokenType.True
            || (reader.TokenType == JsonTokenType.String && string.Equals(reader.GetString()?.Trim(), "true", StringComparison.OrdinalIgnoreCase));
        reader.Skip();
        return flag;
    }

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
