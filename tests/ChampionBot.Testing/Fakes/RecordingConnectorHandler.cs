using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using ChampionBot.Testing.Cards;

namespace ChampionBot.Testing.Fakes;

/// <summary>One request the bot made to the Bot Connector.</summary>
public sealed record ConnectorCall(HttpMethod Method, string Path, JsonElement? Body, string? Authorization)
{
    /// <summary>The adaptive card in the activity, if the call carried one.</summary>
    public JsonElement? Card =>
        Body is { ValueKind: JsonValueKind.Object } body
        && body.TryGetProperty("attachments", out var attachments)
        && attachments.ValueKind == JsonValueKind.Array
        && attachments.GetArrayLength() > 0
        && attachments[0].TryGetProperty("content", out var content)
            ? content
            : null;

    public string? Text => Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("text", out var t) ? t.GetString() : null;

    /// <summary>The card's JSON text, for checking its structure.</summary>
    public string CardJson => Card?.GetRawText() ?? string.Empty;

    /// <summary>Everything the card says (texts, titles, fact values, choices), one string per line, for searching.</summary>
    public string CardText => Card is { } card ? CardReader.TextOf(card) : string.Empty;
}

/// <summary>
/// Stands in for the Bot Connector at the HTTP handler level: records every call and answers like the real service
/// (an id for sends, a conversation id for create-conversation, an empty roster page).
/// </summary>
public sealed class RecordingConnectorHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private int _nextId;

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    public Func<HttpRequestMessage, HttpResponseMessage?>? Override { get; set; }

    public void Clear() => _calls.Clear();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        JsonElement? body = null;
        if (request.Content is not null)
        {
            var text = await request.Content.ReadAsStringAsync(cancellationToken);
            if (text.Length > 0)
            {
                body = JsonDocument.Parse(text).RootElement.Clone();
            }
        }

        _calls.Enqueue(new ConnectorCall(request.Method, request.RequestUri!.AbsolutePath, body, request.Headers.Authorization?.ToString()));
        if (Override?.Invoke(request) is { } overridden)
        {
            return overridden;
        }

        var id = Interlocked.Increment(ref _nextId);
        var path = request.RequestUri.AbsolutePath;
        var json = request.Method == HttpMethod.Post && path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? $$"""{"id":"conversation-{{id}}","activityId":"activity-{{id}}"}"""
            : path.Contains("/pagedmembers", StringComparison.Ordinal)
                ? """{"members":[]}"""
                : $$"""{"id":"activity-{{id}}"}""";
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
