using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>
/// One configuration manager per OpenID metadata address, shared by every request and scheme. It refreshes the
/// document (and so the signing keys) on its own twice a day, and on demand when a token names an unknown key,
/// but at most once per <see cref="MinimumRefreshInterval"/> so forged key ids cannot hammer the issuer.
/// </summary>
public sealed class OpenIdMetadataCache : IDisposable
{
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _managers = new(StringComparer.Ordinal);
    private readonly HttpClient _http;

    public OpenIdMetadataCache()
        : this(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
    {
    }

    /// <summary>For tests that serve metadata from an in-memory handler.</summary>
    public OpenIdMetadataCache(HttpMessageHandler handler)
    {
        _http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30), MaxResponseContentBufferSize = 1024 * 1024 };
    }

    public ConfigurationManager<OpenIdConnectConfiguration> For(string metadataAddress, bool requireHttps) =>
        _managers.GetOrAdd(metadataAddress, address => new ConfigurationManager<OpenIdConnectConfiguration>(
            address,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(_http) { RequireHttps = requireHttps })
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
            RefreshInterval = MinimumRefreshInterval,
        });

    public void Dispose() => _http.Dispose();
}
