namespace ChampionBot.AdaptiveCards;

/// <summary><c>Input.Toggle</c>: a check box that submits <see cref="ValueOn"/> or <see cref="ValueOff"/> (by default "true"/"false").</summary>
public sealed class ToggleInput(string id, string title) : CardInput(id)
{
    private protected override string TypeName => "Input.Toggle";

    public string Title { get; init; } = title;

    /// <summary>The initial value; equal to <see cref="ValueOn"/> to start checked.</summary>
    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }
}
