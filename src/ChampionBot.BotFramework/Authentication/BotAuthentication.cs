using ChampionBot.BotFramework.Hosting;
using ChampionBot.BotFramework.Schema;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>
/// Inbound token validation for <c>/api/messages</c>: a policy scheme reads the (unvalidated) issuer and forwards to
/// the standard JwtBearer handler configured for Bot Framework channel tokens or for Entra ID tokens of the bot's
/// tenant; anything else is a 401. The checks that need the activity run in <see cref="CheckActivity"/>.
/// </summary>
public static class BotAuthentication
{
    public const string PolicyName = "BotFrameworkChannel";
    public const string ChannelScheme = "BotChannel";
    public const string BotFrameworkScheme = "BotChannel.BotFramework";
    public const string EntraScheme = "BotChannel.Entra";
    public const string UnrecognizedTokenScheme = "BotChannel.Unrecognized";

    /// <param name="options">The Bot options bound at registration. The schemes read <c>IOptions&lt;BotOptions&gt;</c> when
    /// first used instead, so that they and the endpoint (which decides anonymous mode when mapped) see the same values.</param>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton<OpenIdMetadataCache>();
        services.TryAddSingleton<BotTokenEvents>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotAuthenticationStartupValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions>, ChannelJwtBearerSetup>());
        services.AddHostedService<BotAuthenticationStartupLog>();

        services.AddAuthentication()
            .AddPolicyScheme(ChannelScheme, "Bot Framework channel", policy => policy.ForwardDefaultSelector = SelectScheme)
            .AddJwtBearer(BotFrameworkScheme, _ => { })
            .AddJwtBearer(EntraScheme, _ => { })
            .AddScheme<AuthenticationSchemeOptions, UnrecognizedTokenHandler>(UnrecognizedTokenScheme, _ => { });
        services.AddAuthorizationBuilder()
            .AddPolicy(PolicyName, policy => policy.AddAuthenticationSchemes(ChannelScheme).RequireAuthenticatedUser());
        SkipDataProtectionKeyRingAtStart(services);
        return services;
    }

    /// <summary>
    /// AddAuthentication registers ASP.NET Core data protection, which creates and stores a key at start ("No XML encryptor
    /// configured"), per instance, unencrypted. Nothing here protects data: JwtBearer checks tokens others signed, and
    /// there are no cookies or antiforgery tokens. So the start-up preload goes; a key is made only if something ever
    /// protects data, and then it must be given shared, encrypted key storage.
    /// </summary>
    private static void SkipDataProtectionKeyRingAtStart(IServiceCollection services)
    {
        var dataProtection = typeof(Microsoft.AspNetCore.DataProtection.DataProtectionOptions).Assembly;
        foreach (var preload in services.Where(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService)
            && d.ImplementationType?.Assembly == dataProtection).ToList())
        {
            services.Remove(preload);
        }
    }

    /// <summary>After the token is valid and the body is read: the serviceurl claim and the signing key's endorsements.</summary>
    public static ClaimsCheck CheckActivity(HttpContext context, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ActivityClaimsValidator.Validate(context.User, SigningKeyEndorsements.Saved(context), activity);
    }

    private static string SelectScheme(HttpContext context) =>
        TokenIssuerSelector.Select(
            context.Request.Headers.Authorization.ToString(),
            context.RequestServices.GetRequiredService<IOptions<BotOptions>>().Value.TenantId);
}
