using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Dread;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Challenges.Commands;

/// <summary><c>challenge new [from dread N]</c>: the authoring form, prefilled from group N of <c>dread top</c> when asked.</summary>
public sealed class ChallengeNewCommand(ChampionDbContext db, OwnedPrograms programs, ChallengeOwnerActions actions) : IBotCommand
{
    public string Name => "challenge new";

    public string Usage => "challenge new [from dread N]";

    public string Description => "Write a specific challenge (optionally from group N of dread top) and preview it.";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        var form = new ChallengeForm();
        ChampionProgram? program = null;
        var words = context.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0)
        {
            if (words.Length != 3
                || !words[0].Equals("from", StringComparison.OrdinalIgnoreCase) || !words[1].Equals("dread", StringComparison.OrdinalIgnoreCase))
            {
                await context.ReplyAsync("Type **challenge new** for an empty form, or **challenge new from dread N** (N is a group's number in **dread top**) to start from what a group of people dread.");
                return;
            }

            // The same program and the same ranking dread top shows, so N means the group the owner saw numbered N.
            program = await programs.CurrentOrReplyAsync(context);
            if (program is null)
            {
                return;
            }

            var lookup = await DreadGroups.ByRankAsync(db, program.Id, words[2], context.CancellationToken);
            if (lookup.Group is not { } group)
            {
                await context.ReplyAsync(lookup.Refusal!);
                return;
            }

            form = DreadOrigin.Form(group, lookup.Rank);
        }

        var card = await actions.FormAsync(form, program, [], context.CancellationToken);
        await context.Turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), ChallengeFormCard.NewTitle));
    }
}
