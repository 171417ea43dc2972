using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>Keyboard and validation hint for <see cref="TextInput"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    [JsonStringEnumMemberName("text")]
    Text,

    [JsonStringEnumMemberName("tel")]
    Tel,

    [JsonStringEnumMemberName("url")]
    Url,

    [JsonStringEnumMemberName("email")]
    Email,

    [JsonStringEnumMemberName("password")]
    Password,
}
