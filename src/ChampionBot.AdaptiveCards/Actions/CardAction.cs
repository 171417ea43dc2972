using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>A button. Serialized by runtime type with the schema's <c>type</c> name written first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract class CardAction
{
    public string? Id { get; init; }

    /// <summary>The button's text; the Playground and screen readers find the button by it.</summary>
    public string? Title { get; init; }

    public string? IconUrl { get; init; }

    public ActionStyle? Style { get; init; }

    public string? Tooltip { get; init; }

    public bool? IsEnabled { get; init; }

    public ActionMode? Mode { get; init; }
}
