using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ChampionBot.Testing.Auth;

/// <summary>
/// A stand-in for login.botframework.com and login.microsoftonline.com: OpenID metadata and key sets served over
/// real loopback HTTP (127.0.0.1, a free port), with RSA keys minted here, and the tokens they sign. Point
/// <c>Bot:BotFrameworkOpenIdMetadata</c> and <c>Bot:EntraOpenIdMetadata</c> at it (see <see cref="BotConfiguration"/>).
/// </summary>
public sealed partial class LocalTokenIssuer : IAsyncDisposable
{
    public const string DefaultAppId = "b0700000-0000-4000-8000-000000000001";
    public const string DefaultTenantId = "7e000000-0000-4000-8000-000000000001";
    public const string OtherTenantId = "7e000000-0000-4000-8000-0000000000ff";
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private const string BotFrameworkMetadataPath = "/botframework/v1/.well-known/openidconfiguration";
    private const string BotFrameworkKeysPath = "/botframework/v1/.well-known/keys";
    private const string EntraKeysPath = "/common/discovery/v2.0/keys";

    private readonly WebApplication _server;
    private readonly Dictionary<LocalSigningKey, RSA> _keys;
    private readonly TimeProvider _time;
    private int _metadataRequests;

    private LocalTokenIssuer(WebApplication server, string appId, TimeProvider time)
    {
        _server = server;
        _time = time;
        AppId = appId;
        _keys = Enum.GetValues<LocalSigningKey>().ToDictionary(key => key, _ => RSA.Create(2048));
    }

    public string AppId { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public string BotFrameworkMetadataUrl => new Uri(BaseAddress, BotFrameworkMetadataPath).AbsoluteUri;

    /// <summary>How many metadata and key-set documents have been served (to show caching).</summary>
    public int MetadataRequestCount => Volatile.Read(ref _metadataRequests);

    /// <summary>Starts the issuer's HTTP server on 127.0.0.1 with a free port.</summary>
    /// <param name="time">The clock minted tokens are dated by. The bot judges lifetimes by the system clock
    /// (IdentityModel's), so keep it near real time unless the test is about lifetimes.</param>
    public static async Task<LocalTokenIssuer> StartAsync(string appId = DefaultAppId, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = builder.Build();
        var issuer = new LocalTokenIssuer(server, appId, time ?? TimeProvider.System);
        issuer.MapDocuments(server);
        await server.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = server.Urls.First();
        issuer.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return issuer;
    }

    /// <summary>The tenant's v2 metadata address, shaped like login.microsoftonline.com's.</summary>
    public string EntraMetadataUrl(string tenantId = DefaultTenantId) =>
        new Uri(BaseAddress, $"/{tenantId}/v2.0/.well-known/openid-configuration").AbsoluteUri;

    /// <summary>The <c>Bot</c> configuration section for a bot that trusts this issuer (with a fake, never-used secret).</summary>
    public Dictionary<string, string?> BotConfiguration(string tenantId = DefaultTenantId) => new()
    {
        ["Bot:AppId"] = AppId,
        ["Bot:TenantId"] = tenantId,
        ["Bot:ClientSecret"] = "local-test-secret-not-a-real-one",
        ["Bot:BotFrameworkOpenIdMetadata"] = BotFrameworkMetadataUrl,
        ["Bot:EntraOpenIdMetadata"] = EntraMetadataUrl(tenantId),
    };

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync().ConfigureAwait(false);
        foreach (var key in _keys.Values)
        {
            key.Dispose();
        }
    }
}
