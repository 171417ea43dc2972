namespace ChampionBot.AdaptiveCards;

/// <summary><c>Input.Number</c>. Min and max are hints to the client; the bot must still check the value.</summary>
public sealed class NumberInput(string id) : CardInput(id)
{
    private protected override string TypeName => "Input.Number";

    public double? Value { get; init; }

    public string? Placeholder { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }
}
