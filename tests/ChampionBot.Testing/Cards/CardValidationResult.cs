namespace ChampionBot.Testing.Cards;

/// <summary>What the two validators said about one card. No problems from either means the card is valid.</summary>
public sealed record CardValidationResult(
    string Name,
    IReadOnlyList<string> SchemaProblems,
    IReadOnlyList<string> ParserEvents)
{
    public bool IsValid => SchemaProblems.Count == 0 && ParserEvents.Count == 0;

    public IEnumerable<string> AllProblems =>
        SchemaProblems.Select(p => $"schema: {p}").Concat(ParserEvents.Select(e => $"adaptivecards: {e}"));
}
