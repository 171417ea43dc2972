using System.Text.Json.Serialization;
using ChampionBot.AdaptiveCards.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>
/// Anything that can sit in a card's body or a container's items. Serialized by runtime type, with the schema's
/// <c>type</c> name written first, so a list of elements keeps each subtype's properties.
/// </summary>
[JsonConverter(typeof(RuntimeTypeConverter<CardElement>))]
public abstract class CardElement
{
    /// <summary>The schema's name for this kind of element, written first.</summary>
    [JsonPropertyOrder(-100)]
    public string Type => TypeName;

    /// <summary>Must be unique within the card; inputs use it as the key of the value they submit.</summary>
    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }

    /// <summary>The schema's <c>type</c> of the derived class, e.g. <c>TextBlock</c>.</summary>
    private protected abstract string TypeName { get; }
}
