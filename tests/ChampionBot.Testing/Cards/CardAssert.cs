using System.Text;
using Xunit;

namespace ChampionBot.Testing.Cards;

/// <summary>Test assertions over <see cref="CardValidator"/>.</summary>
public static class CardAssert
{
    /// <summary>Fails, listing every problem of every card, unless both validators accept all the cards.</summary>
    public static void Valid(params (string Name, string Json)[] cards) => Report(CardValidator.Validate(cards), cards);

    public static async Task ValidAsync(IEnumerable<(string Name, string Json)> cards)
    {
        var list = cards.ToList();
        Report(await CardValidator.ValidateAsync(list), list);
    }

    private static void Report(IReadOnlyList<CardValidationResult> results, IReadOnlyList<(string Name, string Json)> cards)
    {
        var failures = results.Select((result, i) => (result, cards[i].Json)).Where(r => !r.result.IsValid).ToList();
        if (failures.Count == 0)
        {
            return;
        }

        var message = new StringBuilder($"{failures.Count} of {results.Count} card(s) are not valid Adaptive Cards 1.5:");
        foreach (var (result, json) in failures)
        {
            message.AppendLine().AppendLine().Append("Card \"").Append(result.Name).Append("\":");
            foreach (var problem in result.AllProblems)
            {
                message.AppendLine().Append("  - ").Append(problem);
            }

            message.AppendLine().Append("  JSON: ").Append(json.Length <= 4000 ? json : json[..4000] + "…");
        }

        Assert.Fail(message.ToString());
    }
}
