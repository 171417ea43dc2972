using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>Default or monospace text.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FontType>))]
public enum FontType
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("monospace")]
    Monospace,
}
