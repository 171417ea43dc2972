using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>
/// <c>Action.Execute</c> (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke carrying
/// <see cref="Verb"/> and <see cref="Data"/> merged with the inputs, and the bot answers with a card that replaces
/// this one. Clients without Universal Actions run the <see cref="Fallback"/> instead, which by default is an
/// <c>Action.Submit</c> carrying the same data plus the verb under <see cref="VerbDataKey"/>, so the bot can route
/// both the same way.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    private protected override string TypeName => "Action.Execute";

    /// <summary>The key under which the Submit fallback carries the verb in its data.</summary>
    public const string VerbDataKey = "verb";

    private readonly CardAction? explicitFallback;

    public required string Verb { get; init; }

    /// <summary>Hidden values sent along with the inputs, e.g. the id of the thing the card is about.</summary>
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }

    /// <summary>Set false to send no fallback, e.g. for a <see cref="Refresh"/> action only Universal Actions clients run.</summary>
    [JsonIgnore]
    public bool FallbackToSubmit { get; init; } = true;

    /// <summary>An explicit fallback, or else (unless <see cref="FallbackToSubmit"/> is false) <see cref="ToSubmit"/>.</summary>
    public CardAction? Fallback
    {
        get => explicitFallback ?? (FallbackToSubmit ? ToSubmit() : null);
        init => explicitFallback = value;
    }

    /// <summary>The <c>Action.Submit</c> equivalent: same title and look, the data plus the verb.</summary>
    public SubmitAction ToSubmit()
    {
        var data = Data?.DeepClone().AsObject() ?? [];
        data[VerbDataKey] = Verb;
        return new SubmitAction
        {
            Title = Title,
            IconUrl = IconUrl,
            Style = Style,
            Tooltip = Tooltip,
            IsEnabled = IsEnabled,
            Mode = Mode,
            AssociatedInputs = AssociatedInputs,
            Data = data,
        };
    }
}
