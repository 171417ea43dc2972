using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>Horizontal placement of an element or of cell content.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    [JsonStringEnumMemberName("left")]
    Left,

    [JsonStringEnumMemberName("center")]
    Center,

    [JsonStringEnumMemberName("right")]
    Right,
}
