using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChampionBot.Features.Champions;

/// <summary>One plain-language piece of a score, and the points it adds.</summary>
public sealed record ScoreLine(
    [property: JsonPropertyName("points")] double Points,
    [property: JsonPropertyName("text")] string Text)
{
    public static string ToJson(IReadOnlyList<ScoreLine> lines) => JsonSerializer.Serialize(lines, ScoreLineJsonContext.Default.IReadOnlyListScoreLine);

    public static IReadOnlyList<ScoreLine> FromJson(string json) =>
        JsonSerializer.Deserialize(json, ScoreLineJsonContext.Default.IReadOnlyListScoreLine) ?? [];
}

[JsonSerializable(typeof(IReadOnlyList<ScoreLine>))]
internal sealed partial class ScoreLineJsonContext : JsonSerializerContext;
