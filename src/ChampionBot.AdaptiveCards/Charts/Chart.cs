namespace ChampionBot.AdaptiveCards;

/// <summary>
/// A Teams chart (<c>Chart.*</c>): a Teams extension outside the Adaptive Cards 1.5 schema, with the properties Teams
/// documents. A client that cannot draw it shows <see cref="Fallback"/>, so every chart should carry one that says the
/// same in words (the card checks require it).
/// </summary>
public abstract class Chart : CardElement
{
    public string? Title { get; init; }

    /// <summary>"categorical", "sequential" or "diverging".</summary>
    public string? ColorSet { get; init; }

    /// <summary>What a client without charts shows instead: a 1.5 element that says the same in words.</summary>
    public CardElement? Fallback { get; init; }
}

/// <summary>Chart colours Teams names (a subset of its documented values).</summary>
public static class ChartColor
{
    public const string Good = "good";
    public const string Warning = "warning";
    public const string Attention = "attention";
    public const string Neutral = "neutral";
    public const string CategoricalBlue = "categoricalBlue";
    public const string CategoricalTeal = "categoricalTeal";
    public const string CategoricalPurple = "categoricalPurple";
}
