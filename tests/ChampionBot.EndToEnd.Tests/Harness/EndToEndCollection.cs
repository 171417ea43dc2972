namespace ChampionBot.EndToEnd.Tests.Harness;

/// <summary>
/// The end-to-end classes run one after another: each starts its own bot, Playground and browser (a
/// <see cref="PlaygroundFixture"/>), and only one of them may hold the default bot port at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection
{
    public const string Name = "Bot in the Agents Playground";
}
