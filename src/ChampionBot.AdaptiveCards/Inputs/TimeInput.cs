namespace ChampionBot.AdaptiveCards;

/// <summary><c>Input.Time</c>: a time picker; the client submits the time as <c>HH:mm</c>, which is how <see cref="Value"/> is written.</summary>
public sealed class TimeInput(string id) : CardInput(id)
{
    private protected override string TypeName => "Input.Time";

    /// <summary>The time shown, as <c>HH:mm</c> (24-hour).</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }
}
