using System.Diagnostics;
using System.Globalization;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Privacy;
using ChampionBot.Testing.ConnectorSimulator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChampionBot.Benchmarks.Fanout;

/// <summary>
/// Sends one message to N people through the real delivery engine (in a child process) against the connector
/// simulator, optionally killing and restarting the sender, and prints one summary line. See README.md beside it.
/// </summary>
internal sealed class FanoutCommand : IBenchmarkCommand
{
    public string Name => "fanout";

    public string? Usage => "fanout --recipients N [--provider sqlite|postgres] [--ceiling 50] [--crash-after K] [--fault-rate F] [--blocked-rate B] [--new-conversations X]";

    public async Task<int> RunAsync(CommandLine args)
    {
        var run = FanoutSettings.From(args);
        var blocked = Enumerable.Range(0, run.Recipients).Where(i => Fraction(i, run.BlockedRate)).Select(FanoutRecipients.TeamsUserId).ToHashSet(StringComparer.Ordinal);
        await using var simulator = await ConnectorSimulator.StartAsync(new ConnectorSimulatorOptions
        {
            TenantRequestsPerSecond = run.Ceiling,
            FaultRate = run.FaultRate,
            RecordBodies = false,
            BlockedMembers = blocked,
        });
        await using var database = await BenchmarkDatabase.CreateAsync(run.Provider);
        var messageId = await EnqueueAsync(run, database, simulator.ServiceUrl);

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var peak = new PeakMemory();
        await RunSendersAsync(run, database, simulator, messageId, peak);
        peak.Sample(Environment.ProcessId);
        var result = await FanoutResult.MeasureAsync(run, database, simulator, messageId, blocked);
        Console.WriteLine(result.Detail(peak));
        Console.WriteLine(result.Line(peak));
        return 0;
    }

    /// <summary>
    /// Runs the sender process until the message is done. With --crash-after K the sender is killed (SIGKILL) once K
    /// copies were accepted. On PostgreSQL a second instance is already standing by, as in a real deployment, and the
    /// advisory lock hands it the sender role; on SQLite (one process sends) a new process is started.
    /// </summary>
    private static async Task RunSendersAsync(FanoutSettings run, BenchmarkDatabase database, ConnectorSimulator simulator, Guid messageId, PeakMemory peak)
    {
        var standbyWanted = run.CrashAfter is not null && database.Settings.Provider == StorageProvider.Postgres;
        var current = StartWorker(run, database, messageId);
        Process? standby = null;
        var crashed = false;
        try
        {
            while (true)
            {
                var killed = false;
                while (!current.HasExited && !killed)
                {
                    peak.Sample(current.Id);
                    if (standby is not null)
                    {
                        peak.Sample(standby.Id);
                    }

                    if (standbyWanted && standby is null && simulator.Accepted > 0)
                    {
                        standby = StartWorker(run, database, messageId);
                    }

                    if (run.CrashAfter is { } k && !crashed && simulator.Accepted >= k)
                    {
                        current.Kill(entireProcessTree: true);
                        crashed = killed = true;
                    }
                    else
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(50));
                    }
                }

                await current.WaitForExitAsync();
                if (!killed)
                {
                    if (current.ExitCode != 0)
                    {
                        throw new InvalidOperationException($"The sender process failed with exit code {current.ExitCode}.");
                    }

                    break;
                }

                current.Dispose();
                current = standby ?? StartWorker(run, database, messageId);
                standby = null;
            }

            if (standby is not null)
            {
                await standby.WaitForExitAsync();
            }
        }
        finally
        {
            current.Dispose();
            standby?.Dispose();
        }
    }

    /// <summary>Deterministically picks about <paramref name="rate"/> of all indexes, spread evenly.</summary>
    internal static bool Fraction(int index, double rate) => rate > 0 && Math.Floor((index + 1) * rate) > Math.Floor(index * rate);

    private static async Task<Guid> EnqueueAsync(FanoutSettings run, BenchmarkDatabase database, string serviceUrl)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(WorkerConfiguration(run, database));
        builder.Logging.ClearProviders();
        builder.AddChampionData();
        builder.AddDelivery();
        builder.Services.AddSingleton<IContactPermissions, ContactPermissions>();
        using var host = builder.Build();
        var outbox = host.Services.GetRequiredService<IOutbox>();
        // Made on the fly as the outbox reads them, so the benchmark process never holds 100,000 of them.
        var recipients = new GeneratedCollection<OutboundRecipient>(run.Recipients,
            i => FanoutRecipients.Create(i, serviceUrl, storedConversation: !Fraction(i, run.NewConversations)));
        return await outbox.EnqueueAsync(new OutboundRequest
        {
            Kind = OutboundMessageKind.Announcement,
            RequestedBy = "benchmark",
            Activity = MessageFactory.Text("Fan-out benchmark message"),
            Recipients = recipients,
            ProgressConversation = new ProgressConversation(serviceUrl, ConnectorSimulatorOptions.ConversationIdFor("29:owner")),
        });
    }

    private static Process StartWorker(FanoutSettings run, BenchmarkDatabase database, Guid messageId)
    {
        var (fileName, prefix) = BenchmarkCommands.SelfCommand();
        var start = new ProcessStartInfo(fileName) { UseShellExecute = false };
        foreach (var arg in prefix.Concat(["fanout-worker", "--message-id", messageId.ToString()]))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in WorkerConfiguration(run, database))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the sender process.");
    }

    /// <summary>The app's configuration keys for the run: quiet hours off, the ceiling, a short lease so a restart recovers quickly.</summary>
    private static Dictionary<string, string?> WorkerConfiguration(FanoutSettings run, BenchmarkDatabase database) => new()
    {
        ["ConnectionStrings:ChampionBot"] = database.Settings.ConnectionString,
        ["Storage:Provider"] = database.Settings.Provider.ToString(),
        ["Storage:MigrateOnStart"] = "false",
        ["Storage:SeedOnStart"] = "false",
        ["Delivery:TenantRequestsPerSecond"] = run.Ceiling.ToString(CultureInfo.InvariantCulture),
        ["Delivery:QuietHours:Enabled"] = "false",
        ["Delivery:RequestTimeout"] = "00:00:01",

        // The simulator's faults are independent per request, so a long first backoff only stretches the tail of
        // the run (the last retry chain decides when it ends); production keeps its 1 s default.
        ["Delivery:RetryBaseDelay"] = "00:00:00.250",
        ["Delivery:LeaseDuration"] = "00:00:03",
        ["Delivery:IdlePollInterval"] = "00:00:00.200",
        ["Delivery:ProgressUpdateInterval"] = "00:00:02",
        ["Delivery:LeaderPollInterval"] = "00:00:01",
    };
}
