using ChampionBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Programs;

/// <summary>Decides whether the sender of an activity is a program owner.</summary>
public sealed class ProgramOwners(IOptionsMonitor<ChampionProgramOptions> options)
{
    public Task<bool> IsOwnerAsync(Activity activity, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var objectId = activity.From?.AadObjectId;
        if (string.IsNullOrEmpty(objectId))
        {
            return Task.FromResult(false);
        }

        var configured = options.CurrentValue.Owners;
        return Task.FromResult(configured.Any(o => string.Equals(o.Trim(), objectId, StringComparison.OrdinalIgnoreCase)));
    }
}
