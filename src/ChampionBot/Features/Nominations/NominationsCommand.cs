using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Nominations;

/// <summary><c>nominations</c>: the owner's program's nominations, stalled first, with managers' reasons and waiting times.</summary>
public sealed class NominationsCommand(OwnedPrograms programs, NominationList list) : IBotCommand
{
    public string Name => "nominations";

    public string Usage => "nominations";

    public string Description => "Champion nominations: stalled, waiting, approved and declined (with the managers' reasons).";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        if (await programs.CurrentOrReplyAsync(context) is not { } program)
        {
            return;
        }

        var view = await list.ReadAsync(program, context.CancellationToken);
        await context.Turn.SendAsync(MessageFactory.Card(NominationListCard.Build(view).ToJsonElement(), NominationListCard.Title));
    }
}
