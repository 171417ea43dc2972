using ChampionBot.BotFramework.Hosting;
using ChampionBot.Graph.LocalGraph;
using Microsoft.Extensions.Options;

namespace ChampionBot.Graph;

public static class GraphExtensions
{
    /// <summary>
    /// Registers <see cref="GraphClient"/>: one typed HttpClient at <see cref="GraphEndpoint.BaseAddress"/>, with the bot's
    /// one credential's token and the standard resilience handler (429 and 5xx retried with backoff, Retry-After
    /// honoured; every call is safe to repeat, an install answering 409 when it had landed). In local anonymous mode
    /// also the stand-in's directory (<see cref="MapLocalGraph"/> serves it).
    /// </summary>
    public static IHostApplicationBuilder AddGraph(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.BaseUrl) || IsAcceptableBaseUrl(o.BaseUrl),
                "Graph:BaseUrl must be an absolute https:// URL ending in the version, such as https://graph.microsoft.com/v1.0/ (http:// only for this machine).")
            .ValidateOnStart();
        services.AddSingleton<GraphEndpoint>();
        services.AddTransient<GraphTokenHandler>();
        services.AddHttpClient<GraphClient>((provider, http) => http.BaseAddress = provider.GetRequiredService<GraphEndpoint>().BaseAddress)
            .AddHttpMessageHandler<GraphTokenHandler>()
            .AddStandardResilienceHandler();
        services.AddSingleton<ILocalDirectory, SeedDirectory>();
        services.AddSingleton<LocalInstalls>();
        services.AddHostedService<GraphStartupLog>();
        return builder;
    }

    /// <summary>Maps the local Graph stand-in, in local anonymous mode only; elsewhere nothing.</summary>
    public static IEndpointRouteBuilder MapLocalGraph(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value.IsAnonymous)
        {
            LocalGraphEndpoints.MapLocalGraph(endpoints);
        }

        return endpoints;
    }

    private static bool IsAcceptableBaseUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}

/// <summary>Says at start which Graph the bot uses, so nobody mistakes the stand-in for a tenant (or the reverse).</summary>
internal sealed partial class GraphStartupLog(GraphEndpoint endpoint, IHostApplicationLifetime lifetime, ILogger<GraphStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            if (endpoint.IsLocalStandIn)
            {
                LogLocal(logger, endpoint.BaseAddress.AbsoluteUri);
            }
            else
            {
                LogGraph(logger, endpoint.BaseAddress.AbsoluteUri);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 6010, Level = LogLevel.Information,
        Message = "Microsoft Graph: the built-in local stand-in at {BaseUrl} (the demo organisation from seeds/, in Graph's wire format)")]
    private static partial void LogLocal(ILogger logger, string baseUrl);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Information, Message = "Microsoft Graph: {BaseUrl}, signed in with the bot's credential")]
    private static partial void LogGraph(ILogger logger, string baseUrl);
}
