using Azure.Core;
using Azure.Identity;
using ChampionBot.BotFramework.Hosting;
using Microsoft.Extensions.Options;

namespace ChampionBot.BotFramework.Connector;

/// <summary>
/// Gets and caches the bot's outbound token for the Bot Connector. The credential is chosen from configuration:
/// managed identity, certificate, or client secret. In local anonymous mode there is no credential and no token.
/// </summary>
public sealed class BotTokenProvider
{
    public const string BotFrameworkScope = "https://api.botframework.com/.default";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly Lazy<TokenCredential?> _credential;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _cached;

    public BotTokenProvider(IOptions<BotOptions> options, TimeProvider time)
    {
        _credential = new(() => CreateCredential(options.Value));
        this.time = time;
    }

    /// <summary>For tests: a given credential instead of one chosen from configuration.</summary>
    internal BotTokenProvider(IOptions<BotOptions> options, TimeProvider time, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(options);
        _credential = new(() => credential);
        this.time = time;
    }

    public bool HasCredential => _credential.Value is not null;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_credential.Value is not { } credential)
        {
            return null;
        }

        if (_cached is { } fresh && fresh.ExpiresOn - RefreshMargin > time.GetUtcNow())
        {
            return fresh.Token;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is not { } token || token.ExpiresOn - RefreshMargin <= time.GetUtcNow())
            {
                token = await credential.GetTokenAsync(new TokenRequestContext([BotFrameworkScope]), cancellationToken).ConfigureAwait(false);
                _cached = token;
            }

            return token.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public static TokenCredential? CreateCredential(BotOptions bot)
    {
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

        if (!string.IsNullOrWhiteSpace(bot.CertificatePath))
        {
            return new ClientCertificateCredential(tenant, bot.AppId, bot.CertificatePath,
                new ClientCertificateCredentialOptions { SendCertificateChain = true });
        }

        if (!string.IsNullOrWhiteSpace(bot.ClientSecret))
        {
            return new ClientSecretCredential(tenant, bot.AppId, bot.ClientSecret);
        }

        throw new InvalidOperationException(
            "Bot:AppId is set but no credential is configured: set Bot:ManagedIdentityClientId, Bot:CertificatePath or Bot:ClientSecret.");
    }
}
