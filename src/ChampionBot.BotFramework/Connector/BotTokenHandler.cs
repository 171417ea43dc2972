using System.Net.Http.Headers;

namespace ChampionBot.BotFramework.Connector;

/// <summary>Adds the bot's token to a Connector request, but only when the service URL is trusted.</summary>
public sealed class BotTokenHandler(BotTokenProvider tokens, TrustedServiceUrls trusted) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (tokens.HasCredential && request.RequestUri is { } uri)
        {
            if (!trusted.IsTrusted(uri))
            {
                throw new UntrustedServiceUrlException(uri);
            }

            var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}

public sealed class UntrustedServiceUrlException(Uri uri)
    : InvalidOperationException($"Refusing to send the bot's token to {uri.GetLeftPart(UriPartial.Authority)}: the service URL did not arrive on an authenticated activity and is not in Bot:AllowedServiceUrls.");
