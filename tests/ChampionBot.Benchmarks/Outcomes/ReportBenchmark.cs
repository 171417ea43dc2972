using System.Diagnostics;
using ChampionBot.Benchmarks.Fanout;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Report;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Benchmarks.Outcomes;

/// <summary>
/// <c>report</c>: how long an owner's <c>report</c> takes over a program with many results (the ledger and its card),
/// and what it costs in memory. Fills a fresh database with <c>--results</c> results, then times the report: the first
/// look (which publishes every part's figures) and the looks after it. Allocation is measured over the looks alone.
/// </summary>
public sealed class ReportBenchmark : IBenchmarkCommand
{
    public string Name => "report";

    public string Usage => "report [--results 100000] [--provider sqlite|postgres] [--looks 3]";

    public async Task<int> RunAsync(CommandLine args)
    {
        var results = args.Int("results", 100_000);
        var looks = args.Int("looks", 3);
        var provider = args.String("provider", "sqlite");
        await using var database = await BenchmarkDatabase.CreateAsync(provider);

        var fill = Stopwatch.StartNew();
        var (programId, people) = await LedgerData.FillAsync(database, results, DateTimeOffset.UtcNow);
        fill.Stop();
        GC.Collect();
        var rssBefore = ProcessMemory.PeakBytes(Environment.ProcessId);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var first = await LookAsync(database, programId);
        var later = new List<double>();
        for (var i = 0; i < looks; i++)
        {
            later.Add((await LookAsync(database, programId)).Seconds);
        }

        var allocatedPerLook = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (looks + 1) / 1048576.0;
        Console.WriteLine(await QueriesAsync(database, programId));
        later.Sort();
        var median = later.Count == 0 ? first.Seconds : later[later.Count / 2];
        Console.WriteLine(FormattableString.Invariant(
            $"detail people={people} provider={provider.ToLowerInvariant()} fill_seconds={fill.Elapsed.TotalSeconds:0.0} peak_rss_mb_after_fill={rssBefore / 1048576.0:F0} weeks={first.Weeks} first_seconds={first.Seconds:0.000} allocated_mb_per_look={allocatedPerLook:F0}"));
        Console.WriteLine(FormattableString.Invariant(
            $"report results={results} seconds={median:0.000} peak_rss_mb={ProcessMemory.PeakBytes(Environment.ProcessId) / 1048576.0:F0}"));
        return 0;
    }

    /// <summary>Where a look's time goes: each of the ledger's queries on its own.</summary>
    private static async Task<string> QueriesAsync(BenchmarkDatabase database, int programId)
    {
        await using var db = database.CreateContext();
        var program = await db.Programs.AsNoTracking().SingleAsync(p => p.Id == programId);
        var epochs = (await db.OutcomePublications.Where(p => p.ProgramId == programId).Select(p => p.ResultsUpTo).ToListAsync()).Distinct().Order().ToList();
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var span = await LedgerQueries.SpanAsync(db, programId, CancellationToken.None);
        var spanSeconds = watch.Elapsed.TotalSeconds;
        var calendar = LedgerWeeks.Between(span!.Value.First, span.Value.Last, TimeZoneInfo.FindSystemTimeZoneById(program.TimeZoneId));
        watch.Restart();
        var cells = await LedgerQueries.CellsAsync(db, programId, calendar.Starts, epochs, CancellationToken.None);
        var cellsSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var people = await LedgerQueries.ResultsByPersonAsync(db, programId, calendar.Starts, CancellationToken.None);
        var peopleSeconds = watch.Elapsed.TotalSeconds;
        var queriesCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return FormattableString.Invariant(
            $"detail span_seconds={spanSeconds:0.000} cells={cells.Count} cells_seconds={cellsSeconds:0.000} people={people.Count} people_seconds={peopleSeconds:0.000} queries_process_cpu_seconds={queriesCpu:0.000} epochs={epochs.Count}");
    }

    private static async Task<(double Seconds, int Weeks)> LookAsync(BenchmarkDatabase database, int programId)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await using var db = database.CreateContext();
        var program = await db.Programs.AsNoTracking().SingleAsync(p => p.Id == programId);
        var ledger = await new OutcomeLedger(db).ForAsync(program, CancellationToken.None);
        _ = ReportCard.Build(program, ledger).ToJsonElement();
        watch.Stop();
        Console.WriteLine(FormattableString.Invariant(
            $"look seconds={watch.Elapsed.TotalSeconds:0.000} process_cpu_seconds={(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.000}"));
        return (watch.Elapsed.TotalSeconds, ledger.Weeks.Count);
    }
}
