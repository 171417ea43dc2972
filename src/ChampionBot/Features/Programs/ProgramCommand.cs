using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Programs;

/// <summary><c>program</c>: the owner's program on a card, with an Edit button.</summary>
public sealed class ProgramCommand(OwnedPrograms programs, ProgramView view, TimeProvider time) : IBotCommand
{
    public string Name => "program";

    public string Usage => "program";

    public string Description => "See and edit your program: outcome, KPI, capacity target, time zone, cadence, pilot scope.";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        if (context.Arguments.Length > 0)
        {
            // "program owners …" or a typo must not look as if it worked.
            await context.ReplyAsync(
                $"I don't know {EchoedText.Quote("program " + context.Arguments, 80)}. With **program** I show your program on a card, where **Edit** changes it; " +
                "**program owner add** or **program owner remove**, then their email, changes who owns it; **program use**, then a name, switches to another program you own. Nothing was changed.");
            return;
        }

        if (await programs.CurrentOrReplyAsync(context) is not { } program)
        {
            return;
        }

        var facts = await view.LoadAsync(program, context.Turn.Activity, context.CancellationToken);
        var card = ProgramCard.View(program, facts, time.GetUtcNow());
        await context.Turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), program.Name));
    }
}
