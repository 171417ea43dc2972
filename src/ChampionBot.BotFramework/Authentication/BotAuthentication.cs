using ChampionBot.BotFramework.Hosting;
using ChampionBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>Inbound token validation for <c>/api/messages</c>. (Being written: JwtBearer for Bot Framework and Entra ID tokens.)</summary>
public static class BotAuthentication
{
    public const string PolicyName = "BotFrameworkChannel";

    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddAuthorization();
        return services;
    }

    /// <summary>After the token is valid and the body is read: the serviceurl claim and the signing key's endorsements.</summary>
    public static ClaimsCheck CheckActivity(HttpContext context, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ActivityClaimsValidator.Validate(context.User, [], activity);
    }
}
