using ChampionBot.BotFramework.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>Says at start-up, loudly when anonymous, which tokens the bot will accept.</summary>
internal sealed class BotAuthenticationStartupLog(IOptions<BotOptions> options, ILogger<BotAuthenticationStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (bot.IsAnonymous)
        {
            AuthenticationLog.AnonymousMode(logger);
            return Task.CompletedTask;
        }

        if (string.IsNullOrWhiteSpace(bot.TenantId))
        {
            AuthenticationLog.NoTenant(logger);
        }

        AuthenticationLog.TrustedIssuers(logger, bot.AppId, bot.BotFrameworkOpenIdMetadata, bot.TenantId ?? "(none)", BotIssuers.EntraMetadataAddress(bot));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
