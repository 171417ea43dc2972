using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Delivery.Progress;
using ChampionBot.Delivery.Sending;
using ChampionBot.Delivery.Storage;
using ChampionBot.Features.Privacy;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Delivery;

/// <summary>
/// The app's own delivery registrations on a fresh database, with a fake clock and a scripted connector. The hosted
/// loop is not started: tests drive the pump step by step.
/// </summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    public const string ServiceUrl = "https://smba.example.test/amer/";
    public const string TenantId = "tenant-1";

    private readonly IHost _host;
    private readonly TestDatabase _database;

    private DeliveryHarness(IHost host, TestDatabase database, FakeTimeProvider time, ScriptedConnector connector)
    {
        _host = host;
        _database = database;
        Time = time;
        Connector = connector;
    }

    public FakeTimeProvider Time { get; }

    public ScriptedConnector Connector { get; }

    public IServiceProvider Services => _host.Services;

    public IOutbox Outbox => Services.GetRequiredService<IOutbox>();

    public DeliveryPump Pump => Services.GetRequiredService<DeliveryPump>();

    public DeliveryStore Store => Services.GetRequiredService<DeliveryStore>();

    public ProgressReporter Progress => Services.GetRequiredService<ProgressReporter>();

    /// <summary>Delivery on the given database; the test skips when the provider is missing here (PostgreSQL off CI).</summary>
    public static async Task<DeliveryHarness> StartAsync(TestDatabase database, Action<DeliveryOptions>? configure = null, DateTimeOffset? now = null)
    {
        await database.InitializeAsync();
        database.SkipUnlessAvailable();

        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var connector = new ScriptedConnector(time);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(database.AppSettings);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.AddChampionData();
        builder.AddDelivery();
        builder.Services.AddSingleton<IContactPermissions, ContactPermissions>();
        builder.Services.AddKeyedSingleton<IConnectorClient>(DeliveryExtensions.ConnectorKey, connector);
        builder.Services.Configure<DeliveryOptions>(options =>
        {
            options.TenantRequestsPerSecond = 1000;
            options.TenantBurst = 1000;
            options.MaxConcurrentSends = 4;
            options.BatchSize = 10;
            options.QuietHours.Enabled = false;
            configure?.Invoke(options);
        });
        var host = builder.Build();
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<ChampionDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        return new DeliveryHarness(host, database, time, connector);
    }

    public static OutboundRecipient Person(int index, bool storedConversation = true, string? timeZone = null) => new(
        $"object-{index}", $"29:user-{index}", TenantId, ServiceUrl, storedConversation ? $"a:conv-{index}" : null, timeZone);

    public Task<Guid> EnqueueAsync(int people, ProgressConversation? progress = null) =>
        Outbox.EnqueueAsync(Request(Enumerable.Range(1, people).Select(i => Person(i)).ToList(), progress));

    public static OutboundRequest Request(IReadOnlyCollection<OutboundRecipient> recipients, ProgressConversation? progress = null) => new()
    {
        Kind = OutboundMessageKind.Announcement,
        RequestedBy = "owner-object-id",
        Activity = MessageFactory.Text("Hello champions"),
        Recipients = recipients,
        ProgressConversation = progress,
    };

    public Task<int> SendDueAsync(string sender = "test-sender") => Pump.SendDueAsync(sender, CancellationToken.None);

    public async Task<List<MessageDelivery>> DeliveriesAsync(Guid messageId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ChampionDbContext>>().CreateDbContextAsync();
        return await db.Deliveries.AsNoTracking().Where(d => d.OutboundMessageId == messageId).OrderBy(d => d.Id).ToListAsync();
    }

    /// <summary>Adds rows the way another part of the app would, in its own context.</summary>
    public async Task DbAsync(Action<ChampionDbContext> change)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ChampionDbContext>>().CreateDbContextAsync();
        change(db);
        await db.SaveChangesAsync();
    }

    public async Task<OutboundMessage> MessageAsync(Guid messageId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ChampionDbContext>>().CreateDbContextAsync();
        return await db.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == messageId);
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await _database.DisposeAsync();
    }
}
