using System.Collections.Concurrent;
using System.Net;
using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.Tests.Delivery;

/// <summary>One connector call as the sender made it, stamped with the fake clock.</summary>
internal sealed record ConnectorCallRecord(string Kind, string ConversationId, string? ActivityId, DateTimeOffset At, int Attempt, Activity? Activity = null);

/// <summary>An in-memory Bot Connector whose answers a test scripts per call (throw a ConnectorException to fail it).</summary>
internal sealed class ScriptedConnector(TimeProvider time) : IConnectorClient
{
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private int _nextId;

    public ConcurrentQueue<ConnectorCallRecord> Calls { get; } = new();

    /// <summary>Returns the failure for a call, or null to accept it.</summary>
    public Func<ConnectorCallRecord, Exception?> Fail { get; set; } = _ => null;

    /// <summary>Runs after a call is accepted (e.g. to cancel a message half-way).</summary>
    public Func<ConnectorCallRecord, Task>? AfterAccepted { get; set; }

    public IEnumerable<ConnectorCallRecord> Sends => Calls.Where(c => c.Kind == "send");

    public static ConnectorException Status(HttpStatusCode status, TimeSpan? retryAfter = null) =>
        new(status, null, $"scripted {(int)status}", retryAfter);

    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        AnswerAsync("send", conversationId, null, () => new ResourceResponse { Id = "act-" + Interlocked.Increment(ref _nextId) }, activity);

    public Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        AnswerAsync("update", conversationId, activityId, () => new ResourceResponse { Id = activityId }, activity);

    public Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        AnswerAsync("delete", conversationId, activityId, () => true);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        var member = parameters.Members?.FirstOrDefault()?.Id ?? "nobody";
        return AnswerAsync("create", "new:" + member, null, () => new ConversationResourceResponse { Id = "conv-" + member });
    }

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new PagedMembersResult { Members = [] });

    private async Task<T> AnswerAsync<T>(string kind, string conversationId, string? activityId, Func<T> accept, Activity? activity = null)
    {
        var attempt = _attempts.AddOrUpdate(kind + "|" + conversationId, 1, (_, n) => n + 1);
        var call = new ConnectorCallRecord(kind, conversationId, activityId, time.GetUtcNow(), attempt, activity);
        Calls.Enqueue(call);
        if (Fail(call) is { } failure)
        {
            throw failure;
        }

        if (AfterAccepted is { } after)
        {
            await after(call);
        }

        return accept();
    }
}
