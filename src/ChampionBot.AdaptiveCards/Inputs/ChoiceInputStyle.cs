using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>How a <see cref="ChoiceSetInput"/> is shown. <c>filtered</c> is left out on purpose: the 1.5 schema's pattern for this type does not accept it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    [JsonStringEnumMemberName("compact")]
    Compact,

    [JsonStringEnumMemberName("expanded")]
    Expanded,
}
