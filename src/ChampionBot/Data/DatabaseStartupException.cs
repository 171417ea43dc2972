namespace ChampionBot.Data;

/// <summary>The database could not be prepared; the message names the setting to fix and holds no secret.</summary>
public sealed class DatabaseStartupException(string message) : Exception(message);
