using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Help;
using ChampionBot.Features.Welcome;

namespace ChampionBot.Tests.Cards;

/// <summary>
/// Every card the bot can send, built with realistic data. Each feature adds its cards here (every state: empty,
/// filled, with errors), so <see cref="CardGalleryTests"/> checks them all against the official schema and parser.
/// </summary>
public static class CardGallery
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        var commands = SampleCommands();
        yield return ("help (owner, personal)", HelpCard.Build(commands, inChannel: false));
        yield return ("help (participant, channel)", HelpCard.Build(commands.Where(c => c.Audience == CommandAudience.Everyone), inChannel: true));
        yield return ("welcome (personal)", WelcomeCards.Personal("Megan"));
        yield return ("welcome (personal, no name)", WelcomeCards.Personal(null));
        yield return ("welcome (team)", WelcomeCards.Team("Marketing Pilot"));
    }

    private static List<IBotCommand> SampleCommands() =>
    [
        new SampleCommand("help", CommandAudience.Everyone),
        new SampleCommand("challenge", CommandAudience.Everyone),
        new SampleCommand("challenge list", CommandAudience.ProgramOwners),
    ];

    private sealed record SampleCommand(string Name, CommandAudience Audience) : IBotCommand
    {
        public string Usage => Name;

        public string Description => $"What {Name} does, in one line.";

        public Task HandleAsync(CommandContext context) => Task.CompletedTask;
    }
}
