using ChampionBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>
/// What the two JwtBearer schemes do beyond the standard checks: the Entra caller check, remembering the signing key's
/// endorsements for the activity check, and turning every failure into a logged 401.
/// </summary>
internal sealed class BotTokenEvents(IOptions<BotOptions> options, ILogger<BotTokenEvents> logger) : JwtBearerEvents
{
    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var scheme = context.Scheme.Name;
        if (context.Principal is null)
        {
            Refuse(context, scheme, "no principal");
            return;
        }

        if (scheme == BotAuthentication.EntraScheme)
        {
            var bot = options.Value;
            if (EntraTokenValidator.Validate(context.Principal, bot.AppId?.Trim() ?? string.Empty, bot.TenantId?.Trim()) is { } reason)
            {
                Refuse(context, scheme, reason);
                return;
            }
        }

        if (context.Options.ConfigurationManager is not IConfigurationManager<OpenIdConnectConfiguration> metadata)
        {
            Refuse(context, scheme, "no OpenID metadata is configured");
            return;
        }

        var endorsements = await SigningKeyEndorsements.ReadAsync(context.SecurityToken.SigningKey, metadata, context.HttpContext.RequestAborted)
            .ConfigureAwait(false);
        if (endorsements is null)
        {
            Refuse(context, scheme, "the signing key's endorsements could not be read");
            return;
        }

        SigningKeyEndorsements.Save(context.HttpContext, endorsements);
    }

    /// <summary>
    /// Called for invalid tokens and for anything thrown while validating one (a malformed token, metadata that cannot
    /// be fetched): JwtBearer would rethrow the latter as a 500, so every failure becomes a 401 here.
    /// </summary>
    public override Task AuthenticationFailed(AuthenticationFailedContext context)
    {
        AuthenticationLog.TokenFailed(logger, context.Scheme.Name, context.Exception.GetType().Name);
        context.Fail(context.Exception);
        return Task.CompletedTask;
    }

    private void Refuse(TokenValidatedContext context, string scheme, string reason)
    {
        AuthenticationLog.TokenRefused(logger, scheme, reason);
        context.Fail(reason);
    }
}
