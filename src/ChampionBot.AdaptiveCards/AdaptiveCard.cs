using System.Text.Json;
using System.Text.Json.Serialization;
using ChampionBot.AdaptiveCards.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>
/// An Adaptive Card 1.5. Build one with an object initializer and serialize it with <see cref="ToJson"/> or
/// <see cref="ToJsonElement"/> (for an attachment's <c>content</c> or an invoke response's <c>value</c>).
/// </summary>
public sealed class AdaptiveCard
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>1.5 is what Teams renders on desktop, web and mobile.</summary>
    public const string DefaultVersion = "1.5";

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-2)]
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; } = SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string? Version { get; init; } = DefaultVersion;

    public IList<CardElement>? Body { get; init; }

    /// <summary>The card's action bar.</summary>
    public IList<CardAction>? Actions { get; init; }

    /// <summary>Lets Teams fetch a fresh (e.g. per-user) version of the card when it is shown.</summary>
    public Refresh? Refresh { get; init; }

    /// <summary>Teams-only options, e.g. <see cref="TeamsCardOptions.FullWidth"/>.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardOptions? MsTeams { get; init; }

    /// <summary>Shown in notifications and by clients that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    /// <summary>Two-letter language of the card, used to format dates.</summary>
    public string? Lang { get; init; }

    /// <summary>The card as compact (or indented) JSON.</summary>
    public string ToJson(bool indented = false) =>
        JsonSerializer.Serialize(this, indented ? AdaptiveCardJsonContext.Indented.AdaptiveCard : AdaptiveCardJsonContext.Default.AdaptiveCard);

    /// <summary>The card as a JSON element, ready to embed in an activity serialized by another context.</summary>
    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, AdaptiveCardJsonContext.Default.AdaptiveCard);

    /// <summary>Writes the card into <paramref name="writer"/>, for an answer written straight into the response.</summary>
    public void WriteTo(Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, this, AdaptiveCardJsonContext.Default.AdaptiveCard);
}
