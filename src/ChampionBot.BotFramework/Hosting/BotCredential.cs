using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace ChampionBot.BotFramework.Hosting;

/// <summary>
/// The bot's one Entra credential, chosen once from the Bot settings (managed identity, certificate or client secret)
/// and registered as the <see cref="TokenCredential"/> every outbound caller uses: the Bot Connector, PostgreSQL's
/// Entra sign-in and Microsoft Graph. Local anonymous mode has none.
/// </summary>
public static class BotCredential
{
    /// <summary>The credential the settings describe, or null in local anonymous mode.</summary>
    public static TokenCredential? Create(BotOptions bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        if (bot.IsAnonymous)
        {
            return null;
        }

        // Multi-tenant registrations without a tenant use the Bot Framework's own tenant.
        var tenant = string.IsNullOrWhiteSpace(bot.TenantId) ? "botframework.com" : bot.TenantId;
        if (!string.IsNullOrWhiteSpace(bot.ManagedIdentityClientId))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(bot.ManagedIdentityClientId));
        }

        var certificateOptions = new ClientCertificateCredentialOptions { SendCertificateChain = true };
        if (!string.IsNullOrWhiteSpace(bot.CertificatePath) && !string.IsNullOrEmpty(bot.CertificatePassword))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(bot.CertificatePath, bot.CertificatePassword);
            return new ClientCertificateCredential(tenant, bot.AppId, certificate, certificateOptions);
        }

        if (!string.IsNullOrWhiteSpace(bot.CertificatePath))
        {
            return new ClientCertificateCredential(tenant, bot.AppId, bot.CertificatePath, certificateOptions);
        }

        if (!string.IsNullOrWhiteSpace(bot.ClientSecret))
        {
            return new ClientSecretCredential(tenant, bot.AppId, bot.ClientSecret);
        }

        throw new InvalidOperationException(
            "Bot:AppId is set but no credential is configured: set Bot:ManagedIdentityClientId, Bot:CertificatePath or Bot:ClientSecret.");
    }
}
