namespace ChampionBot.EndToEnd.Tests.Harness;

/// <summary>The end-to-end tests share one bot, Playground and browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Bot in the Agents Playground";
}
