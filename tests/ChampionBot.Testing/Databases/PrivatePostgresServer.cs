using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ChampionBot.Testing.Databases;

/// <summary>
/// A PostgreSQL server of the test's own (initdb into a temporary folder, a free port), so a test may stop it with
/// <c>pg_ctl stop -m immediate</c> and start it again without touching the shared test server. Run as the
/// <c>postgres</c> user when the tests run as root. Unavailable (skipped off CI, failed under CI=true) without the binaries.
/// </summary>
public sealed class PrivatePostgresServer : TestDatabase
{
    private const string BinariesVariable = "CHAMPIONBOT_TEST_POSTGRES_BIN";
    private readonly string _bin = Environment.GetEnvironmentVariable(BinariesVariable) ?? "/usr/lib/postgresql/15/bin";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"championbot-pg-{Guid.NewGuid():N}");
    private int _port;

    public override string ProviderName => "Postgres";

    public override async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(_bin, "initdb")))
        {
            UnavailableReason = RequiredInCi.Missing($"PostgreSQL binaries in {_bin}", $"Install PostgreSQL 15 or set {BinariesVariable}.");
            return;
        }

        Directory.CreateDirectory(_folder);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "-R", "postgres", _folder);
        }

        _port = FreePort();
        await PgAsync("initdb", "-D", Data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8");
        await StartAsync();
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = _port, Username = "postgres", Database = "postgres", Timeout = 3,
        }.ConnectionString;
    }

    /// <summary>Kills the server the hard way, as a crash or a network cut would: no clean shutdown of sessions.</summary>
    public Task StopImmediatelyAsync() => PgAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    public Task StartAsync() => PgAsync("pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "log"), "-w",
        "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    public override async Task DisposeAsync()
    {
        if (Directory.Exists(Data))
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                await StopImmediatelyAsync();
            }
            catch (InvalidOperationException)
            {
                // Already stopped.
            }
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string Data => Path.Combine(_folder, "data");

    private Task PgAsync(string tool, params string[] arguments) => Environment.UserName == "root"
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
        : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments.Take(3))} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
