using System.Text.Json.Serialization;
using ChampionBot.AdaptiveCards.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>A button. Serialized by runtime type with the schema's <c>type</c> name written first.</summary>
[JsonConverter(typeof(RuntimeTypeConverter<CardAction>))]
public abstract class CardAction
{
    /// <summary>The schema's name for this kind of action, written first.</summary>
    [JsonPropertyOrder(-100)]
    public string Type => TypeName;

    public string? Id { get; init; }

    /// <summary>The button's text; the Playground and screen readers find the button by it.</summary>
    public string? Title { get; init; }

    public string? IconUrl { get; init; }

    public ActionStyle? Style { get; init; }

    public string? Tooltip { get; init; }

    public bool? IsEnabled { get; init; }

    public ActionMode? Mode { get; init; }

    /// <summary>The schema's <c>type</c> of the derived class, e.g. <c>Action.Execute</c>.</summary>
    private protected abstract string TypeName { get; }
}
