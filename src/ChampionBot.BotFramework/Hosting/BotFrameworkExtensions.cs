using System.Net;
using Azure.Core;
using ChampionBot.BotFramework.Authentication;
using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ChampionBot.BotFramework.Hosting;

public static class BotFrameworkExtensions
{
    /// <summary>The named HttpClient without retries, for senders that keep their own per-message retry state.</summary>
    public const string UnretriedConnectorClient = "BotConnector.Unretried";

    /// <summary>Registers the protocol layer: options, inbound auth, the router, the turn queue and the connector client.</summary>
    public static IHostApplicationBuilder AddBotFramework(this IHostApplicationBuilder builder, Action<ActivityRouter> configureRouter)
    {
        var section = builder.Configuration.GetSection(BotOptions.SectionName);
        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var bot = section.Get<BotOptions>() ?? new BotOptions();

        builder.Services.AddBotAuthentication(bot);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TrustedServiceUrls>();
        builder.Services.AddHostedService<TrustedServiceUrlsLoader>();
        // The one credential of the bot (connector, PostgreSQL, Graph), registered only when there is one: consumers take
        // an optional TokenCredential, so local anonymous mode simply has none.
        if (!bot.IsAnonymous && bot.HasCredential)
        {
            builder.Services.AddSingleton<TokenCredential>(provider =>
                BotCredential.Create(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotOptions>>().Value)!);
        }

        builder.Services.AddSingleton<BotTokenProvider>();
        builder.Services.AddTransient<BotTokenHandler>();
        builder.Services.AddTransient<RetryAfterCapHandler>();
        builder.Services.AddSingleton(_ =>
        {
            var router = new ActivityRouter();
            configureRouter(router);
            return router;
        });
        builder.Services.AddSingleton<TurnQueue>();
        builder.Services.AddSingleton<TurnRunner>();
        builder.Services.AddSingleton<BotEndpoint>();
        builder.Services.AddHostedService<TurnProcessor>();

        var connector = builder.Services.AddHttpClient<IConnectorClient, ConnectorClient>()
            .AddHttpMessageHandler<BotTokenHandler>();
        connector.AddResilienceHandler("connector", ConfigureConnectorResilience);
        connector.AddHttpMessageHandler<RetryAfterCapHandler>();
        builder.Services.AddHttpClient(UnretriedConnectorClient)
            .AddHttpMessageHandler<BotTokenHandler>()
            .AddHttpMessageHandler<RetryAfterCapHandler>();
        return builder;
    }

    /// <summary>Maps <c>POST /api/messages</c>, protected by the channel token policy unless in local anonymous mode.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        var endpoint = endpoints.MapPost(pattern, (HttpContext context, BotEndpoint bot) => bot.HandleAsync(context));
        var bot = endpoints.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotOptions>>().Value;
        if (!bot.IsAnonymous)
        {
            endpoint.RequireAuthorization(BotAuthentication.PolicyName);
        }

        return endpoint.DisableAntiforgery();
    }

    /// <summary>
    /// Retries 429 for every request (nothing was processed) honouring Retry-After (already capped by
    /// <see cref="RetryAfterCapHandler"/>, the inner handler), and transient failures only for
    /// requests that are safe to repeat; a POST that may have landed is never sent twice.
    /// </summary>
    private static void ConfigureConnectorResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
    {
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            MaxDelay = TimeSpan.FromSeconds(30),
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
        });
        pipeline.AddTimeout(TimeSpan.FromSeconds(30));
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is { } response)
        {
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return true;
            }

            var idempotent = response.RequestMessage?.Method != HttpMethod.Post;
            return idempotent && response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
        }

        return false;
    }
}
