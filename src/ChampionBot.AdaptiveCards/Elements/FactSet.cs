namespace ChampionBot.AdaptiveCards;

/// <summary>A two-column list of title/value pairs.</summary>
public sealed class FactSet : CardElement
{
    private protected override string TypeName => "FactSet";

    public IList<Fact> Facts { get; init; } = [];
}
