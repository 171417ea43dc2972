using System.Net.Http.Headers;
using System.Text;
using ChampionBot.BotFramework.Hosting;
using ChampionBot.Testing.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChampionBot.BotFramework.Tests.Authentication;

/// <summary>A minimal bot (no handlers) on a TestServer, configured like the app: AddBotFramework + MapBotMessages.</summary>
internal sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, CapturedLogs logs)
    {
        _app = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    /// <summary>Builds, maps and starts the bot; a refusal to start (an options validation failure) is thrown from here.</summary>
    public static async Task<BotHost> StartAsync(
        IDictionary<string, string?> configuration, string environment = "Development", Action<IServiceCollection>? services = null)
    {
        var logs = new CapturedLogs();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.AddBotFramework(_ => { });
        services?.Invoke(builder.Services);
        var app = builder.Build();
        try
        {
            app.MapBotMessages();
            await app.StartAsync();
            return new BotHost(app, logs);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public static Task<BotHost> StartAsync(LocalTokenIssuer issuer) => StartAsync(issuer.BotConfiguration());

    public Task<HttpResponseMessage> PostMessageAsync(string? token, string serviceUrl = LocalTokenIssuer.DefaultServiceUrl, string channelId = "msteams") =>
        PostMessageWithHeaderAsync(token is null ? null : new AuthenticationHeaderValue("Bearer", token), serviceUrl, channelId);

    public async Task<HttpResponseMessage> PostMessageWithHeaderAsync(
        AuthenticationHeaderValue? authorization, string serviceUrl = LocalTokenIssuer.DefaultServiceUrl, string channelId = "msteams")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(MessageJson(serviceUrl, channelId), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = authorization;
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    private static string MessageJson(string serviceUrl, string channelId) => $$"""
        {
          "type": "message",
          "id": "1700000000001",
          "timestamp": "2026-11-25T17:00:00.000Z",
          "serviceUrl": "{{serviceUrl}}",
          "channelId": "{{channelId}}",
          "from": { "id": "29:1alex", "name": "Alex Wilber", "aadObjectId": "a1000000-0000-4000-8000-000000000001" },
          "conversation": { "id": "a:1personal", "conversationType": "personal", "tenantId": "{{LocalTokenIssuer.DefaultTenantId}}" },
          "recipient": { "id": "28:{{LocalTokenIssuer.DefaultAppId}}", "name": "ChampionBot" },
          "text": "hello",
          "textFormat": "plain",
          "locale": "en-US"
        }
        """;
}
