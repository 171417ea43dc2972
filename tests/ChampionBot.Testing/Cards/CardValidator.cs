namespace ChampionBot.Testing.Cards;

/// <summary>
/// Checks cards the way a Teams client would meet them: against the official Adaptive Card 1.5 JSON schema and by
/// parsing them with the official <c>adaptivecards</c> library. Validate many cards in one call: the library runs
/// in one Node process per call. Teams charts are checked as Teams extensions (<see cref="TeamsChartExtensions"/>):
/// the 1.5 checks see each chart's fallback.
/// </summary>
public static class CardValidator
{
    public static async Task<IReadOnlyList<CardValidationResult>> ValidateAsync(
        IEnumerable<(string Name, string Json)> cards, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var list = cards.Select(card => (card.Name, Lowered: TeamsChartExtensions.Lower(card.Json))).ToList();
        var parserEvents = await CardParserValidator.ValidateAsync([.. list.Select(card => (card.Name, card.Lowered.Json))], cancellationToken);
        return list
            .Select((card, i) => new CardValidationResult(
                card.Name,
                [.. card.Lowered.Problems, .. CardSchemaValidator.Validate(card.Lowered.Json)],
                parserEvents[i]))
            .ToList();
    }

    public static IReadOnlyList<CardValidationResult> Validate(params (string Name, string Json)[] cards) =>
        ValidateAsync(cards).GetAwaiter().GetResult();
}
