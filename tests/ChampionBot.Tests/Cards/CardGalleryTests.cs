using ChampionBot.Testing.Cards;

namespace ChampionBot.Tests.Cards;

public sealed class CardGalleryTests
{
    [SkippableFact]
    public async Task EveryCardTheBotSends_PassesTheSchemaAndTheOfficialParser()
    {
        var cards = CardGallery.All().Select(c => (c.Name, c.Card.ToJson())).ToList();

        Assert.NotEmpty(cards);
        await CardAssert.ValidAsync(cards);
    }

    [SkippableFact]
    public void EveryCardTheBotSends_HasFallbackTextForNotifications()
    {
        var missing = CardGallery.All().Where(c => string.IsNullOrWhiteSpace(c.Card.FallbackText)).Select(c => c.Name).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryCardTheBotSends_ShowsNoAngleBracketPlaceholders()
    {
        // Teams and the Playground swallow "<id>" as markup: "challenge show <id>" rendered as "challenge show".
        var placeholder = new System.Text.RegularExpressions.Regex("<[A-Za-z][^<>]*>");
        var offending = CardGallery.All()
            .Where(c => Strings(System.Text.Json.JsonDocument.Parse(c.Card.ToJson()).RootElement).Any(placeholder.IsMatch))
            .Select(c => c.Name)
            .ToList();

        Assert.Empty(offending);
    }

    private static IEnumerable<string> Strings(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => [element.GetString()!],
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
