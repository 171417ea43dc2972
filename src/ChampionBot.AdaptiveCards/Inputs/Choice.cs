using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>One option of a <see cref="ChoiceSetInput"/>. Keep commas out of <see cref="Value"/>: multi-select joins values with them.</summary>
public sealed class Choice(string title, string value)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Input.Choice";

    public string Title { get; init; } = title;

    public string Value { get; init; } = value;
}
