using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>A heading is announced as such by screen readers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("heading")]
    Heading,
}
