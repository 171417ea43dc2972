using ChampionBot.Features.Commands;
using ChampionBot.Tests.Support;
using Microsoft.AspNetCore.TestHost;

namespace ChampionBot.Tests.Commands;

public sealed class CommandCatalogTests
{
    [Fact]
    public void CommandCatalog_TwoCommandsClaimingOnePhrase_ThrowsNamingBoth()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new CommandCatalog([new Named("opt out", []), new Named("stop it", ["Opt  Out"])]));

        Assert.Contains("'Opt Out' is claimed by both 'opt out' and 'stop it'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandCatalog_DistinctNamesAndAliases_MatchesEach()
    {
        var catalog = new CommandCatalog([new Named("opt out", ["unsubscribe"]), new Named("opt in", ["subscribe"])]);

        Assert.Equal("opt out", catalog.Match("unsubscribe")?.Command.Name);
        Assert.Equal("opt in", catalog.Match("subscribe")?.Command.Name);
    }

    [Fact]
    public void AppStart_ACommandReusingAnotherOnesName_StopsTheAppNamingThePhrase()
    {
        using var app = new AppHost();
        using var duplicated = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddBotCommand<SecondHelp>()));

        var error = Assert.ThrowsAny<Exception>(() => duplicated.Services);

        Assert.Contains("'help' is claimed by both", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class SecondHelp : IBotCommand
    {
        public string Name => "help";

        public string Usage => "help";

        public string Description => "A second help.";

        public CommandAudience Audience => CommandAudience.Everyone;

        public Task HandleAsync(CommandContext context) => Task.CompletedTask;
    }

    private sealed class Named(string name, IReadOnlyList<string> aliases) : IBotCommand
    {
        public string Name => name;

        public IReadOnlyList<string> Aliases => aliases;

        public string Usage => name;

        public string Description => name;

        public CommandAudience Audience => CommandAudience.Everyone;

        public Task HandleAsync(CommandContext context) => Task.CompletedTask;
    }
}
