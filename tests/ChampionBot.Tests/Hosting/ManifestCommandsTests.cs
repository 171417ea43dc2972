using System.Text.Json;
using ChampionBot.Features.Commands;
using ChampionBot.Testing;
using ChampionBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Hosting;

/// <summary>The command menus in the Teams app manifest offer only commands the bot really has, where it has them.</summary>
public sealed class ManifestCommandsTests : IDisposable
{
    private readonly AppHost _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string, string> ManifestCommands()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRoot("manifest", "manifest.json")));
        var data = new TheoryData<string, string>();
        foreach (var bot in manifest.RootElement.GetProperty("bots").EnumerateArray())
        {
            foreach (var list in bot.GetProperty("commandLists").EnumerateArray())
            {
                foreach (var scope in list.GetProperty("scopes").EnumerateArray())
                {
                    foreach (var command in list.GetProperty("commands").EnumerateArray())
                    {
                        data.Add(scope.GetString()!, command.GetProperty("title").GetString()!);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ManifestCommands))]
    public void ManifestCommand_IsARealCommandAvailableInItsScope(string scope, string title)
    {
        using var services = _app.Services.CreateScope();
        var catalog = services.ServiceProvider.GetRequiredService<CommandCatalog>();

        var command = catalog.All.SingleOrDefault(c => string.Equals(c.Name, title, StringComparison.OrdinalIgnoreCase));

        Assert.True(command is not null, $"The manifest offers '{title}' but the bot has no such command.");
        Assert.True(scope != "team" || command.AvailableInChannels, $"'{title}' is offered in channels but works only in the 1:1 chat.");
    }

    [Fact]
    public void Readme_EveryCommandButHelp_IsInTheCommandTable()
    {
        using var scope = _app.Services.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<CommandCatalog>();
        var readme = File.ReadAllText(RepositoryPaths.InRoot("README.md"));

        // An owner reads the README's table to learn the verbs: one missing there is one they never find.
        Assert.All(catalog.All.Where(c => c.Name != "help"), c => Assert.Contains($"`{c.Usage}`", readme, StringComparison.Ordinal));
    }
}
