using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>The schema's <c>FontWeight</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
public enum TextWeight
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("lighter")]
    Lighter,

    [JsonStringEnumMemberName("bolder")]
    Bolder,
}
