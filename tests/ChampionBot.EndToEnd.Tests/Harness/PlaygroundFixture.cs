using ChampionBot.Testing;
using Microsoft.Playwright;

namespace ChampionBot.EndToEnd.Tests.Harness;

/// <summary>
/// A fresh bot (with an empty database), an Agents Playground and a headless Chromium for one test class; each test
/// opens its own browser context. A fresh bot per class matters: the bot welcomes each conversation only once.
/// Everything outside .NET is checked first: missing pieces fail under CI=true and make the tests report Skipped elsewhere.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    // As root in a container Chromium needs no sandbox; the rest keeps it off the network and quiet.
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private static readonly Lock ArtifactsLock = new();
    private static bool artifactsCleared;

    private BotHost? bot;
    private PlaygroundHost? playground;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private string? unavailableReason;

    public EndToEndSettings Settings { get; } = EndToEndSettings.FromEnvironment();

    public BotHost Bot => bot ?? throw new InvalidOperationException("The bot was not started.");

    public PlaygroundHost Playground => playground ?? throw new InvalidOperationException("The Playground was not started.");

    public async Task InitializeAsync()
    {
        var node = ExecutableOnPath("node");
        if (node is null)
        {
            unavailableReason = RequiredInCi.Missing("Node.js (`node` on PATH)", "Install Node.js 20 or later.");
            return;
        }

        if (!File.Exists(Settings.PlaygroundCli))
        {
            unavailableReason = RequiredInCi.Missing(Settings.PlaygroundCli, "Run `npm ci` in the repository root.");
            return;
        }

        if (!File.Exists(Settings.ChromiumPath))
        {
            unavailableReason = RequiredInCi.Missing(
                $"Chromium at {Settings.ChromiumPath}",
                "Install it (`apt-get install chromium`) or set CHAMPIONBOT_E2E_CHROMIUM.");
            return;
        }

        ClearArtifactsOncePerRun(Settings.ArtifactsDirectory);
        bot = await BotHost.StartAsync(Settings);
        playground = await PlaygroundHost.StartAsync(Settings, node, bot.MessagesEndpoint);
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Settings.ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
            Timeout = 60_000,
        });
    }

    /// <summary>The first line of every test: reports Skipped, with the reason, when a prerequisite is missing here.</summary>
    public void SkipUnlessAvailable()
    {
        if (unavailableReason is { } reason)
        {
            RequiredInCi.SkipBecause(reason);
        }
    }

    /// <summary>Opens the Playground in a fresh browser context, ready to chat.</summary>
    public async Task<PlaygroundPage> OpenPlaygroundAsync(ITestOutputHelper output)
    {
        var launched = browser ?? throw new InvalidOperationException("Chromium was not launched.");
        return await PlaygroundPage.OpenAsync(launched, Playground.Address, output);
    }

    /// <summary>Both processes' output, for a failing test's message.</summary>
    public string Diagnostics() =>
        string.Join(
            Environment.NewLine,
            "----- bot output -----",
            bot?.Process.Output ?? "(not started)",
            "----- Agents Playground output -----",
            playground?.Process.Output ?? "(not started)",
            $"(the Playground's activity log: {playground?.LogFile})");

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (bot is not null || playground is not null)
        {
            await File.AppendAllTextAsync(
                Path.Combine(Settings.ArtifactsDirectory, "processes.log"), Diagnostics() + Environment.NewLine);
        }

        if (playground is not null)
        {
            await playground.DisposeAsync();
        }

        if (bot is not null)
        {
            await bot.DisposeAsync();
        }
    }

    /// <summary>Screenshots and logs in artifacts/e2e come from the latest test run only.</summary>
    private static void ClearArtifactsOncePerRun(string directory)
    {
        lock (ArtifactsLock)
        {
            Directory.CreateDirectory(directory);
            if (artifactsCleared)
            {
                return;
            }

            foreach (var file in Directory.EnumerateFiles(directory))
            {
                File.Delete(file);
            }

            artifactsCleared = true;
        }
    }

    private static string? ExecutableOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => new[] { Path.Combine(directory, name), Path.Combine(directory, name + ".exe") })
            .FirstOrDefault(File.Exists);
}
