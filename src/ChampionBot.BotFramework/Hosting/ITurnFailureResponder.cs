using ChampionBot.BotFramework.Routing;

namespace ChampionBot.BotFramework.Hosting;

/// <summary>
/// Told when a queued turn failed after the channel was already answered 200, so that the person who sent it is not
/// left believing it worked. The app decides what to say; the protocol layer only makes sure it is asked.
/// </summary>
public interface ITurnFailureResponder
{
    /// <param name="turn">The failed activity, in a fresh scope (the observers have not run again).</param>
    Task OnTurnFailedAsync(TurnContext turn, Exception exception);
}
