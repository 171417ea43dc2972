using System.Diagnostics;
using ChampionBot.Benchmarks.Fanout;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Nominations;
using ChampionBot.Graph;
using ChampionBot.Graph.LocalGraph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChampionBot.Benchmarks.Scoring;

/// <summary>
/// <c>scoring</c>: what the daily champion scoring does, over <c>--users</c> enrolled people. A fresh database holds
/// their bot evidence (<see cref="ScoringData"/>, one in ten active); the local Graph stand-in on a loopback port serves
/// their Copilot usage report (<see cref="GeneratedDirectory"/>, paged like Graph, <c>--page</c> users a page). Timed:
/// the real <see cref="CopilotUsageImport"/> reads the report through the real <see cref="GraphClient"/> and joins it to
/// participants, the real <see cref="ChampionScorer"/> scores everyone, and <c>nominations</c> counts the people the
/// nomination rule (<see cref="NominationSelection"/>: at the threshold with a challenge got working) would pick,
/// capped by the champion ratio. Flat memory as users grow shows that nothing holds everyone at once.
/// </summary>
public sealed class ScoringCommand : IBenchmarkCommand
{
    public string Name => "scoring";

    public string Usage => "scoring [--users 100000] [--page 1000] [--provider sqlite|postgres]";

    public async Task<int> RunAsync(CommandLine args)
    {
        var users = args.Int("users", 100_000);
        var page = args.Int("page", 1000);
        await using var database = await BenchmarkDatabase.CreateAsync(args.String("provider", "sqlite"));
        var fill = Stopwatch.StartNew();
        var rows = await ScoringData.FillAsync(database, users, DateTimeOffset.UtcNow);
        fill.Stop();
        await using var standIn = await StartStandInAsync(users, page);
        using var http = new HttpClient { BaseAddress = new Uri(Address(standIn) + LocalGraphEndpoints.Prefix + "/") };
        var graph = new GraphClient(http, NullLogger<GraphClient>.Instance);
        var state = new CopilotUsageState();
        var nominations = new NominationsOptions();

        // Where the time goes: the report read alone (Graph client and stand-in), outside the timed run.
        var readCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var read = Stopwatch.StartNew();
        await foreach (var _ in graph.CopilotUsageAsync(new GraphOptions().ReportPeriod, CopilotReportFormat.Json, CancellationToken.None))
        {
        }

        read.Stop();
        readCpu = Process.GetCurrentProcess().TotalProcessorTime - readCpu;
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        CopilotUsageStatus status;
        await using (var db = database.CreateContext())
        {
            status = await new CopilotUsageImport(db, graph, state, Options.Create(new GraphOptions()), TimeProvider.System, NullLogger<CopilotUsageImport>.Instance)
                .ImportAsync(CancellationToken.None);
        }

        var imported = watch.Elapsed;
        int scored, qualifying;
        await using (var db = database.CreateContext())
        {
            scored = await new ChampionScorer(db, state, Options.Create(new ChampionScoringOptions()), TimeProvider.System, []).RescoreAllAsync(CancellationToken.None);
            qualifying = await db.ChampionScores.CountAsync(s => s.Points >= nominations.Threshold
                && db.Results.Any(r => r.ParticipantId == s.ParticipantId && (r.Worked || r.RetryWorked == true)));
        }

        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var rss = ProcessMemory.PeakBytes(Environment.ProcessId);
        Console.WriteLine(FormattableString.Invariant(
            $"detail fill_seconds={fill.Elapsed.TotalSeconds:0.00} fill_rows={rows} read_seconds={read.Elapsed.TotalSeconds:0.00} read_cpu_seconds={readCpu.TotalSeconds:0.00} import_seconds={imported.TotalSeconds:0.00} score_seconds={(watch.Elapsed - imported).TotalSeconds:0.00} cpu_seconds={cpu.TotalSeconds:0.00} copilot={status} page={page} qualifying={qualifying} ratio=1:{nominations.ParticipantsPerChampion}"));
        Console.WriteLine(FormattableString.Invariant(
            $"scoring users={scored} seconds={watch.Elapsed.TotalSeconds:0.00} peak_rss_mb={rss / 1048576.0:0.0} nominations={Math.Min(qualifying, nominations.ChampionsFor(scored))}"));
        return scored == users && status == CopilotUsageStatus.Included ? 0 : 1;
    }

    private static async Task<WebApplication> StartStandInAsync(int users, int page)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ILocalDirectory>(new GeneratedDirectory(users));
        builder.Services.AddSingleton<LocalInstalls>();
        builder.Services.AddOptions<GraphOptions>().Configure(o => o.LocalPageSize = page);
        var app = builder.Build();
        LocalGraphEndpoints.MapLocalGraph(app);
        await app.StartAsync();
        return app;
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
}
