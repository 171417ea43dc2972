using System.Collections.Concurrent;
using ChampionBot.BotFramework.Hosting;
using Microsoft.Extensions.Options;

namespace ChampionBot.BotFramework.Connector;

/// <summary>
/// The service URLs the bot's token may be sent to: those that arrived on an authenticated activity,
/// and the configured allow-list (<c>Bot:AllowedServiceUrls</c>, prefixes).
/// </summary>
public sealed class TrustedServiceUrls(IOptions<BotOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl) => _seen.TryAdd(Normalize(serviceUrl), 0);

    public bool IsTrusted(Uri requestUri)
    {
        if (requestUri.Scheme != Uri.UriSchemeHttps && !requestUri.IsLoopback)
        {
            return false;
        }

        var url = requestUri.AbsoluteUri;
        foreach (var prefix in options.Value.AllowedServiceUrls)
        {
            if (url.StartsWith(Normalize(prefix), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var seen in _seen.Keys)
        {
            if (url.StartsWith(seen, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
}
