using ChampionBot.Graph;
using ChampionBot.Testing.Databases;
using ChampionBot.Testing.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Support;

/// <summary>
/// The real app for tests: the real HTTP pipeline and services on a fake clock, the Bot Connector replaced at the HTTP
/// handler level by a recorder, and the background scheduler and sender switched off (tests run them with
/// <see cref="RunSchedulerAsync"/> and <see cref="SendDueAsync"/>). Local anonymous mode unless a test sets Bot:AppId.
/// Helpers are in the other AppHost.*.cs files; the README of this project lists them.
/// </summary>
public sealed partial class AppHost : WebApplicationFactory<Program>
{
    /// <summary>Wednesday 10:00 in New York: the clock of <see cref="StartAsync{TDatabase}"/> unless a test gives one.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    private readonly string _databaseFolder = Directory.CreateTempSubdirectory("championbot-test-").FullName;
    private readonly Dictionary<string, string?> _settings;
    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly TestDatabase? _database;
    private bool _ownsDatabase;

    /// <summary>
    /// The app on <paramref name="database"/> (a class fixture's, shared by the class's tests), or on a fresh SQLite
    /// file of its own when none is given. The clock starts at <paramref name="start"/>, else at the real time now.
    /// </summary>
    public AppHost(TestDatabase? database = null, DateTimeOffset? start = null)
        : this(database, new FakeTimeProvider(start ?? TimeProvider.System.GetUtcNow()))
    {
    }

    /// <summary>The app on <paramref name="database"/> with a clock of the test's own (e.g. one that reports its waits).</summary>
    public AppHost(TestDatabase? database, FakeTimeProvider clock)
    {
        _database = database;
        Clock = clock;
        _settings = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Bot:AppId"] = string.Empty,
            ["ChampionProgram:Owners:0"] = TestPeople.Owner.ObjectId,
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:ChampionBot"] = $"Data Source={Path.Combine(_databaseFolder, "championbot.db")}",
            ["Scheduler:Enabled"] = "false",
            ["Delivery:SenderEnabled"] = "false",
            // The maturity pulse would ask everyone enrolled, and the digest write to owners, whenever a test runs the scheduler: their own tests turn them on.
            ["MaturityPulse:Enabled"] = "false",
            ["Outcomes:Digest:Enabled"] = "false",
            // The demo's past results would make enrolled test people nominees and add archived challenges: their own tests seed them.
            ["Storage:SeedDemoResults"] = "false",
        };
        foreach (var (key, value) in database?.AppSettings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The app's clock: tests move it with <c>Clock.Advance</c> or <c>Clock.SetUtcNow</c>.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Every call the app made to the Bot Connector.</summary>
    public RecordingConnectorHandler Connector { get; } = new();

    /// <summary>The log lines the app wrote.</summary>
    public ListLoggerProvider Logs { get; } = new();

    /// <summary>The folder of the app's own SQLite database (unused when a test database is given).</summary>
    public string DatabaseFolder => _databaseFolder;

    /// <summary>
    /// The app on a fresh database of its own, deleted on dispose (tests never share state); the test reports Skipped
    /// when the provider is missing here (PostgreSQL off CI).
    /// </summary>
    public static async Task<AppHost> StartAsync<TDatabase>(DateTimeOffset? start = null)
        where TDatabase : TestDatabase, new() => await StartAsync(new TDatabase(), start);

    /// <summary>The app on <paramref name="database"/>, which it initialises and disposes of.</summary>
    public static async Task<AppHost> StartAsync(TestDatabase database, DateTimeOffset? start = null) =>
        await StartAsync(database, new FakeTimeProvider(start ?? DefaultStart));

    public static async Task<AppHost> StartAsync(TestDatabase database, FakeTimeProvider clock)
    {
        await database.InitializeAsync();
        database.SkipUnlessAvailable();
        return new AppHost(database, clock) { _ownsDatabase = true };
    }

    /// <summary>False on SQLite, which admits one process per file (SqliteFileLock): several instances need PostgreSQL.</summary>
    public bool CanStartSecondInstance => _database is not null and not SqliteTestDatabase;

    /// <summary>A second app instance (its own services, clock and connector) on the same PostgreSQL database.</summary>
    public AppHost SecondInstance() => CanStartSecondInstance
        ? new AppHost(_database, Clock.GetUtcNow())
        : throw new InvalidOperationException("SQLite admits one app per database file; run several instances on PostgreSQL.");

    /// <summary>Sets a configuration value before the app starts (e.g. <c>With("Scheduler:Enabled", "true")</c>).</summary>
    public AppHost With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Replaces or configures services before the app starts (after the app's own registrations).</summary>
    public AppHost WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => Connector));
            // Graph goes to this app itself, where local mode serves the Graph stand-in (there is no socket to call).
            services.AddHttpClient<GraphClient>().ConfigurePrimaryHttpMessageHandler(provider => new ThisServerHandler(provider));
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase && _database is not null)
        {
            await _database.DisposeAsync();
        }
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
