using ChampionBot.BotFramework.Routing;
using ChampionBot.Features;
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

    [Fact]
    public void EveryCardTheBotSends_HasAHandlerForEachOfItsButtonVerbs()
    {
        var router = new ActivityRouter();
        router.MapFeatures();
        var verbs = CardGallery.All()
            .SelectMany(c => ExecuteVerbs(System.Text.Json.JsonDocument.Parse(c.Card.ToJson()).RootElement).Select(verb => (c.Name, Verb: verb)))
            .ToList();

        var unhandled = verbs.Where(v => !router.HandlesCardAction(v.Verb)).Select(v => $"{v.Name}: {v.Verb}").ToList();

        Assert.True(verbs.Select(v => v.Verb).Distinct().Count() >= 15, $"Only {verbs.Count} verbs were found; the walk misses nested actions.");
        Assert.Empty(unhandled);
    }

    /// <summary>Every <c>Action.Execute</c> verb in the card, wherever it sits: actions, action sets, show-card cards, select actions.</summary>
    private static IEnumerable<string> ExecuteVerbs(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object =>
            (element.TryGetProperty("type", out var type) && type.ValueKind == System.Text.Json.JsonValueKind.String && type.GetString() == "Action.Execute"
                && element.TryGetProperty("verb", out var verb) ? [verb.GetString()!] : Array.Empty<string>())
            .Concat(element.EnumerateObject().SelectMany(p => ExecuteVerbs(p.Value))),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(ExecuteVerbs),
        _ => [],
    };

    private static IEnumerable<string> Strings(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => [element.GetString()!],
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
