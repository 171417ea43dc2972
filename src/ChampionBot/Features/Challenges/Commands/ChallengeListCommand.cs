using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Commands;

/// <summary><c>challenge list</c>: the owner's program's challenges by status, and the library.</summary>
public sealed class ChallengeListCommand(ChampionDbContext db, OwnedPrograms programs) : IBotCommand
{
    public string Name => "challenge list";

    public string Usage => "challenge list";

    public string Description => "Every challenge with its id and status: scheduled, drafts, posted and the library.";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        if (await programs.CurrentAsync(context.Turn.Activity, context.CancellationToken) is not { } program)
        {
            await context.ReplyAsync("There's no program yet. Set one up with **program** first.");
            return;
        }

        var challenges = await db.Challenges.AsNoTracking()
            .Where(c => c.ProgramId == program.Id || c.ProgramId == null)
            .OrderBy(c => c.ScheduledFor).ThenBy(c => c.Id)
            .ToListAsync(context.CancellationToken);
        var lines = challenges.Select(c => ChallengeDirectory.StatusLine(c, program)).ToList();
        var card = ChallengeListCard.Build(program.Name, lines);
        await context.Turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), ChallengeListCard.Title));
    }
}
