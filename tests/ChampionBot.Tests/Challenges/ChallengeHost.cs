using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChampionBot.BotFramework.Hosting;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Scheduling;
using ChampionBot.Tests.Support;
using ChampionBot.Testing.Databases;
using ChampionBot.Testing.Fakes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Challenges;

/// <summary>
/// The real app on a test database with a fake clock, the background scheduler and sender switched off (tests run the
/// scheduler's poll themselves and read the outbox tables), and helpers for Teams-shaped messages and card actions.
/// </summary>
public sealed class ChallengeHost : IAsyncDisposable
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero); // Wed 10:00 in New York

    private readonly ChampionBotApp _app;
    private readonly WebApplicationFactory<Program> _factory;
    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;

    private ChallengeHost(TestDatabase database, DateTimeOffset start, bool ownsDatabase)
    {
        (_database, _ownsDatabase) = (database, ownsDatabase);
        Clock = new FakeTimeProvider(start);
        _app = new ChampionBotApp(database);
        _app.With("Scheduler:Enabled", "false").With("Delivery:SenderEnabled", "false");
        _factory = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
    }

    public FakeTimeProvider Clock { get; }

    public RecordingConnectorHandler Connector => _app.Connector;

    public IServiceProvider Services => _factory.Services;

    /// <summary>The app on a fresh database of its own (tests never share state); the test skips when the provider is missing here.</summary>
    public static async Task<ChallengeHost> StartAsync<TDatabase>(DateTimeOffset? start = null)
        where TDatabase : TestDatabase, new()
    {
        var database = new TDatabase();
        await database.InitializeAsync();
        database.SkipUnlessAvailable();

        return new ChallengeHost(database, start ?? DefaultStart, ownsDatabase: true);
    }

    /// <summary>False on SQLite, which admits one process per file (SqliteFileLock): several instances need PostgreSQL.</summary>
    public bool CanStartSecondInstance => _database is not SqliteTestDatabase;

    /// <summary>A second app instance (its own service provider, scheduler and connector) on the same PostgreSQL database.</summary>
    public ChallengeHost SecondInstance() => CanStartSecondInstance
        ? new(_database, Clock.GetUtcNow(), ownsDatabase: false)
        : throw new InvalidOperationException("SQLite admits one app per database file; run several instances on PostgreSQL.");

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        if (_ownsDatabase)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>The hidden data of the card's Action.Execute with <paramref name="verb"/>, as the client would send it back.</summary>
    public static string ExecuteData(JsonElement card, string verb) =>
        card.GetProperty("actions").EnumerateArray()
            .First(a => a.GetProperty("type").GetString() == "Action.Execute" && a.GetProperty("verb").GetString() == verb)
            .GetProperty("data").GetRawText();

    /// <summary>Every string in a card (texts, titles, values), one per line, unescaped, for searching.</summary>
    public static string Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Object => string.Join('\n', element.EnumerateObject().Select(p => Texts(p.Value))),
        JsonValueKind.Array => string.Join('\n', element.EnumerateArray().Select(Texts)),
        _ => element.GetRawText(),
    };

    public async Task SendAsync(JsonObject activity)
    {
        using var client = _factory.CreateClient();
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        await Services.GetRequiredService<TurnQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

        // References are written behind; proactive sends (and tests) read them from the database.
        await Services.GetRequiredService<ConversationReferenceStore>().FlushAsync(CancellationToken.None);
    }

    /// <summary>Sends a text command from a person in their own 1:1 chat and returns the bot's answers to it.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> SayAsync(string text, TestPerson person)
    {
        var before = Connector.Calls.Count;
        await SendAsync(TestActivities.PersonalMessage(text, person).InConversation(PersonalConversation(person)));
        return [.. Connector.Calls.Skip(before)];
    }

    public static string PersonalConversation(TestPerson person) => "a:1personal-" + person.ObjectId;

    /// <summary>An Action.Execute invoke from a card in the person's 1:1 chat; returns the invoke response's value and type.</summary>
    public async Task<(string Type, JsonElement Value)> InvokeAsync(string verb, JsonObject data, TestPerson person)
    {
        var activity = TestActivities.Load("invoke-adaptive-card-action").From(person).InConversation(PersonalConversation(person));
        activity["value"]!["action"]!["verb"] = verb;
        activity["value"]!["action"]!["data"] = data.DeepClone();
        using var client = _factory.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("type").GetString()!, body.GetProperty("value"));
    }

    public async Task<T> DbAsync<T>(Func<ChampionDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ChampionDbContext>());
    }

    public Task RunSchedulerAsync() => Services.GetRequiredService<SchedulerService>().RunAllOnceAsync(CancellationToken.None);

    public Task<ChampionProgram> ProgramAsync() => DbAsync(db => db.Programs.AsNoTracking().SingleAsync());

    /// <summary>Enrols the whole demo organisation in the demo program (as <c>enroll</c> would) and returns how many.</summary>
    public Task<int> EnrolEveryoneAsync() => DbAsync(async db =>
    {
        var program = await db.Programs.SingleAsync();
        var now = Clock.GetUtcNow();
        // The roster gives every enrolled person a Teams user id, which the sender needs to open a 1:1 chat.
        return await db.Participants.ExecuteUpdateAsync(set => set
            .SetProperty(p => p.ProgramId, program.Id)
            .SetProperty(p => p.EnrolledAt, now)
            .SetProperty(p => p.TeamsUserId, p => p.TeamsUserId ?? "29:roster-" + p.ObjectId));
    });

    public Task SetProgramCadenceAsync(string cron, string timeZone) => DbAsync(async db =>
    {
        var program = await db.Programs.SingleAsync();
        program.CadenceCron = cron;
        program.TimeZoneId = timeZone;
        await db.SaveChangesAsync();
        return 0;
    });

    /// <summary>A valid draft for the demo program, written directly (authoring is tested through the card).</summary>
    public Task<Challenge> AddDraftAsync(string title, string role = "everyone") => DbAsync(async db =>
    {
        var program = await db.Programs.SingleAsync();
        var now = Clock.GetUtcNow();
        var challenge = new Challenge
        {
            Slug = "test-" + Guid.NewGuid().ToString("N")[..8],
            Title = title,
            Task = "The Monday status report: collecting updates from five people and writing one summary.",
            AudienceRole = role,
            Steps = "Open the status notes in Word (saved in OneDrive).\nAsk Copilot: \"Summarise these notes into wins, risks and asks, one line each\".\nCheck every risk against the notes before sending.",
            WhatGoodLooksLike = "Three sections, every item traceable to a note, ready to send in under 15 minutes.",
            BaselineMinutes = 60,
            FrequencyPerWeek = 1,
            RescueTip = "If the summary invents items, paste the notes into the prompt instead of referencing the file.",
            Status = ChallengeStatus.Draft,
            ProgramId = program.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync();
        return challenge;
    });

    public Task<Challenge> ChallengeAsync(int id) => DbAsync(db => db.Challenges.AsNoTracking().SingleAsync(c => c.Id == id));

    /// <summary>The channel threads the bot opened (create-conversation calls with isGroup).</summary>
    public IReadOnlyList<ConnectorCall> ChannelThreads() =>
        [.. Connector.Calls.Where(c => c.Method == HttpMethod.Post && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            && c.Body is { } body && body.TryGetProperty("isGroup", out var group) && group.ValueKind == JsonValueKind.True)];
}
