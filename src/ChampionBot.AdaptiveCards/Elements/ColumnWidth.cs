using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>
/// A column's width: <c>"auto"</c>, <c>"stretch"</c>, pixels (<c>"50px"</c>) or a relative weight (a number).
/// The schema allows a string or a number here, so this small type keeps callers from writing invalid strings.
/// </summary>
[JsonConverter(typeof(ColumnWidthJsonConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, int? weight)
    {
        Keyword = keyword;
        RelativeWeight = weight;
    }

    public static ColumnWidth Auto { get; } = new("auto", null);

    public static ColumnWidth Stretch { get; } = new("stretch", null);

    /// <summary>The string form (<c>auto</c>, <c>stretch</c>, <c>50px</c>); null for a weight.</summary>
    public string? Keyword { get; }

    public int? RelativeWeight { get; }

    public static ColumnWidth Pixels(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixels);
        return new(string.Create(CultureInfo.InvariantCulture, $"{pixels}px"), null);
    }

    public static ColumnWidth Weight(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new(null, weight);
    }

    public override string ToString() => Keyword ?? RelativeWeight!.Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Writes a <see cref="ColumnWidth"/> as the schema's string or number.</summary>
public sealed class ColumnWidthJsonConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return ColumnWidth.Weight(reader.GetInt32());
        }

        var text = reader.GetString();
        return text switch
        {
            "auto" => ColumnWidth.Auto,
            "stretch" => ColumnWidth.Stretch,
            _ when text?.EndsWith("px", StringComparison.Ordinal) == true
                && int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var px)
                => ColumnWidth.Pixels(px),
            _ => throw new JsonException($"'{text}' is not a column width."),
        };
    }

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.RelativeWeight is { } weight)
        {
            writer.WriteNumberValue(weight);
        }
        else
        {
            writer.WriteStringValue(value.Keyword ?? "auto");
        }
    }
}
