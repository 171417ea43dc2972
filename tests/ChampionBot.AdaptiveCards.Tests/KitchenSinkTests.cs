using ChampionBot.Testing.Cards;

namespace ChampionBot.AdaptiveCards.Tests;

public class KitchenSinkTests
{
    [SkippableFact]
    public void KitchenSink_EveryElementInputAndAction_PassesSchemaAndParser() =>
        CardAssert.Valid(("kitchen sink", KitchenSinkCard.Build().ToJson()));

    [SkippableFact]
    public void KitchenSink_Validated_RanTheNodeParserToo()
    {
        var result = Assert.Single(CardValidator.Validate(("kitchen sink", KitchenSinkCard.Build().ToJson())));

        Assert.Empty(result.ParserEvents);
    }
}
