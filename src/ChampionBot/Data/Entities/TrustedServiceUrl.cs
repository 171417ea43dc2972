namespace ChampionBot.Data.Entities;

/// <summary>
/// A Bot Connector service URL that arrived on an authenticated activity (a GCC or sovereign-cloud one, say), kept so
/// that the bot may still send its token there after a restart. Written by <see cref="TrustedServiceUrlStore"/> only.
/// </summary>
public sealed class TrustedServiceUrl
{
    /// <summary>The normalized URL (ending in '/'); the key.</summary>
    public required string Url { get; set; }

    public DateTimeOffset FirstSeen { get; set; }
}
