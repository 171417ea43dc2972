using System.Net.Http.Headers;
using ChampionBot.BotFramework.Hosting;
using Microsoft.Extensions.Options;

namespace ChampionBot.BotFramework.Connector;

/// <summary>
/// Shortens a Connector's <c>Retry-After</c> to <see cref="BotOptions.MaxRetryAfter"/> before anything reads it (the
/// retry handler, <see cref="ConnectorException"/> and the senders that pause on it), so that one answer asking for an
/// hour, or a date far in the future, cannot stall sending for that long.
/// </summary>
public sealed class RetryAfterCapHandler(IOptions<BotOptions> options, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Headers.RetryAfter is { } header
            && RetryAfter.Capped(header, response.Headers.Date, time.GetUtcNow(), options.Value.MaxRetryAfter) is { } capped)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(capped);
        }

        return response;
    }
}
