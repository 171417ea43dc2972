using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChampionBot.Testing.ConnectorSimulator;

/// <summary>
/// A local Bot Connector on 127.0.0.1 (Kestrel, random port) for tests and benchmarks: create conversation (a stable
/// id per member), send, update, delete and pagedmembers. It enforces the tenant ceiling and per-conversation
/// limits with 429 + Retry-After, injects transient faults, answers 403/404 for blocked members and missing chats,
/// and records every accepted activity so lost and duplicate deliveries can be counted.
/// </summary>
public sealed class ConnectorSimulator : IAsyncDisposable
{
    private static readonly int[] TransientStatuses = [412, 502, 503, 504];
    private readonly WebApplication _app;
    private readonly ConnectorSimulatorOptions _options;
    private readonly SimulatorLimits _limits;
    private readonly Random _random;
    private readonly ConcurrentDictionary<string, int> _acceptedPerConversation = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SimulatedActivity> _sent = new();
    private readonly ConcurrentQueue<SimulatedActivity> _updated = new();
    private readonly ConcurrentQueue<string> _deleted = new();
    private long _requests;
    private long _throttled;
    private long _faults;
    private long _accepted;
    private long _nextActivityId;

    private ConnectorSimulator(WebApplication app, ConnectorSimulatorOptions options)
    {
        _app = app;
        _options = options;
        _limits = new SimulatorLimits(options);
        _random = new Random(options.Seed);
    }

    /// <summary>The service URL to give the bot, ending with a slash.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public ConnectorSimulatorOptions Options => _options;

    /// <summary>Every request received, including throttled and failed ones.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    public long Throttled => Interlocked.Read(ref _throttled);

    public long FaultsInjected => Interlocked.Read(ref _faults);

    /// <summary>Activities accepted by send (not updates).</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>Accepted sends per conversation: more than one for the same message is a duplicate.</summary>
    public IReadOnlyDictionary<string, int> AcceptedPerConversation => _acceptedPerConversation;

    public IReadOnlyCollection<SimulatedActivity> Sent => _sent;

    public IReadOnlyCollection<SimulatedActivity> Updated => _updated;

    /// <summary>Activity ids deleted.</summary>
    public IReadOnlyCollection<string> Deleted => _deleted;

    /// <summary>When the first and the latest activity were accepted (UTC).</summary>
    public DateTimeOffset? FirstAcceptedAt { get; private set; }

    public DateTimeOffset? LastAcceptedAt { get; private set; }

