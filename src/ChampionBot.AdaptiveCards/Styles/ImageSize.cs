using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>Approximate image size; every option keeps the aspect ratio.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImageSize>))]
public enum ImageSize
{
    [JsonStringEnumMemberName("auto")]
    Auto,

    [JsonStringEnumMemberName("stretch")]
    Stretch,

    [JsonStringEnumMemberName("small")]
    Small,

    [JsonStringEnumMemberName("medium")]
    Medium,

    [JsonStringEnumMemberName("large")]
    Large,
}
