using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChampionBot.Scheduling;

/// <summary>Meter <c>ChampionBot.Scheduling</c>: how often each background job ran, how it ended and how long it took.</summary>
public sealed class SchedulerMetrics
{
    public const string MeterName = "ChampionBot.Scheduling";

    private readonly Counter<long> _runs;
    private readonly Histogram<double> _duration;

    public SchedulerMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _runs = meter.CreateCounter<long>("championbot.scheduler.job.runs", description: "Background job runs, by job and outcome.");
        _duration = meter.CreateHistogram<double>("championbot.scheduler.job.duration", unit: "ms", description: "How long a background job run took.");
    }

    public void Ran(string job, bool succeeded, TimeSpan elapsed)
    {
        var tags = new TagList { { "job", job }, { "outcome", succeeded ? "succeeded" : "failed" } };
        _runs.Add(1, tags);
        _duration.Record(elapsed.TotalMilliseconds, tags);
    }
}
