namespace ChampionBot.BotFramework.Connector;

/// <summary>
/// Where the app keeps the service URLs that arrived on authenticated activities, so that a GCC or sovereign-cloud
/// conversation can still be reached after a restart. Optional: without one they are remembered in memory only.
/// </summary>
public interface ITrustedServiceUrlStore
{
    Task<IReadOnlyCollection<string>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Stores one normalized URL; storing one already there is not an error.</summary>
    Task SaveAsync(string serviceUrl, CancellationToken cancellationToken);
}
