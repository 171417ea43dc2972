namespace ChampionBot.AdaptiveCards;

/// <summary><c>Input.ChoiceSet</c>: a drop-down (compact) or radio buttons / check boxes (expanded).</summary>
public sealed class ChoiceSetInput(string id) : CardInput(id)
{
    private protected override string TypeName => "Input.ChoiceSet";

    public IList<Choice> Choices { get; init; } = [];

    /// <summary>The chosen value; for multi-select, values joined by commas.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    /// <summary>When true the submitted value is the chosen values joined by commas.</summary>
    public bool? IsMultiSelect { get; init; }

    public bool? Wrap { get; init; }
}
