using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Outcomes.Export;

/// <summary><c>export</c>: the program's results and ledger as CSV, through two single-use links that work for a few minutes.</summary>
public sealed class ExportCommand(OwnedPrograms programs, OutcomeExports exports) : IBotCommand
{
    public const string NotSetUp =
        "Exports aren't set up here yet: whoever runs ChampionBot needs to set Outcomes:PublicBaseUrl (the address your browser reaches the bot at).";

    public string Name => "export";

    public string Usage => "export";

    public string Description => "Download the program's results and outcome figures as CSV (single-use links, opted-out and forgotten people left out).";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        if (await programs.CurrentOrReplyAsync(context) is not { } program)
        {
            return;
        }

        var owner = context.Turn.Activity.From!.AadObjectId!;
        if (await exports.CreateAsync(program.Id, owner, context.CancellationToken) is not { } links)
        {
            await context.ReplyAsync(NotSetUp);
            return;
        }

        var list = string.Join("\n\n", links.Select(l => $"- [{l.Kind}.csv]({l.Link.AbsoluteUri})"));
        await context.ReplyAsync(
            $"Your exports of **{program.Name}**, each link good for one download in the next few minutes:\n\n{list}\n\n" +
            "Results carry no names, teams or roles, and leave out anyone who opted out or asked to be forgotten; " +
            "like the outcome figures, they leave out challenges with fewer than 5 people (or that would give such a group away), " +
            "and name a week only when 5 or more people reported on the challenge that week.");
    }
}
