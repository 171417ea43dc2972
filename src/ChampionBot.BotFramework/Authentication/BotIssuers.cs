using System.Globalization;
using ChampionBot.BotFramework.Hosting;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>The token issuers the bot trusts and where their signing keys are published.</summary>
public static class BotIssuers
{
    public const string BotFramework = "https://api.botframework.com";

    private const string EntraV2Template = "https://login.microsoftonline.com/{0}/v2.0";
    private const string EntraV1Template = "https://sts.windows.net/{0}/";
    private const string EntraTenantMetadataTemplate = "https://login.microsoftonline.com/{0}/v2.0/.well-known/openid-configuration";

    public static string EntraV2(string tenantId) => string.Format(CultureInfo.InvariantCulture, EntraV2Template, tenantId);

    public static string EntraV1(string tenantId) => string.Format(CultureInfo.InvariantCulture, EntraV1Template, tenantId);

    /// <summary>The two issuers of the bot's tenant (v1 and v2 access tokens); none when no tenant is configured.</summary>
    public static IReadOnlyList<string> EntraIssuersOf(string? tenantId) =>
        string.IsNullOrWhiteSpace(tenantId) ? [] : [EntraV2(tenantId), EntraV1(tenantId)];

    /// <summary>
    /// Where Entra signing keys come from. The configured default is the public "common" document, whose issuer is a
    /// template and whose keys are shared by every tenant; with a tenant configured we read that tenant's own document
    /// instead, so the keys and the issuer it states belong to the one tenant whose tokens we accept. An explicitly
    /// configured address (a sovereign cloud, a local test issuer) is used as it is.
    /// </summary>
    public static string EntraMetadataAddress(BotOptions bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var configured = bot.EntraOpenIdMetadata;
        return string.Equals(configured, BotOptions.PublicEntraOpenIdMetadata, StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrWhiteSpace(bot.TenantId)
            ? string.Format(CultureInfo.InvariantCulture, EntraTenantMetadataTemplate, Uri.EscapeDataString(bot.TenantId.Trim()))
            : configured;
    }

    /// <summary>Metadata (and the keys it points to) must come over HTTPS; plain HTTP only to this machine, for local issuers.</summary>
    public static bool IsAcceptableMetadataAddress(string? address, out bool requireHttps)
    {
        requireHttps = true;
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            return true;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)
        {
            requireHttps = false;
            return true;
        }

        return false;
    }
}
