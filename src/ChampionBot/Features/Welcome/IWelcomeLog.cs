namespace ChampionBot.Features.Welcome;

/// <summary>Remembers which conversations were already welcomed.</summary>
public interface IWelcomeLog
{
    /// <summary>True the first time it is called for a conversation, false after.</summary>
    Task<bool> TryMarkAsync(string conversationId, CancellationToken cancellationToken);
}
