using ChampionBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>
/// Configures the Bot Framework and Entra ID JwtBearer schemes from the <c>Bot</c> options as they are when the
/// scheme is first used (so configuration added late, as tests do, is honoured).
/// </summary>
internal sealed class ChannelJwtBearerSetup(IOptions<BotOptions> botOptions, OpenIdMetadataCache metadata, TimeProvider time) : IConfigureNamedOptions<JwtBearerOptions>
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The algorithms the Bot Framework and Entra ID sign with; anything else (none, HS256, PS256…) is refused.</summary>
    public static readonly IReadOnlyList<string> AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bot = botOptions.Value;
        var appId = bot.AppId?.Trim() ?? string.Empty;
        var (address, issuers, audiences) = name switch
        {
            BotAuthentication.BotFrameworkScheme =>
                (bot.BotFrameworkOpenIdMetadata, (IReadOnlyList<string>)[BotIssuers.BotFramework], (IReadOnlyList<string>)[appId]),

            // Entra issues aud = the Application ID URI when a caller asks for "api://{appId}/.default"; the caller
            // must still be the bot itself (EntraTokenValidator), so this admits no other app.
            BotAuthentication.EntraScheme =>
                (BotIssuers.EntraMetadataAddress(bot), BotIssuers.EntraIssuersOf(bot.TenantId), [appId, $"api://{appId}"]),
            _ => (null, [], []),
        };
        if (address is null)
        {
            return;
        }

        // An unacceptable address is refused at start-up (BotAuthenticationStartupValidator); requiring HTTPS here too
        // means it could never be fetched anyway.
        BotIssuers.IsAcceptableMetadataAddress(address, out var requireHttps);
        options.RequireHttpsMetadata = requireHttps;
        options.ConfigurationManager = metadata.For(address, requireHttps);
        options.RefreshOnIssuerKeyNotFound = true;
        options.MapInboundClaims = false;
        options.IncludeErrorDetails = false;
        options.SaveToken = false;
        options.EventsType = typeof(BotTokenEvents);

        // One cache per scheme, each following its own issuer's keys.
        options.TokenHandlers.Clear();
        options.TokenHandlers.Add(new CachingJsonWebTokenHandler(new ValidatedTokenCache(time)));
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            IssuerValidator = (issuer, _, _) => issuers.Contains(issuer, StringComparer.OrdinalIgnoreCase)
                ? issuer
                : throw new SecurityTokenInvalidIssuerException("The token's issuer is not trusted by this scheme."),
            ValidateAudience = true,
            ValidAudiences = audiences,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ValidAlgorithms = AllowedAlgorithms,
        };
    }
}
