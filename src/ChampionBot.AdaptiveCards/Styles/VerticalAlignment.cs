using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>Vertical placement of content (the schema's <c>VerticalAlignment</c> and <c>VerticalContentAlignment</c>, which share these values).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment
{
    [JsonStringEnumMemberName("top")]
    Top,

    [JsonStringEnumMemberName("center")]
    Center,

    [JsonStringEnumMemberName("bottom")]
    Bottom,
}
