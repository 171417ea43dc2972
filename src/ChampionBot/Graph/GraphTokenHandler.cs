using System.Net.Http.Headers;
using Azure.Core;

namespace ChampionBot.Graph;

/// <summary>
/// Puts the bot's one credential's Graph token on each request (the credential caches tokens itself). Without a
/// credential (local anonymous mode, talking to the local stand-in) requests go without one.
/// </summary>
internal sealed class GraphTokenHandler(GraphEndpoint endpoint, TokenCredential? credential = null) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (credential is not null)
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([endpoint.Scope]), cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
