using ChampionBot.BotFramework.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>
/// Refuses to start (the Bot options are validated on start) in the unsafe set-ups: local anonymous mode outside
/// Development or listening beyond this machine, an app id without a credential, and OpenID metadata fetched over
/// plain HTTP from another machine.
/// </summary>
internal sealed class BotAuthenticationStartupValidator(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (options.IsAnonymous)
        {
            CheckAnonymous(failures);
        }
        else if (!options.HasCredential)
        {
            failures.Add(
                "Bot:AppId is set but the bot has no credential, so it could not send anything: set Bot:ManagedIdentityClientId, "
                + "Bot:CertificatePath or Bot:ClientSecret (or leave Bot:AppId empty for local anonymous mode in Development).");
        }

        CheckMetadata(failures, "Bot:BotFrameworkOpenIdMetadata", options.BotFrameworkOpenIdMetadata);
        CheckMetadata(failures, "Bot:EntraOpenIdMetadata", BotIssuers.EntraMetadataAddress(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void CheckAnonymous(List<string> failures)
    {
        if (!environment.IsDevelopment())
        {
            failures.Add(
                $"Bot:AppId is empty, which means local anonymous mode (inbound tokens are not validated); that is allowed only "
                + $"with ASPNETCORE_ENVIRONMENT=Development, and this is '{environment.EnvironmentName}'. Set Bot:AppId, Bot:TenantId "
                + "and the bot's credential.");
        }
        else if (ListenAddresses.FirstNonLoopback(configuration) is { } address)
        {
            failures.Add(
                $"Bot:AppId is empty, which means local anonymous mode (inbound tokens are not validated), so the bot must listen "
                + $"only on this machine, but it is configured to listen on '{address}'. Use --urls http://127.0.0.1:3978, or set Bot:AppId.");
        }
    }

    private static void CheckMetadata(List<string> failures, string key, string address)
    {
        if (!BotIssuers.IsAcceptableMetadataAddress(address, out _))
        {
            failures.Add(
                $"{key} must be an absolute https:// URL (plain http:// is allowed only for a loopback host such as 127.0.0.1), "
                + $"because the signing keys it leads to decide which tokens are trusted. It is '{address}'.");
        }
    }
}
