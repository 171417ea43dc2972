namespace ChampionBot.Testing.Cards;

/// <summary>
/// Checks cards the way a Teams client would meet them: against the official Adaptive Card 1.5 JSON schema and by
/// parsing them with the official <c>adaptivecards</c> library. Validate many cards in one call: the library runs
/// in one Node process per call.
/// </summary>
public static class CardValidator
{
    public static async Task<IReadOnlyList<CardValidationResult>> ValidateAsync(
        IEnumerable<(string Name, string Json)> cards, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var list = cards.ToList();
        var parserEvents = await CardParserValidator.ValidateAsync(list, cancellationToken);
        return list
            .Select((card, i) => new CardValidationResult(
                card.Name,
                CardSchemaValidator.Validate(card.Json),
                parserEvents[i]))
            .ToList();
    }

    public static IReadOnlyList<CardValidationResult> Validate(params (string Name, string Json)[] cards) =>
        ValidateAsync(cards).GetAwaiter().GetResult();
}
