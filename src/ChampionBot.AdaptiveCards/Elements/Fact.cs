using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>One row of a <see cref="FactSet"/>.</summary>
public sealed class Fact(string title, string value)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Fact";

    public string Title { get; init; } = title;

    public string Value { get; init; } = value;
}
