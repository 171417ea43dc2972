using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards.Serialization;

/// <summary>Source-generated serialization: camelCase names, nulls left out, subtypes found by their attributes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
internal sealed partial class AdaptiveCardJsonContext : JsonSerializerContext
{
    // Built on first use: a static initializer here could run before the generated one that sets Default.
    private static AdaptiveCardJsonContext? indented;

    public static AdaptiveCardJsonContext Indented =>
        indented ??= new(new JsonSerializerOptions(Default.Options) { WriteIndented = true });
}
