using ChampionBot.BotFramework.Hosting;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Outcomes;

/// <summary>
/// Outside local mode (a bot with an app id, which may run as several instances) export links need one signing key
/// shared by every instance: without it each instance would make its own, and a link made on one would fail on another.
/// </summary>
internal sealed class OutcomesOptionsValidator(IOptions<BotOptions> bot) : IValidateOptions<OutcomesOptions>
{
    public const string KeyMissing =
        "Outcomes:ExportSigningKey is required when Bot:AppId is set: every instance must sign export links with the same key " +
        "(base64 of 32 bytes or more; infra/ sets it as an app setting). Only local mode makes one per process.";

    public ValidateOptionsResult Validate(string? name, OutcomesOptions options) =>
        !bot.Value.IsAnonymous && string.IsNullOrWhiteSpace(options.ExportSigningKey)
            ? ValidateOptionsResult.Fail(KeyMissing)
            : ValidateOptionsResult.Success;
}
