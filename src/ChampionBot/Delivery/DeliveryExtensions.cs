using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Hosting;
using ChampionBot.Data;
using ChampionBot.Delivery.Leadership;
using ChampionBot.Delivery.Progress;
using ChampionBot.Delivery.RateLimiting;
using ChampionBot.Delivery.Sending;
using ChampionBot.Delivery.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChampionBot.Delivery;

public static class DeliveryExtensions
{
    /// <summary>Key of the <see cref="IConnectorClient"/> the sender uses: no HTTP retries, because it keeps its own per delivery.</summary>
    public const string ConnectorKey = "Delivery";

    /// <summary>
    /// Registers the outbox (<see cref="IOutbox"/>), the rate limits, the sender and its hosted loop. Needs
    /// <c>AddChampionData()</c> and an <see cref="IContactPermissions"/> from the app; uses the <c>Bot</c> section for the
    /// bot id and the unretried connector client.
    /// </summary>
    public static IHostApplicationBuilder AddDelivery(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DeliveryOptions>()
            .BindConfiguration(DeliveryOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.LeaseDuration > o.RequestTimeout, "Delivery:LeaseDuration must be longer than Delivery:RequestTimeout.")
            .Validate(o => o.EffectiveConversationLimits.All(w => w.Requests > 0 && w.Window > TimeSpan.Zero), "Delivery:ConversationLimits need Requests > 0 and a Window.")
            .ValidateOnStart();
        services.AddOptions<BotOptions>();
        services.TryAddSingleton(TimeProvider.System);

        // Registering the name again is harmless when AddBotFramework already added its token handler to it.
        services.AddHttpClient(BotFrameworkExtensions.UnretriedConnectorClient);
        services.AddKeyedTransient<IConnectorClient>(ConnectorKey, (provider, _) =>
            new ConnectorClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient(BotFrameworkExtensions.UnretriedConnectorClient)));

        services.AddSingleton<TenantRateGate>();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddSingleton<QuietHours>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<MessageStore>();
        services.AddSingleton<MessageDescriptions>();
        services.AddSingleton<ContactCheck>();
        services.AddSingleton<OutcomeWriter>();
        services.AddSingleton<DeliverySender>();
        services.AddSingleton<DeliveryPump>();
        services.AddSingleton<ProgressReporter>();
        services.AddSingleton<IOutbox, Outbox>();
        services.AddSingleton<ISenderLeadership>(provider =>
            provider.GetRequiredService<StorageSettings>().Provider == StorageProvider.Postgres
                ? ActivatorUtilities.CreateInstance<PostgresLeadership>(provider)
                : new SingleProcessLeadership());
        services.AddHostedService<DeliveryWorker>();
        return builder;
    }

    internal static IOptions<DeliveryOptions> Wrap(DeliveryOptions options) => Options.Create(options);
}
