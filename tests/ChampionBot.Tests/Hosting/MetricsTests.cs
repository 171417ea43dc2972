using System.Diagnostics.Metrics;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Scheduling;
using ChampionBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace ChampionBot.Tests.Hosting;

/// <summary>Operators see the background work in metrics (exported with the rest of OpenTelemetry).</summary>
public sealed class MetricsTests : IDisposable
{
    private readonly AppHost _app = new AppHost();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task SchedulerPoll_RecordsOneRunPerJobWithItsOutcome()
    {
        var meters = _app.Services.GetRequiredService<IMeterFactory>();
        using var runs = new MetricCollector<long>(meters, SchedulerMetrics.MeterName, "championbot.scheduler.job.runs");

        await _app.Services.GetRequiredService<SchedulerService>().RunAllOnceAsync(CancellationToken.None);

        var measurements = runs.GetMeasurementSnapshot();
        Assert.NotEmpty(measurements);
        Assert.All(measurements, m => Assert.Equal("succeeded", m.Tags["outcome"]));
        Assert.All(measurements, m => Assert.False(string.IsNullOrEmpty(m.Tags["job"] as string)));
    }
}

public sealed class DeliveryMetricsTests
{
    [Fact]
    public void Recorded_Outcomes_AreCountedByStatus()
    {
        using var outcomes = new MetricCollector<long>(null, DeliveryMetrics.MeterName, "championbot.delivery.outcomes");
        var at = DateTimeOffset.UnixEpoch;

        DeliveryMetrics.Recorded(
        [
            new(1, DeliveryStatus.Sent, 1, at),
            new(2, DeliveryStatus.Sent, 1, at),
            new(3, DeliveryStatus.Blocked, 1, at),
        ]);

        var snapshot = outcomes.GetMeasurementSnapshot();
        Assert.Contains(snapshot, m => Equals(m.Tags["status"], "sent") && m.Value >= 2);
        Assert.Contains(snapshot, m => Equals(m.Tags["status"], "blocked") && m.Value >= 1);
    }
}
