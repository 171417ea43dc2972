using ChampionBot.BotFramework.Schema;

namespace ChampionBot.Features.Commands;

/// <summary>
/// An audience decided by who the sender is, whatever they type or press (AI champions, say). The feature that knows
/// its members registers one; <see cref="PersonAudiences"/> asks it for commands, card actions and help alike.
/// </summary>
public interface IPersonAudience
{
    CommandAudience Audience { get; }

    Task<bool> IncludesAsync(Activity activity, CancellationToken cancellationToken);
}
