using ChampionBot.BotFramework.Hosting;
using ChampionBot.Graph.LocalGraph;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ChampionBot.Graph;

/// <summary>
/// Which Graph the bot calls: <c>Graph:BaseUrl</c> when set; else, in local anonymous mode, the built-in stand-in this
/// app serves (same wire format, demo organisation); else Microsoft Graph. The token scope follows the host.
/// </summary>
public sealed class GraphEndpoint(IOptions<GraphOptions> options, IOptions<BotOptions> bot, IServer server)
{
    private Uri? _baseAddress;

    public bool IsLocalStandIn => string.IsNullOrWhiteSpace(options.Value.BaseUrl) && bot.Value.IsAnonymous;

    /// <summary>Ends in '/', so relative paths such as <c>users/{id}</c> resolve under the version.</summary>
    public Uri BaseAddress => _baseAddress ?? Resolve();

    public string Scope => $"{BaseAddress.GetLeftPart(UriPartial.Authority)}/.default";

    private Uri Resolve()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.BaseUrl))
        {
            return _baseAddress = WithSlash(options.Value.BaseUrl);
        }

        if (!IsLocalStandIn)
        {
            return _baseAddress = new Uri(GraphOptions.PublicBaseUrl);
        }

        // The stand-in is this app: its address is known once the server listens. Until then (the start-up log line) the
        // answer is not kept, so the first call after start uses the real port.
        if (server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is not { } address)
        {
            return WithSlash("http://localhost" + LocalGraphEndpoints.Prefix);
        }

        return _baseAddress = WithSlash(Reachable(address).TrimEnd('/') + LocalGraphEndpoints.Prefix);
    }

    // A wildcard listen address ("http://+:3978", "http://0.0.0.0:3978", "http://[::]:3978") is reached as localhost.
    private static string Reachable(string address)
    {
        foreach (var wildcard in (string[])["://+:", "://*:", "://0.0.0.0:", "://[::]:"])
        {
            address = address.Replace(wildcard, "://localhost:", StringComparison.Ordinal);
        }

        return address;
    }

    private static Uri WithSlash(string url) => new(url.EndsWith('/') ? url : url + "/");
}
