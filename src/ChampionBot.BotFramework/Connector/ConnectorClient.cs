using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Connector;

/// <summary>
/// Talks to the Bot Connector over HTTP. Every path segment is escaped; the token and retries come from the
/// HttpClient's handlers (see <see cref="BotTokenHandler"/> and the registration in <c>AddBotFramework</c>).
/// </summary>
public sealed class ConnectorClient(HttpClient http) : IConnectorClient
{
    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity,
            BotJsonContext.Default.Activity, BotJsonContext.Default.ResourceResponse, cancellationToken);

    public Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity,
            BotJsonContext.Default.Activity, BotJsonContext.Default.ResourceResponse, cancellationToken);

    public Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        activity.Id = activityId;
        return SendJsonAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity,
            BotJsonContext.Default.Activity, BotJsonContext.Default.ResourceResponse, cancellationToken);
    }

    public async Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, Resolve(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}"));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters,
            BotJsonContext.Default.ConversationParameters, BotJsonContext.Default.ConversationResourceResponse, cancellationToken);

    public async Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        var query = $"?pageSize={Math.Clamp(pageSize, 1, 500)}";
        if (!string.IsNullOrEmpty(continuationToken))
        {
            query += $"&continuationToken={Uri.EscapeDataString(continuationToken)}";
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, Resolve(serviceUrl, $"v3/conversations/{Escape(conversationId)}/pagedmembers{query}"));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, BotJsonContext.Default.PagedMembersResult, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TResponse> SendJsonAsync<TRequest, TResponse>(
        HttpMethod method, string serviceUrl, string path, TRequest body,
        JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : new()
    {
        using var request = new HttpRequestMessage(method, Resolve(serviceUrl, path))
        {
            Content = JsonContent.Create(body, requestType),
        };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, responseType, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : new()
    {
        if (response.Content.Headers.ContentLength == 0 || response.StatusCode == HttpStatusCode.NoContent)
        {
            return new T();
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false) ?? new T();
        }
        catch (JsonException)
        {
            return new T();
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        string? code = null;
        var message = $"The Bot Connector answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        try
        {
            var error = await response.Content.ReadFromJsonAsync(BotJsonContext.Default.ErrorResponse, cancellationToken).ConfigureAwait(false);
            code = error?.Error?.Code;
            if (!string.IsNullOrEmpty(error?.Error?.Message))
            {
                message += " " + error.Error.Message;
            }
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            // The body is not the documented error shape; the status code is what matters.
        }

        throw new ConnectorException(response.StatusCode, code, message, RetryAfter.From(response));
    }

    internal static Uri Resolve(string serviceUrl, string relativePath)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{serviceUrl}' is not an absolute http(s) service URL.", nameof(serviceUrl));
        }

        var root = baseUri.AbsoluteUri.EndsWith('/') ? baseUri.AbsoluteUri : baseUri.AbsoluteUri + "/";
        return new Uri(root + relativePath);
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
