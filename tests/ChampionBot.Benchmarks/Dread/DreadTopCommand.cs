using System.Diagnostics;
using System.Globalization;
using ChampionBot.Benchmarks.Fanout;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Dread;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Benchmarks.Dread;

/// <summary>
/// <c>dreadtop</c>: how long an owner's <c>dread top</c> takes over a program with many stored answers. Fills a fresh
/// database with <c>--answers</c> answers (three per person, the most a person keeps), keyed by theme as the survey
/// keys them, then times the ranking as the command builds it (theme keys, published figures, the card as JSON): the
/// first look, which publishes every group's figures, and the looks after it.
/// </summary>
public sealed class DreadTopCommand : IBenchmarkCommand
{
    public string Name => "dreadtop";

    public string Usage => "dreadtop [--answers 100000] [--provider sqlite|postgres] [--looks 5]";

    public async Task<int> RunAsync(CommandLine args)
    {
        var answers = args.Int("answers", 100_000);
        var looks = args.Int("looks", 5);
        var provider = args.String("provider", "sqlite");
        await using var database = await BenchmarkDatabase.CreateAsync(provider);

        var fill = Stopwatch.StartNew();
        var (programId, people) = await DreadTopData.FillAsync(database, answers);
        fill.Stop();

        var first = await LookAsync(database, programId);
        var later = new List<double>();
        for (var i = 0; i < looks; i++)
        {
            later.Add((await LookAsync(database, programId)).Seconds);
        }

        later.Sort();
        var median = later.Count == 0 ? 0 : later[later.Count / 2];
        Console.WriteLine(FormattableString.Invariant(
            $"detail fill_seconds={fill.Elapsed.TotalSeconds:0.0} first_look_seconds={first.Seconds:0.000} looks={looks} max_seconds={(later.Count == 0 ? 0 : later[^1]):0.000}"));
        Console.WriteLine(FormattableString.Invariant(
            $"dreadtop answers={answers} people={people} groups={first.Groups} provider={provider.ToLowerInvariant()} seconds={median:0.000} first_seconds={first.Seconds:0.000}"));
        return 0;
    }

    private static async Task<(double Seconds, int Groups)> LookAsync(BenchmarkDatabase database, int programId)
    {
        var watch = Stopwatch.StartNew();
        await using var db = database.CreateContext();
        var ranking = await DreadGroups.RankingAsync(db, programId, CancellationToken.None);
        var json = DreadTopCard.Build("Benchmark", ranking).ToJsonElement().GetRawText();
        watch.Stop();
        return json.Length == 0 ? (0, 0) : (watch.Elapsed.TotalSeconds, ranking.Themes.Count);
    }
}
