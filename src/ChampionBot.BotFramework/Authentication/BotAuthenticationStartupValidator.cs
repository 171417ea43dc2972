using ChampionBot.BotFramework.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>
/// Refuses to start (the Bot options are validated on start) in the two unsafe set-ups: local anonymous mode in
/// Production, and OpenID metadata fetched over plain HTTP from another machine.
/// </summary>
internal sealed class BotAuthenticationStartupValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (options.IsAnonymous && environment.IsProduction())
        {
            failures.Add(
                "Bot:AppId is empty, which means local anonymous mode: inbound tokens are not validated. That is refused in the "
                + "Production environment. Set Bot:AppId (and Bot:TenantId and the bot's credential), or run locally with "
                + "ASPNETCORE_ENVIRONMENT=Development.");
        }

        CheckMetadata(failures, "Bot:BotFrameworkOpenIdMetadata", options.BotFrameworkOpenIdMetadata);
        CheckMetadata(failures, "Bot:EntraOpenIdMetadata", BotIssuers.EntraMetadataAddress(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
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
