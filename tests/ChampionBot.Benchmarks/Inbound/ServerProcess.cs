using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ChampionBot.Benchmarks.Fanout;
using ChampionBot.Testing.Auth;

namespace ChampionBot.Benchmarks.Inbound;

/// <summary>
/// A server the inbound run starts as a child process (the app, or the baseline endpoint), killed with its children when
/// disposed, so a run that fails part-way leaves nothing holding a port and burning CPU on the shared machine.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServerProcess(string name, Process process, int port)
    {
        Name = name;
        this.process = process;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
    }

    public string Name { get; }

    public Uri BaseUrl { get; }

    /// <summary>The real app (Production settings, logging at Warning) trusting the local issuer, on the given database.</summary>
    public static ServerProcess StartApp(LocalTokenIssuer issuer, BenchmarkDatabase database)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ChampionBot.dll")])
        {
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        var environment = new Dictionary<string, string?>(issuer.BotConfiguration())
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Storage:Provider"] = database.Settings.Provider.ToString(),
            ["ConnectionStrings:ChampionBot"] = database.Settings.ConnectionString,
            ["Storage:SeedOnStart"] = "false",
            // Scheduled jobs are not what this measures, and their Graph calls would fail here (no tenant) and add noise.
            ["Scheduler:Enabled"] = "false",
            // A Teams-mode app must have a shared key for export links (OutcomesOptionsValidator); the run never exports.
            ["Outcomes:ExportSigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new("app", Process.Start(start) ?? throw new InvalidOperationException("The app did not start."), port);
    }

    /// <summary>
    /// The constant endpoint (<see cref="InboundBaselineCommand"/>) on workstation GC, as the app runs. Its thread pool
    /// keeps the default spinning, which the app turns off: measured interleaved, that setting moved the baseline by
    /// less than the noise (ratio 22–23 % with spinning, 23–25 % without), and a plain endpoint keeps its defaults.
    /// </summary>
    public static ServerProcess StartBaseline()
    {
        var port = FreePort();
        var (fileName, prefix) = BenchmarkCommands.SelfCommand();
        var start = new ProcessStartInfo(fileName) { UseShellExecute = false };
        foreach (var arg in prefix.Concat([InboundBaselineCommand.CommandName, "--port", port.ToString(CultureInfo.InvariantCulture)]))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_gcServer"] = "0";
        return new("baseline", Process.Start(start) ?? throw new InvalidOperationException("The baseline server did not start."), port);
    }

    public async Task WaitUntilReadyAsync(HttpClient client)
    {
        var health = new Uri(BaseUrl, "health/live");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The {Name} exited with code {process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await client.GetAsync(health);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The {Name} was not ready within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
