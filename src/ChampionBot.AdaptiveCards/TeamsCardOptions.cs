using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>The card's <c>msteams</c> property: options only Teams reads.</summary>
public sealed class TeamsCardOptions
{
    /// <summary><c>{"width":"Full"}</c>: the card uses the whole message width instead of a narrow bubble.</summary>
    public static TeamsCardOptions FullWidth { get; } = new() { Width = TeamsCardWidth.Full };

    public TeamsCardWidth? Width { get; init; }
}

/// <summary>Teams knows one width option.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TeamsCardWidth>))]
public enum TeamsCardWidth
{
    [JsonStringEnumMemberName("Full")]
    Full,
}
