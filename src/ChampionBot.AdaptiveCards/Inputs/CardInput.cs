namespace ChampionBot.AdaptiveCards;

/// <summary>An input: its <see cref="CardElement.Id"/> is required and is the key of the value it submits.</summary>
public abstract class CardInput : CardElement
{
    protected CardInput(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    /// <summary>Shown by the client when the input is required but empty, or fails its own checks.</summary>
    public string? ErrorMessage { get; init; }
}
