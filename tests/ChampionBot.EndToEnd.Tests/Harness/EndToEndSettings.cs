using System.Reflection;
using ChampionBot.Testing;

namespace ChampionBot.EndToEnd.Tests.Harness;

/// <summary>
/// Where the end-to-end harness finds the bot, the Playground and Chromium. Every value can be overridden with an
/// environment variable so the same tests run on a developer machine and in CI.
/// </summary>
public sealed record EndToEndSettings(
    string BotAssemblyPath,
    int? BotPort,
    int PlaygroundPort,
    string ChromiumPath,
    string PlaygroundCli,
    string ArtifactsDirectory)
{
    /// <summary>The port the README's local run uses; taken only when free unless set explicitly.</summary>
    public const int DefaultBotPort = 3978;

    public static EndToEndSettings FromEnvironment()
    {
        var configuration = typeof(EndToEndSettings).Assembly
            .GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

        return new EndToEndSettings(
            BotAssemblyPath: Variable("CHAMPIONBOT_E2E_BOT_DLL")
                ?? RepositoryPaths.InRoot("src", "ChampionBot", "bin", configuration, "net10.0", "ChampionBot.dll"),
            BotPort: PortVariable("CHAMPIONBOT_E2E_BOT_PORT"),
            // 0 lets the Playground pick a free port, so a Playground already open on 56150 does not get in the way.
            PlaygroundPort: PortVariable("CHAMPIONBOT_E2E_PLAYGROUND_PORT") ?? 0,
            ChromiumPath: Variable("CHAMPIONBOT_E2E_CHROMIUM") ?? "/usr/bin/chromium",
            PlaygroundCli: RepositoryPaths.InRoot("node_modules", "@microsoft", "m365agentsplayground", "cli.js"),
            ArtifactsDirectory: RepositoryPaths.InRoot("artifacts", "e2e"));
    }

    private static string? Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    private static int? PortVariable(string name) =>
        Variable(name) is { } text
            ? int.TryParse(text, out var port) && port is >= 0 and <= 65535
                ? port
                : throw new InvalidOperationException($"{name} must be a port number, not '{text}'.")
            : null;
}
