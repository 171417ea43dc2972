using System.Net;
using Microsoft.Extensions.Configuration;

namespace ChampionBot.BotFramework.Hosting;

/// <summary>Where the configured server listens, read from the settings ASP.NET Core binds from.</summary>
public static class ListenAddresses
{
    /// <summary>
    /// The first configured address that is reachable from other machines, or null when every address is loopback.
    /// <c>urls</c> (ASPNETCORE_URLS, --urls) wins over <c>http_ports</c>/<c>https_ports</c>, which listen on every
    /// interface; Kestrel endpoints are added to either. Nothing configured means Kestrel's default, localhost.
    /// </summary>
    public static string? FirstNonLoopback(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = Split(configuration["urls"]);
        var ports = Split(configuration["http_ports"]).Concat(Split(configuration["https_ports"])).Select(port => $"*:{port}");
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"]).OfType<string>();
        return (urls.Count > 0 ? urls : ports).Concat(endpoints).FirstOrDefault(address => !IsLoopback(address));
    }

    public static bool IsLoopback(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var schemeEnd = address.IndexOf("://", StringComparison.Ordinal);
        var authority = schemeEnd < 0 ? address : address[(schemeEnd + 3)..];
        var host = authority.Split('/')[0];
        host = host.StartsWith('[') ? host[1..host.IndexOf(']', StringComparison.Ordinal)] : host.Split(':')[0];
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    private static List<string> Split(string? value) =>
        [.. (value ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
