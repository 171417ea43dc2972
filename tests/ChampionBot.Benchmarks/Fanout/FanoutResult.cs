using System.Globalization;
using ChampionBot.Data.Entities;
using ChampionBot.Testing.ConnectorSimulator;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Benchmarks.Fanout;

/// <summary>
/// What the simulator saw, judged against the recipients: delivered = people who got at least one copy; lost =
/// people who could have been reached (not blocked) and got none; duplicates = extra copies; ambiguous = deliveries
/// the database marks as in flight when a sender died. Seconds run from the first to the last accepted copy.
/// </summary>
internal sealed record FanoutResult(
    FanoutSettings Run,
    int Delivered,
    int Lost,
    int Duplicates,
    int Ambiguous,
    double Seconds,
    long AdmittedRequests,
    long Throttled,
    long Faults,
    IReadOnlyDictionary<DeliveryStatus, int> Statuses)
{
    public double Rate => Seconds > 0 ? Delivered / Seconds : 0;

    /// <summary>Connector requests admitted under the ceiling per second, over the ceiling: how much of the allowed budget the sender used.</summary>
    public double Efficiency => Seconds > 0 ? AdmittedRequests / Seconds / Run.Ceiling * 100 : 0;

    public static async Task<FanoutResult> MeasureAsync(FanoutSettings run, BenchmarkDatabase database, ConnectorSimulator simulator, Guid messageId, ISet<string> blocked)
    {
        var perConversation = simulator.AcceptedPerConversation;
        int delivered = 0, lost = 0, duplicates = 0;
        for (var i = 0; i < run.Recipients; i++)
        {
            var member = FanoutRecipients.TeamsUserId(i);
            var copies = perConversation.TryGetValue(ConnectorSimulatorOptions.ConversationIdFor(member), out var n) ? n : 0;
            delivered += copies > 0 ? 1 : 0;
            duplicates += Math.Max(0, copies - 1);
            lost += copies == 0 && !blocked.Contains(member) ? 1 : 0;
        }

        await using var db = database.CreateContext();
        var deliveries = db.Deliveries.AsNoTracking().Where(d => d.OutboundMessageId == messageId);
        var ambiguous = await deliveries.CountAsync(d => d.AmbiguousAt != null);
        var statuses = await deliveries.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var seconds = simulator.FirstAcceptedAt is { } first && simulator.LastAcceptedAt is { } last ? (last - first).TotalSeconds : 0;
        return new FanoutResult(run, delivered, lost, duplicates, ambiguous, seconds,
            simulator.Requests - simulator.Throttled, simulator.Throttled, simulator.FaultsInjected, statuses);
    }

    public string Detail(PeakMemory peak) => string.Create(CultureInfo.InvariantCulture,
        $"detail provider={Run.Provider} admitted_requests={AdmittedRequests} throttled_429={Throttled} injected_faults={Faults} " +
        $"delivered_per_ceiling={Rate / Run.Ceiling * 100:F1}% statuses={string.Join(',', Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}:{s.Value}"))} " +
        $"crash_after={Run.CrashAfter?.ToString(CultureInfo.InvariantCulture) ?? "-"} parent_rss_mb={peak.ParentBytes / 1048576.0:F0} sender_rss_mb={peak.WorkerBytes / 1048576.0:F0}");

    public string Line(PeakMemory peak) => string.Create(CultureInfo.InvariantCulture,
        $"fanout recipients={Run.Recipients} delivered={Delivered} lost={Lost} duplicates={Duplicates} ambiguous={Ambiguous} " +
        $"seconds={Seconds:F1} rate={Rate:F1} ceiling={Run.Ceiling} efficiency={Efficiency:F1}% peak_rss_mb={peak.PeakBytes / 1048576.0:F0}");
}
