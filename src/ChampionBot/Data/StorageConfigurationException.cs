namespace ChampionBot.Data;

/// <summary>Storage settings that cannot work; the message names the setting to fix and never holds a secret.</summary>
public sealed class StorageConfigurationException(string message) : Exception(message);
