using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Dread;

/// <summary><c>dread top</c>: the ranking of what the program's people dread, for owners, in groups of five or more.</summary>
public sealed class DreadTopCommand(OwnedPrograms programs, ChampionDbContext db) : IBotCommand
{
    public string Name => "dread top";

    public string Usage => "dread top";

    public string Description => "What people dread most, ranked by time burned per week (groups of 5+ only).";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        if (await programs.CurrentOrReplyAsync(context) is not { } program)
        {
            return;
        }

        var card = DreadTopCard.Build(program.Name, await DreadGroups.RankingAsync(db, program.Id, context.CancellationToken));
        await context.Turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), DreadTopCard.Title));
    }
}
