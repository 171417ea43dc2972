using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Privacy;

/// <summary><c>forget me</c>: asks for confirmation on a card; the card's button does the deleting.</summary>
public sealed class ForgetMeCommand : IBotCommand
{
    public string Name => "forget me";

    public IReadOnlyList<string> Aliases => ["delete my data", "forget about me"];

    public string Usage => "forget me";

    public string Description => "Delete everything I store about you (I'll ask first).";

    public CommandAudience Audience => CommandAudience.Everyone;

    public bool AvailableInChannels => false;

    public Task HandleAsync(CommandContext context) =>
        context.Turn.SendAsync(MessageFactory.Card(ForgetMeCard.Confirm(context.SenderIsOwner).ToJsonElement(), ForgetMeCard.Title));
}
