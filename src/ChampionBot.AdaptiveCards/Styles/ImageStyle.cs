using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary><c>person</c> crops the image to a circle.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImageStyle>))]
public enum ImageStyle
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("person")]
    Person,
}
