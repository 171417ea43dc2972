using System.Diagnostics;

namespace ChampionBot.EndToEnd.Tests.Harness;

/// <summary>
/// Runs the bot's own build output (the harness builds nothing) in local anonymous mode on SQLite,
/// exactly as a developer's `dotnet run` would, and waits until it answers HTTP.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private const string DatabaseFile = "e2e.db";

    private readonly string dataDirectory;

    private BotHost(ObservedProcess process, Uri baseAddress, string dataDirectory)
    {
        Process = process;
        BaseAddress = baseAddress;
        this.dataDirectory = dataDirectory;
    }

    public ObservedProcess Process { get; }

    public Uri BaseAddress { get; }

    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    /// <summary>The bot's SQLite database, for a test that must read what the bot sent to someone the Playground cannot show.</summary>
    public string DatabasePath => Path.Combine(dataDirectory, DatabaseFile);

    public static async Task<BotHost> StartAsync(EndToEndSettings settings)
    {
        if (!File.Exists(settings.BotAssemblyPath))
        {
            throw new InvalidOperationException(
                $"The bot is not built: {settings.BotAssemblyPath} is missing. Run `dotnet build ChampionBot.sln` first.");
        }

        var port = ChoosePort(settings.BotPort);
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var dataDirectory = Directory.CreateTempSubdirectory("championbot-e2e-").FullName;

        var startInfo = new ProcessStartInfo(DotnetHost(), [settings.BotAssemblyPath])
        {
            // The content root is the output folder, where appsettings.json and seeds are copied.
            WorkingDirectory = Path.GetDirectoryName(settings.BotAssemblyPath)!,
        };
        startInfo.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["Storage__Provider"] = "Sqlite";
        startInfo.Environment["ConnectionStrings__ChampionBot"] = $"Data Source={Path.Combine(dataDirectory, DatabaseFile)}";
        // The Playground sends no token: the bot must run in local anonymous mode whatever the machine has set.
        startInfo.Environment["Bot__AppId"] = string.Empty;
        // As the README's `dotnet run` (launchSettings.json): proactive messages reach the demo people at any hour.
        startInfo.Environment["Delivery__QuietHours__Enabled"] = "false";

        var process = ObservedProcess.Start("The bot", startInfo);
        var host = new BotHost(process, baseAddress, dataDirectory);
        try
        {
            await host.WaitUntilAnsweringAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; never hide the test result behind it.
        }
    }

    private static int ChoosePort(int? configured) => configured switch
    {
        { } port when port == 0 => FreePort.Pick(),
        { } port when FreePort.IsFree(port) => port,
        { } port => throw new InvalidOperationException(
            $"CHAMPIONBOT_E2E_BOT_PORT={port} is in use; free it or choose another port."),
        // A developer may have the bot running on the default port; the tests then use their own.
        null => FreePort.IsFree(EndToEndSettings.DefaultBotPort) ? EndToEndSettings.DefaultBotPort : FreePort.Pick(),
    };

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    /// <summary>
    /// Any HTTP answer means Kestrel is serving; /health/live is asked first because a later bot exposes it.
    /// </summary>
    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        using var timer = new PeriodicTimer(PollInterval);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (Process.HasExited)
            {
                throw Process.Failure("exited during start-up");
            }

            try
            {
                using var response = await http.GetAsync("health/live");
                return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy starting; ask again.
            }

            await timer.WaitForNextTickAsync();
        }

        throw Process.Failure($"did not answer HTTP on {BaseAddress} within {StartTimeout.TotalSeconds:0} s");
    }
}
