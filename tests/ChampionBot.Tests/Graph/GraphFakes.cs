using System.Net;
using System.Text;
using ChampionBot.BotFramework.Hosting;
using ChampionBot.Graph;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChampionBot.Tests.Graph;

/// <summary>Graph at the HTTP handler level: answers queued per request, every request recorded.</summary>
internal sealed class FakeGraphHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _answers = new();

    public List<HttpRequestMessage> Requests { get; } = [];

    public List<string?> Bodies { get; } = [];

    public FakeGraphHandler Then(HttpStatusCode status, string body = "{}", string mediaType = "application/json", TimeSpan? retryAfter = null)
    {
        _answers.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
            if (retryAfter is { } delay)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
            }

            return response;
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        Bodies.Add(request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken));
        var answer = _answers.Count > 0 ? _answers.Dequeue()(request) : new HttpResponseMessage(HttpStatusCode.InternalServerError);
        answer.RequestMessage = request;
        return answer;
    }
}

internal static class GraphFakes
{
    public const string BaseUrl = "https://graph.example/v1.0/";

    /// <summary>A client straight on the fake (no retries): for what the client itself does with each answer.</summary>
    public static GraphClient Direct(FakeGraphHandler handler, Microsoft.Extensions.Logging.ILogger<GraphClient>? logger = null) =>
        new(new HttpClient(handler) { BaseAddress = new Uri(BaseUrl) }, logger ?? NullLogger<GraphClient>.Instance);

    /// <summary>The client as the app registers it (token handler, standard resilience handler), over the fake.</summary>
    public static ServiceProvider Registered(FakeGraphHandler handler, TimeProvider time)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Graph:BaseUrl"] = BaseUrl });
        builder.Services.AddSingleton(time);
        builder.Services.AddOptions<BotOptions>();
        builder.Services.AddSingleton<IServer, NoServer>();
        builder.AddGraph();
        builder.Services.AddHttpClient<GraphClient>().ConfigurePrimaryHttpMessageHandler(() => handler);
        return builder.Services.BuildServiceProvider();
    }

    public static string Page(string? nextLink, params string[] upns) =>
        "{" + (nextLink is null ? string.Empty : $"\"@odata.nextLink\":\"{nextLink}\",") + "\"value\":["
        + string.Join(",", upns.Select(u =>
            $"{{\"reportRefreshDate\":\"2026-12-05\",\"userPrincipalName\":\"{u}\",\"displayName\":\"{u}\",\"lastActivityDate\":\"2026-12-04\","
            + "\"microsoftTeamsCopilotLastActivityDate\":\"2026-12-04\",\"wordCopilotLastActivityDate\":\"2026-11-20\",\"excelCopilotLastActivityDate\":\"\","
            + "\"powerPointCopilotLastActivityDate\":null,\"outlookCopilotLastActivityDate\":\"\",\"oneNoteCopilotLastActivityDate\":\"\","
            + "\"loopCopilotLastActivityDate\":\"\",\"copilotChatLastActivityDate\":\"2026-12-01\"}"))
        + "]}";

    private sealed class NoServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public void Dispose()
        {
        }

        public Task StartAsync<TContext>(Microsoft.AspNetCore.Hosting.Server.IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
