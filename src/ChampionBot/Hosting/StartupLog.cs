namespace ChampionBot.Hosting;

/// <summary>What the app says when it cannot or will not start.</summary>
internal static partial class StartupLog
{
    [LoggerMessage(EventId = 1010, Level = LogLevel.Critical, Message = "ChampionBot could not start: {Reason} Another program (often another copy of ChampionBot) is listening there: stop it, or choose another address with --urls (for example --urls http://127.0.0.1:3979) or ASPNETCORE_URLS.")]
    public static partial void AddressInUse(ILogger logger, string reason);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Critical, Message = "ChampionBot will not start: {Failures}")]
    public static partial void InvalidSettings(ILogger logger, string failures);
}
