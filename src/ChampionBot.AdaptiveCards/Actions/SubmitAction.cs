using System.Text.Json.Nodes;

namespace ChampionBot.AdaptiveCards;

/// <summary>
/// <c>Action.Submit</c>: Teams sends a <c>message</c> activity with empty text and <see cref="Data"/> merged with the
/// inputs in its <c>value</c>. Prefer <see cref="ExecuteAction"/>, which falls back to this.
/// </summary>
public sealed class SubmitAction : CardAction
{
    private protected override string TypeName => "Action.Submit";

    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
