using System.Diagnostics.Metrics;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery.Storage;

namespace ChampionBot.Delivery;

/// <summary>
/// Meter <c>ChampionBot.Delivery</c>: delivery outcomes as they are recorded (sent, blocked, not found, failed, retried,
/// recalled…) and the pauses Teams asked for with 429. One static meter: the sender is a single pump per process.
/// </summary>
public static class DeliveryMetrics
{
    public const string MeterName = "ChampionBot.Delivery";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Outcomes = Meter.CreateCounter<long>(
        "championbot.delivery.outcomes", description: "Delivery outcomes recorded, by status (pending = will be retried).");
    private static readonly Counter<long> ThrottlePauses = Meter.CreateCounter<long>(
        "championbot.delivery.throttled", description: "429 answers from the Bot Connector that paused the whole sender.");
    private static readonly Histogram<double> ThrottlePause = Meter.CreateHistogram<double>(
        "championbot.delivery.throttle_pause", unit: "s", description: "How long the sender paused after a 429.");

    public static void Recorded(IEnumerable<DeliveryOutcome> outcomes)
    {
        foreach (var group in outcomes.GroupBy(o => o.Status))
        {
            Outcomes.Add(group.LongCount(), new KeyValuePair<string, object?>("status", StatusTag(group.Key)));
        }
    }

    public static void Throttled(TimeSpan pause)
    {
        ThrottlePauses.Add(1);
        ThrottlePause.Record(pause.TotalSeconds);
    }

    private static string StatusTag(DeliveryStatus status) => status.ToString().ToLowerInvariant();
}
