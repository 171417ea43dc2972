using System.Globalization;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Features.Commands;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Commands;

/// <summary><c>challenge new [from dread N]</c>: the authoring form, prefilled from a dread answer when asked.</summary>
public sealed class ChallengeNewCommand(ChampionDbContext db, ChallengeOwnerActions actions) : IBotCommand
{
    public string Name => "challenge new";

    public string Usage => "challenge new [from dread N]";

    public string Description => "Write a specific challenge (optionally from dread answer N) and preview it.";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        var form = new ChallengeForm();
        var words = context.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0)
        {
            if (words.Length != 3
                || !words[0].Equals("from", StringComparison.OrdinalIgnoreCase) || !words[1].Equals("dread", StringComparison.OrdinalIgnoreCase)
                || !int.TryParse(words[2].TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var dreadId))
            {
                await context.ReplyAsync("Type **challenge new** for an empty form, or **challenge new from dread N** (N from **dread top**) to start from a dread answer.");
                return;
            }

            var fromDread = await DreadOrigin.FormAsync(db, dreadId, theme: null, context.CancellationToken);
            if (fromDread is null)
            {
                await context.ReplyAsync($"There's no dread answer {dreadId}. Type **dread top** to see the ranking with its numbers.");
                return;
            }

            form = fromDread;
        }

        var card = await actions.FormAsync(form, [], context.CancellationToken);
        await context.Turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), ChallengeFormCard.NewTitle));
    }
}
