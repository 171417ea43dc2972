using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Delivery.Progress;
using ChampionBot.Delivery.Sending;
using ChampionBot.Delivery.Storage;
using ChampionBot.Tests.Support;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Delivery;

/// <summary>
/// Delivery on the app host: a scripted connector (in memory, answers scripted per call) instead of the recorded HTTP
/// one, generous rate limits and no quiet hours unless a test sets them; tests drive the pump step by step.
/// </summary>
internal static class DeliveryTesting
{
    public const string ServiceUrl = "https://smba.example.test/amer/";
    public const string TenantId = "tenant-1";

    public static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The app on <paramref name="database"/> (which it owns) with a scripted connector; skips when the provider is missing here.</summary>
    public static async Task<AppHost> StartAsync(TestDatabase database, Action<DeliveryOptions>? configure = null, DateTimeOffset? now = null) =>
        await StartAsync(database, new FakeTimeProvider(now ?? Start), configure);

    public static async Task<AppHost> StartAsync(TestDatabase database, FakeTimeProvider clock, Action<DeliveryOptions>? configure = null)
    {
        var host = await AppHost.StartAsync(database, clock);
        var connector = new ScriptedConnector(host.Clock);
        host.WithServices(services =>
        {
            services.AddKeyedSingleton<IConnectorClient>(DeliveryExtensions.ConnectorKey, connector);
            services.Configure<DeliveryOptions>(options =>
            {
                options.TenantRequestsPerSecond = 1000;
                options.TenantBurst = 1000;
                options.MaxConcurrentSends = 4;
                options.BatchSize = 10;
                options.QuietHours.Enabled = false;
                configure?.Invoke(options);
            });
        });
        _ = host.Services; // starts the app (migrations included) before the test enqueues
        return host;
    }

    public static ScriptedConnector Scripted(this AppHost host) =>
        (ScriptedConnector)host.Services.GetRequiredKeyedService<IConnectorClient>(DeliveryExtensions.ConnectorKey);

    public static DeliveryPump Pump(this AppHost host) => host.Services.GetRequiredService<DeliveryPump>();

    public static DeliveryStore Store(this AppHost host) => host.Services.GetRequiredService<DeliveryStore>();

    public static ProgressReporter Progress(this AppHost host) => host.Services.GetRequiredService<ProgressReporter>();

    public static OutboundRecipient Person(int index, bool storedConversation = true, string? timeZone = null) => new(
        $"object-{index}", $"29:user-{index}", TenantId, ServiceUrl, storedConversation ? $"a:conv-{index}" : null, timeZone);

    public static Task<Guid> EnqueueAsync(this AppHost host, int people, ProgressConversation? progress = null) =>
        host.Outbox.EnqueueAsync(Request(Enumerable.Range(1, people).Select(i => Person(i)).ToList(), progress));

    public static OutboundRequest Request(IReadOnlyCollection<OutboundRecipient> recipients, ProgressConversation? progress = null) => new()
    {
        Kind = OutboundMessageKind.Announcement,
        RequestedBy = "owner-object-id",
        Activity = MessageFactory.Text("Hello champions"),
        Recipients = recipients,
        ProgressConversation = progress,
    };

    public static Task<List<MessageDelivery>> DeliveriesAsync(this AppHost host, Guid messageId) =>
        host.QueryAsync(db => db.Deliveries.AsNoTracking().Where(d => d.OutboundMessageId == messageId).OrderBy(d => d.Id).ToListAsync());

    public static Task<OutboundMessage> MessageAsync(this AppHost host, Guid messageId) =>
        host.QueryAsync(db => db.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == messageId));
}
