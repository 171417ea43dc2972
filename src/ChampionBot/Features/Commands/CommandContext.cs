using ChampionBot.BotFramework.Routing;

namespace ChampionBot.Features.Commands;

/// <summary>A command being run: the turn, the words after the command name, and who is asking.</summary>
public sealed record CommandContext(TurnContext Turn, string Arguments, bool SenderIsOwner)
{
    public CancellationToken CancellationToken => Turn.CancellationToken;

    public Task ReplyAsync(string text) => Turn.SendTextAsync(text);
}
