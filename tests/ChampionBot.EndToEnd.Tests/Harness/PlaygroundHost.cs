using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ChampionBot.Testing;

namespace ChampionBot.EndToEnd.Tests.Harness;

/// <summary>
/// Runs the pinned Microsoft 365 Agents Playground from the repository's node_modules against the bot. It reads
/// .m365agentsplayground.yml from its working directory, the repository root.
/// </summary>
public sealed partial class PlaygroundHost : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private PlaygroundHost(ObservedProcess process, Uri address, string logFile)
    {
        Process = process;
        Address = address;
        LogFile = logFile;
    }

    public ObservedProcess Process { get; }

    /// <summary>The chat UI; the Playground's own mock connector lives under it at /_connector.</summary>
    public Uri Address { get; }

    /// <summary>The Playground's own log (every activity it exchanged with the bot).</summary>
    public string LogFile { get; }

    public static async Task<PlaygroundHost> StartAsync(EndToEndSettings settings, string node, Uri botMessagesEndpoint)
    {
        var logFile = Path.Combine(settings.ArtifactsDirectory, "playground.log");
        var startInfo = new ProcessStartInfo(node)
        {
            WorkingDirectory = RepositoryPaths.Root,
            ArgumentList =
            {
                settings.PlaygroundCli,
                "-e", botMessagesEndpoint.ToString(),
                "-c", "msteams",
                "-p", settings.PlaygroundPort.ToString(CultureInfo.InvariantCulture),
                "--disable-telemetry",
            },
        };
        startInfo.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        // Its log otherwise lands in ./devTools of the repository root.
        startInfo.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = logFile;
        startInfo.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = RepositoryPaths.InRoot(".m365agentsplayground.yml");

        var process = ObservedProcess.Start("The Agents Playground", startInfo);
        try
        {
            var listening = await process.WaitForOutputAsync(ListeningLine(), StartTimeout);
            var port = int.Parse(listening.Groups["port"].Value, CultureInfo.InvariantCulture);
            return new PlaygroundHost(process, new Uri($"http://127.0.0.1:{port}/"), logFile);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();

    [GeneratedRegex(@"Listening on (?<port>\d+)")]
    private static partial Regex ListeningLine();
}
