using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Help;

/// <summary><c>help</c>: a card listing the commands the sender may use here.</summary>
public sealed class HelpCommand(IServiceProvider services) : IBotCommand
{
    public string Name => "help";

    public string Usage => "help";

    public string Description => "What I can do for you, and how to ask.";

    public CommandAudience Audience => CommandAudience.Everyone;

    public async Task HandleAsync(CommandContext context)
    {
        // The catalog holds this command too, so it is resolved on use rather than injected.
        var catalog = services.GetRequiredService<CommandCatalog>();
        var audiences = await services.GetRequiredService<PersonAudiences>().OfAsync(context.Turn.Activity, context.SenderIsOwner, context.CancellationToken);
        var inChannel = !context.Turn.Activity.IsPersonal();
        var card = HelpCard.Build(catalog.AvailableTo(audiences, inChannel), inChannel);
        await context.Turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), HelpCard.Title));
    }
}
