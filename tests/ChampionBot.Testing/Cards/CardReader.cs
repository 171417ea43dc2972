using System.Text.Json;

namespace ChampionBot.Testing.Cards;

/// <summary>Reads cards the way a person and the Teams client do: the one card reader of every test.</summary>
public static class CardReader
{
    /// <summary>Everything a card says (texts, titles, fact values, choices, labels, placeholders), one string per line (a bare string is itself).</summary>
    public static string TextOf(JsonElement card) =>
        card.ValueKind == JsonValueKind.String ? card.GetString()! : string.Join('\n', Strings(card));

    /// <summary>The hidden data of the card's Action.Execute with <paramref name="verb"/>, as the client would send it back.</summary>
    public static string ExecuteData(JsonElement card, string verb) =>
        card.GetProperty("actions").EnumerateArray()
            .First(a => a.GetProperty("type").GetString() == "Action.Execute" && a.GetProperty("verb").GetString() == verb)
            .GetProperty("data").GetRawText();

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && property.Name is "text" or "title" or "value" or "label" or "placeholder")
                    {
                        yield return property.Value.GetString()!;
                    }
                    else
                    {
                        foreach (var inner in Strings(property.Value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var inner in element.EnumerateArray().SelectMany(Strings))
                {
                    yield return inner;
                }

                break;
        }
    }
}
