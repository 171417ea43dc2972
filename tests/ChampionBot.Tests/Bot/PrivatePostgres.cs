using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChampionBot.Tests.Bot;

/// <summary>
/// A PostgreSQL 15 server of the test's own (initdb into a temp folder, a free port, trust auth), which the test may
/// stop and start as an outage would: never the shared test server. Absent when the server binaries are not installed.
/// </summary>
internal sealed class PrivatePostgres : IAsyncDisposable
{
    private const string Binaries = "/usr/lib/postgresql/15/bin";
    private readonly string _folder;
    private readonly int _port;

    private PrivatePostgres(string folder, int port)
    {
        _folder = folder;
        _port = port;
    }

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=championbot;Timeout=3;Pooling=false";

    public static async Task<PrivatePostgres?> StartAsync()
    {
        if (!File.Exists(Path.Combine(Binaries, "initdb")))
        {
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("championbot-pg-").FullName;
        var server = new PrivatePostgres(folder, FreePort());
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", ["postgres:postgres", folder]);
        }

        await server.PgAsync("initdb", ["-D", Path.Combine(folder, "data"), "-A", "trust", "-U", "postgres", "--no-sync"]);
        await server.StartServerAsync();
        return server;
    }

    /// <summary>As a crash would: no checkpoint, connections cut.</summary>
    public Task StopAsync() => PgAsync("pg_ctl", ["-D", Path.Combine(_folder, "data"), "stop", "-m", "immediate", "-w"]);

    public Task StartServerAsync() => PgAsync("pg_ctl",
        ["-D", Path.Combine(_folder, "data"), "-l", Path.Combine(_folder, "log"), "-w", "start",
         "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off"]);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Task PgAsync(string tool, string[] arguments) => Environment.UserName == "root"
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(Binaries, tool), .. arguments])
        : RunAsync(Path.Combine(Binaries, tool), arguments);

    private static async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
