using System.ComponentModel.DataAnnotations;

namespace ChampionBot.BotFramework.Hosting;

/// <summary>The <c>Bot</c> configuration section: the bot's identity, its credential and the token issuers it trusts.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";
    public const string PublicBotFrameworkOpenIdMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string PublicEntraOpenIdMetadata = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The bot's Microsoft App ID. Empty means local anonymous mode (no tokens in or out).</summary>
    public string? AppId { get; set; }

    /// <summary>The bot's Entra tenant (single-tenant and managed-identity bots).</summary>
    public string? TenantId { get; set; }

    /// <summary>Secret. Client secret of the bot's app registration.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path to a PFX/PEM certificate for the app registration (instead of a secret).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Secret. Password of the certificate file, if any.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Client id of the user-assigned managed identity that is the bot's identity.</summary>
    public string? ManagedIdentityClientId { get; set; }

    [Required]
    public string BotFrameworkOpenIdMetadata { get; set; } = PublicBotFrameworkOpenIdMetadata;

    [Required]
    public string EntraOpenIdMetadata { get; set; } = PublicEntraOpenIdMetadata;

    /// <summary>Service URL prefixes the bot may send its token to besides those that arrived on validated activities.</summary>
    public IList<string> AllowedServiceUrls { get; set; } = ["https://smba.trafficmanager.net/"];

    /// <summary>Largest inbound activity accepted, in bytes.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>The longest a Connector's Retry-After may pause a send; longer requests are shortened to this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);

    /// <summary>Whether one of the three ways for the bot to prove its identity is configured.</summary>
    public bool HasCredential => !string.IsNullOrWhiteSpace(ManagedIdentityClientId)
        || !string.IsNullOrWhiteSpace(CertificatePath)
        || !string.IsNullOrWhiteSpace(ClientSecret);
}
