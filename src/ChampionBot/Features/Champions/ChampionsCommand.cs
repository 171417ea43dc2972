using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Champions;

/// <summary><c>champions</c>: the owner's program's champions, since when and what they did.</summary>
public sealed class ChampionsCommand(OwnedPrograms programs, ChampionList list) : IBotCommand
{
    public string Name => "champions";

    public string Usage => "champions";

    public string Description => "The program's champions: since when, who approved, and what they did.";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        if (await programs.CurrentOrReplyAsync(context) is not { } program)
        {
            return;
        }

        var view = await list.ReadAsync(program, context.CancellationToken);
        await context.Turn.SendAsync(MessageFactory.Card(ChampionListCard.Build(view).ToJsonElement(), ChampionListCard.Title));
    }
}
