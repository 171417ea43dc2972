using System.Globalization;
using ChampionBot.Benchmarks.Fanout;
using ChampionBot.Testing.Auth;

namespace ChampionBot.Benchmarks.Inbound;

/// <summary>
/// Monday 9 a.m.: many people submit result cards at once. Starts the real app (its own process, Kestrel on
/// 127.0.0.1, Production settings, logging at Warning) trusting a local token issuer, so every request's token is
/// really validated; drives concurrent result.submit invokes for distinct people; and, as the baseline, a constant
/// ASP.NET Core endpoint in a process of its own, with the same client and concurrency, measured in slices interleaved
/// with the app's. Ends with one line.
/// </summary>
internal sealed class InboundCommand : IBenchmarkCommand
{
    public string Name => "inbound";

    public string? Usage => "inbound [--seconds 20] [--rounds 10] [--warmup 30] [--provider sqlite|postgres] [--concurrency 32] [--participants 20000]";

    /// <summary>Long enough for the app's write-behind of conversation references (50 ms) to finish.</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(250);

    public async Task<int> RunAsync(CommandLine args)
    {
        var seconds = args.Int("seconds", 20);
        var rounds = Math.Max(1, args.Int("rounds", 10));
        var warmUp = TimeSpan.FromSeconds(args.Int("warmup", 30));
        var concurrency = args.Int("concurrency", 32);
        var participants = args.Int("participants", 20_000);
        await using var issuer = await LocalTokenIssuer.StartAsync();
        await using var database = await BenchmarkDatabase.CreateAsync(args.String("provider", "sqlite"));
        var (warmUpChallenge, challengeId) = await InboundSeed.SeedAsync(database, participants);
        var tokens = Enumerable.Range(0, 16).Select(_ => issuer.MintBotFrameworkToken(new LocalTokenOptions { ServiceUrl = LocalTokenIssuer.DefaultServiceUrl })).ToArray();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { Timeout = TimeSpan.FromSeconds(30) };

        await using var app = ServerProcess.StartApp(issuer, database);
        await using var baseline = ServerProcess.StartBaseline();
        await app.WaitUntilReadyAsync(client);
        await baseline.WaitUntilReadyAsync(client);
        var (appMessages, baselineUrl) = (new Uri(app.BaseUrl, "api/messages"), baseline.BaseUrl);
        string Body(int i) => InboundSeed.Invoke(i % participants, challengeId, issuer.AppId);
        static bool Submitted(string text) => text.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal) && text.Contains("a week", StringComparison.Ordinal);
        static bool Constant(string text) => text == "ok";

        // The warm-up is not counted: a server that has run for a while has its hot code fully optimised by the tiered
        // JIT, its pools filled and its signing keys cached. It reports on another challenge, so the measured run is
        // everyone's first submit, as on a Monday morning.
        await LoadRun.RunAsync(client, appMessages, concurrency, warmUp, i => InboundSeed.Invoke(i % participants, warmUpChallenge, issuer.AppId), tokens, Submitted);
        await LoadRun.RunAsync(client, baselineUrl, concurrency, warmUp, Body, tokens, Constant);

        var (bot, constant, slices) = await MeasureInterleavedAsync(
            rounds, TimeSpan.FromSeconds(seconds / (double)rounds),
            (sent, length) => LoadRun.RunAsync(client, appMessages, concurrency, length, i => Body(sent + i), tokens, Submitted),
            length => LoadRun.RunAsync(client, baselineUrl, concurrency, length, Body, tokens, Constant));

        // Each slice's rate first, so a reader can see how much the machine drifted during the run.
        Console.WriteLine("slices rps " + slices);
        if (constant.Errors > 0)
        {
            Console.WriteLine($"the baseline endpoint answered {constant.Errors} request(s) wrongly: its rate is not a fair baseline");
        }

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv,
            $"inbound requests={bot.Requests} rps={bot.Rps:0} p50_ms={bot.Percentile(0.50):0.0} p99_ms={bot.Percentile(0.99):0.0} " +
            $"baseline_rps={constant.Rps:0} ratio={bot.Rps / constant.Rps * 100:0}% errors={bot.Errors}"));
        return bot.Errors == 0 && constant.Errors == 0 ? 0 : 1;
    }

    /// <summary>
    /// The app and the baseline in interleaved slices (app, baseline, baseline, app, ...), not one after the other: on a
    /// shared machine the CPU left to this run drifts by a fifth within a minute, and both sides should see the same drift.
    /// Before each slice a short pause (not counted) lets the side measured last finish what it does after its load (the
    /// app writes conversation references behind), so neither side's slice pays for the other. The app's slices carry on
    /// through the people where the last one stopped.
    /// </summary>
    private static async Task<(LoadRun App, LoadRun Baseline, string Slices)> MeasureInterleavedAsync(
        int rounds, TimeSpan slice, Func<int, TimeSpan, Task<LoadRun>> runApp, Func<TimeSpan, Task<LoadRun>> runBaseline)
    {
        var (app, baseline, slices, ratios) = (new LoadRun(), new LoadRun(), new List<string>(), new List<double>());
        var firstOfPair = 0.0;
        for (var round = 0; round < 2 * rounds; round++)
        {
            await Task.Delay(SettleTime);
            var isApp = round % 4 is 0 or 3;
            var run = isApp ? await runApp(app.Requests, slice) : await runBaseline(slice);
            (isApp ? app : baseline).Add(run);
            slices.Add(string.Create(CultureInfo.InvariantCulture, $"{(isApp ? "app" : "baseline")}:{run.Rps:0}"));
            if (round % 2 == 0)
            {
                firstOfPair = run.Rps;
            }
            else
            {
                // Each pair of neighbouring slices is one app and one baseline slice.
                ratios.Add(isApp ? run.Rps / firstOfPair : firstOfPair / run.Rps);
            }
        }

        ratios.Sort();
        var spread = string.Create(CultureInfo.InvariantCulture,
            $" | ratio per pair min={ratios[0] * 100:0}% median={ratios[ratios.Count / 2] * 100:0}% max={ratios[^1] * 100:0}%");
        return (app, baseline, string.Join(' ', slices) + spread);
    }
}
