using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>Which inputs an action sends. The schema spells these capitalised.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("Auto")]
    Auto,

    [JsonStringEnumMemberName("None")]
    None,
}
