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
            // "program owner remove …" must not look as if it worked: only "program" and "program owner add" exist.
            await context.ReplyAsync(
                $"I don't know \"program {context.Arguments}\". With **program** I show your program on a card, where **Edit** changes it; " +
                "**program owner add** followed by their email adds an owner. Nothing was changed.");
            return;
        }

        if (await programs.FirstAsync(context.Turn.Activity, context.CancellationToken) is not { } program)
        {
            await context.ReplyAsync(OwnedPrograms.NoProgramReply);
            return;
        }

        var facts = await view.LoadAsync(program, context.CancellationToken);
        var card = ProgramCard.View(program, facts, time.GetUtcNow());
        await context.Turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), program.Name));
    }
}
