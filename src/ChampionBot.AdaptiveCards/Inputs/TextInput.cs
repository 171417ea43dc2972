namespace ChampionBot.AdaptiveCards;

/// <summary><c>Input.Text</c>: free text, one line or several.</summary>
public sealed class TextInput(string id) : CardInput(id)
{
    private protected override string TypeName => "Input.Text";

    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    /// <summary>A hint: some clients ignore it, so the bot must still check the length it receives.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A regular expression the client checks before submitting (1.3+); the bot must still check too.</summary>
    public string? Regex { get; init; }

    public TextInputStyle? Style { get; init; }
}
