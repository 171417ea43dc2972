using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Hosting;

/// <summary>Sees every authenticated inbound activity before it is routed (for example to store conversation references).</summary>
public interface IActivityObserver
{
    Task OnActivityAsync(Activity activity, CancellationToken cancellationToken);
}
