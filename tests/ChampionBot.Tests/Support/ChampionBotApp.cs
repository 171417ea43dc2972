using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChampionBot.BotFramework.Hosting;
using ChampionBot.Data;
using ChampionBot.Graph;
using ChampionBot.Testing.Databases;
using ChampionBot.Testing.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Support;

/// <summary>
/// The real app on a test server: real HTTP pipeline and handlers, the Bot Connector replaced at the HTTP handler level
/// by a recorder. Local anonymous mode unless a test configures Bot:AppId.
/// </summary>
public sealed class ChampionBotApp : WebApplicationFactory<Program>
{
    private readonly string _databaseFolder = Directory.CreateTempSubdirectory("championbot-test-").FullName;
    private readonly Dictionary<string, string?> _settings;

    /// <summary>The app on a database of its own: a fresh SQLite file, deleted on dispose.</summary>
    public ChampionBotApp()
    {
        _settings = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Bot:AppId"] = string.Empty,
            ["ChampionProgram:Owners:0"] = TestPeople.Owner.ObjectId,
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:ChampionBot"] = $"Data Source={Path.Combine(_databaseFolder, "championbot.db")}",
        };
    }

    /// <summary>The app on a test database (SQLite or PostgreSQL) that a test class fixture owns.</summary>
    public ChampionBotApp(TestDatabase database)
        : this()
    {
        foreach (var (key, value) in database.AppSettings)
        {
            _settings[key] = value;
        }
    }

    /// <summary>The folder of the app's own SQLite database (unused when a test database is given).</summary>
    public string DatabaseFolder => _databaseFolder;

    public RecordingConnectorHandler Connector { get; } = new();

    public ChampionBotApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => Connector));
            // Graph goes to this app itself, where local mode serves the Graph stand-in (there is no socket to call).
            services.AddHttpClient<GraphClient>().ConfigurePrimaryHttpMessageHandler(provider => new ThisServerHandler(provider));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_databaseFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the OS to clean.
            }
        }
    }

    public Task<HttpResponseMessage> PostActivityAsync(JsonNode activity, string? bearerToken = null) =>
        PostRawAsync(activity.ToJsonString(), bearerToken);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? bearerToken = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        var response = await client.SendAsync(request);

        // An invoke ran inline; its conversation reference is written behind, and tests read references from the database.
        await Services.GetRequiredService<ConversationReferenceStore>().FlushAsync(CancellationToken.None);
        return response;
    }

    /// <summary>Posts an activity and waits until the bot has finished handling everything queued.</summary>
    public async Task<HttpResponseMessage> SendAndSettleAsync(JsonNode activity)
    {
        var response = await PostActivityAsync(activity);
        await Services.GetRequiredService<TurnQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return response;
    }
}

/// <summary>Sends to the app's own test server, found on first use (a client may be built before the server has started).</summary>
internal sealed class ThisServerHandler(IServiceProvider provider) : HttpMessageHandler
{
    private HttpMessageInvoker? _server;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _server ??= new HttpMessageInvoker(((TestServer)provider.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()).CreateHandler());
        return _server.SendAsync(request, cancellationToken);
    }
}
