using Microsoft.Extensions.Logging;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>Inbound authentication log lines (event ids 1200–1299). None of them carries a token or claim values.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Rejected an inbound token ({Scheme}): {Failure}")]
    public static partial void TokenFailed(ILogger logger, string scheme, string failure);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Rejected an inbound token ({Scheme}): {Reason}")]
    public static partial void TokenRefused(ILogger logger, string scheme, string reason);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "Rejected an inbound token: it is not a readable JWT or its issuer is not one the bot trusts")]
    public static partial void TokenUnrecognized(ILogger logger);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning, Message = "LOCAL ANONYMOUS MODE — Bot:AppId is empty, so inbound tokens are NOT validated and no outbound token is sent. Use this only on a developer machine with a local emulator; never use it in production.")]
    public static partial void AnonymousMode(ILogger logger);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Information, Message = "Inbound tokens: Bot Framework tokens for app {AppId} with keys from {BotFrameworkMetadata}; Entra ID tokens of tenant {TenantId} with keys from {EntraMetadata}")]
    public static partial void TrustedIssuers(ILogger logger, string? appId, string botFrameworkMetadata, string tenantId, string entraMetadata);

    [LoggerMessage(EventId = 1206, Level = LogLevel.Warning, Message = "Bot:TenantId is empty: Entra ID tokens will be refused and only Bot Framework channel tokens accepted")]
    public static partial void NoTenant(ILogger logger);
}
