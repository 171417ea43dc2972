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
}
