using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>How much space sits above an element; hosts pick the pixel amounts.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
public enum Spacing
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("none")]
    None,

    [JsonStringEnumMemberName("small")]
    Small,

    [JsonStringEnumMemberName("medium")]
    Medium,

    [JsonStringEnumMemberName("large")]
    Large,

    [JsonStringEnumMemberName("extraLarge")]
    ExtraLarge,

    [JsonStringEnumMemberName("padding")]
    Padding,
}
