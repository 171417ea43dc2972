namespace ChampionBot.AdaptiveCards;

/// <summary><c>Input.Date</c>: the client submits the date as <c>YYYY-MM-DD</c>, which is how these serialize too.</summary>
public sealed class DateInput(string id) : CardInput(id)
{
    private protected override string TypeName => "Input.Date";

    public DateOnly? Value { get; init; }

    public string? Placeholder { get; init; }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }
}
