using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>The schema's <c>Colors</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
public enum TextColor
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("dark")]
    Dark,

    [JsonStringEnumMemberName("light")]
    Light,

    [JsonStringEnumMemberName("accent")]
    Accent,

    [JsonStringEnumMemberName("good")]
    Good,

    [JsonStringEnumMemberName("warning")]
    Warning,

    [JsonStringEnumMemberName("attention")]
    Attention,
}
