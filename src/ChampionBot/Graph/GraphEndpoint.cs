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
    public Uri BaseAddress => _baseAddress ??= Resolve();

    public string Scope => $"{BaseAddress.GetLeftPart(UriPartial.Authority)}/.default";

    private Uri Resolve()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.BaseUrl))
        {
            return WithSlash(options.Value.BaseUrl);
        }

        if (!IsLocalStandIn)
        {
            return new Uri(GraphOptions.PublicBaseUrl);
        }

        // Resolved on first use, after the server has started and knows its address.
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        return WithSlash(address.TrimEnd('/') + LocalGraphEndpoints.Prefix);
    }

    private static Uri WithSlash(string url) => new(url.EndsWith('/') ? url : url + "/");
}