    public static async Task<ConnectorSimulator> StartAsync(ConnectorSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxConcurrentConnections = null);
        var app = builder.Build();
        var simulator = new ConnectorSimulator(app, options ?? new ConnectorSimulatorOptions());
        simulator.Map(app);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        simulator.ServiceUrl = address.TrimEnd('/') + "/";
        return simulator;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/v3/conversations", (Delegate)CreateConversationAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", SendAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", SendAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", UpdateAsync);
        app.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", DeleteAsync);
        app.MapGet("/v3/conversations/{conversationId}/pagedmembers", PagedMembers);
    }

    private async Task<IResult> CreateConversationAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        var member = body?["members"]?[0]?["id"]?.GetValue<string>();
        var tenant = body?["tenantId"]?.GetValue<string>() ?? body?["channelData"]?["tenant"]?["id"]?.GetValue<string>();
        if (await RefuseAsync(context, conversationId: null).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrEmpty(tenant))
        {
            return Error(HttpStatusCode.BadRequest, "BadArgument", "Could not parse tenant id");
        }

        if (string.IsNullOrEmpty(member))
        {
            return Error(HttpStatusCode.BadRequest, "BadArgument", "members is required");
        }

        return _options.BlockedMembers.Contains(member)
            ? Error(HttpStatusCode.Forbidden, "MessageWritesBlocked", "The bot is blocked by the user.")
            : Results.Json(new JsonObject { ["id"] = ConnectorSimulatorOptions.ConversationIdFor(member) });
    }

    private async Task<IResult> SendAsync(HttpContext context, string conversationId)
    {
        var json = await ReadBodyAsync(context).ConfigureAwait(false);
        if (await RefuseAsync(context, conversationId).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        if (Final(conversationId) is { } final)
        {
            return final;
        }

        var id = "act-" + Interlocked.Increment(ref _nextActivityId);
        _acceptedPerConversation.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
        _sent.Enqueue(new SimulatedActivity(conversationId, id, json));
        var now = _options.Time.GetUtcNow();
        lock (_sent)
        {
            FirstAcceptedAt ??= now;
            LastAcceptedAt = now;
        }

        Interlocked.Increment(ref _accepted);
        return Results.Json(new JsonObject { ["id"] = id });
    }

    private async Task<IResult> UpdateAsync(HttpContext context, string conversationId, string activityId)
    {
        var json = await ReadBodyAsync(context).ConfigureAwait(false);
        if (await RefuseAsync(context, conversationId).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        if (Final(conversationId) is { } final)
        {
            return final;
        }

        _updated.Enqueue(new SimulatedActivity(conversationId, activityId, json));
        return Results.Json(new JsonObject { ["id"] = activityId });
    }

    private async Task<IResult> DeleteAsync(HttpContext context, string conversationId, string activityId)
    {
        if (await RefuseAsync(context, conversationId: null).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        if (Final(conversationId) is { } final)
        {
            return final;
        }

        _deleted.Enqueue(activityId);
        return Results.Ok();
    }

    private IResult PagedMembers(string conversationId, int? pageSize, string? continuationToken)
    {
        Interlocked.Increment(ref _requests);
        var start = int.TryParse(continuationToken, out var s) ? s : 0;
        var size = Math.Clamp(pageSize ?? 100, 1, 500);
        var page = _options.Members.Skip(start).Take(size)
            .Select(m => new JsonObject { ["id"] = m.Id, ["name"] = m.Name, ["aadObjectId"] = m.AadObjectId })
            .ToArray<JsonNode?>();
        var next = start + size < _options.Members.Count ? (start + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Results.Json(new JsonObject { ["members"] = new JsonArray(page), ["continuationToken"] = next });
    }

    /// <summary>429 for a limit, or an injected transient failure; null when the request may proceed.</summary>
    private async Task<IResult?> RefuseAsync(HttpContext context, string? conversationId)
    {
        Interlocked.Increment(ref _requests);
        if (!_limits.TryTakeTenant() || (conversationId is not null && !_limits.TryTakeConversation(conversationId)))
        {
            Interlocked.Increment(ref _throttled);
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(_options.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Error(HttpStatusCode.TooManyRequests, "Throttled", "Too many requests.");
        }

        double roll;
        lock (_random)
        {
            roll = _random.NextDouble();
        }

        if (roll >= _options.FaultRate)
        {
            return null;
        }

        Interlocked.Increment(ref _faults);
        var pick = (int)(roll / _options.FaultRate * (TransientStatuses.Length + 1));
        if (pick >= TransientStatuses.Length)
        {
            // A timeout: nothing is accepted; the connection is dropped after the client has given up.
            await Task.Delay(_options.TimeoutHold, CancellationToken.None).ConfigureAwait(false);
            context.Abort();
            return Results.Empty;
        }

        return Error((HttpStatusCode)TransientStatuses[pick], "ServiceError", "Injected transient failure.");
    }

    private IResult? Final(string conversationId)
    {
        if (_options.MissingConversations.Contains(conversationId))
        {
            return Error(HttpStatusCode.NotFound, "ConversationNotFound", "Conversation not found.");
        }

        return ConnectorSimulatorOptions.MemberOf(conversationId) is { } member && _options.BlockedMembers.Contains(member)
            ? Error(HttpStatusCode.Forbidden, "MessageWritesBlocked", "The bot is blocked by the user.")
            : null;
    }

    private async Task<string?> ReadBodyAsync(HttpContext context)
    {
        if (!_options.RecordBodies)
        {
            return null;
        }

        using var reader = new StreamReader(context.Request.Body);
        return await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static IResult Error(HttpStatusCode status, string code, string message) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: (int)status);
}
