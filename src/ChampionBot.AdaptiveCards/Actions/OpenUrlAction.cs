namespace ChampionBot.AdaptiveCards;

/// <summary><c>Action.OpenUrl</c>: opens a link in the browser; nothing is sent to the bot.</summary>
public sealed class OpenUrlAction : CardAction
{
    private protected override string TypeName => "Action.OpenUrl";

    public required string Url { get; init; }
}
