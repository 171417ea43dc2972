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
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChampionBot.Benchmarks.Scoring;

/// <summary>
/// <c>scoring</c>: reads a generated <c>--users</c>-user Copilot usage report through the real <see cref="GraphClient"/>
/// from the local Graph stand-in on a loopback port (paged like Graph, <c>--page</c> users a page) and scores every row
/// with the real <see cref="ChampionScoreCalculator"/> (Copilot breadth and recency; no bot evidence, no database).
/// <c>nominations</c> counts who the nomination rule would pick (capped by the champion ratio): nobody here has a
/// completed challenge, which the rule requires, so usage alone never makes a nominee.
/// Prints the time and the peak managed and resident memory: flat memory as users grow shows the report streams.
/// </summary>
public sealed class ScoringCommand : IBenchmarkCommand
{
    public string Name => "scoring";

    public string Usage => "scoring [--users 100000] [--page 1000]";

    public async Task<int> RunAsync(CommandLine args)
    {
        var users = args.Int("users", 100_000);
        var page = args.Int("page", 1000);
        await using var standIn = await StartStandInAsync(users, page);
        using var http = new HttpClient { BaseAddress = new Uri(Address(standIn) + LocalGraphEndpoints.Prefix + "/") };
        var graph = new GraphClient(http, NullLogger<GraphClient>.Instance);
        var weights = new ChampionScoringOptions();
        var nominations = new NominationsOptions();
        var qualifying = 0;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        GC.Collect();
        var watch = Stopwatch.StartNew();
        long peakManaged = 0;
        var scored = 0;
        double top = 0;
        await foreach (var row in graph.CopilotUsageAsync("D30", CopilotReportFormat.Json, CancellationToken.None))
        {
            var (points, _) = ChampionScoreCalculator.Score(new ScoreFacts([], [], row.Apps, CopilotUsageStatus.Included), today, weights);
            scored++;
            if (nominations.Qualifies(points, completedChallenges: 0))
            {
                qualifying++;
            }

            top = Math.Max(top, points);
            if (scored % page == 0)
            {
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
            }
        }

        watch.Stop();
        peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
        var rss = ProcessMemory.PeakBytes(Environment.ProcessId);
        Console.WriteLine(FormattableString.Invariant(
            $"scoring users={scored} seconds={watch.Elapsed.TotalSeconds:0.00} peak_managed_mb={peakManaged / 1048576.0:0.0} peak_rss_mb={rss / 1048576.0:0.0} top_score={top:0.0} page={page} nominations={Math.Min(qualifying, nominations.ChampionsFor(scored))}"));
        return scored == users ? 0 : 1;
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
