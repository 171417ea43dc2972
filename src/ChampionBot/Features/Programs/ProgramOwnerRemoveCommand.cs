using ChampionBot.Data;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Programs;

/// <summary>
/// <c>program owner remove &lt;sign-in name or object id&gt;</c>: takes someone off the program's owners and tells them.
/// Never leaves a program without an owner; owners set in the bot's configuration are changed there, not here.
/// </summary>
public sealed class ProgramOwnerRemoveCommand(OwnedPrograms programs, ProgramOwners owners, ProgramOwnerChanges changes, ChampionDbContext db) : IBotCommand
{
    public string Name => "program owner remove";

    public string Usage => "program owner remove EMAIL";

    public string Description => "Take someone off your program's owners (I tell them).";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        if (await programs.CurrentOrReplyAsync(context) is not { } program)
        {
            return;
        }

        var (person, problem) = await changes.FindPersonAsync(context, "remove");
        if (person is null)
        {
            await context.ReplyAsync(problem!);
            return;
        }

        if (owners.IsConfiguredOwner(person))
        {
            await context.ReplyAsync($"**{person.DisplayName}** is an owner through ChampionBot's settings (ChampionProgram:Owners), so I can't remove them here. Ask whoever runs ChampionBot. Nothing changed.");
            return;
        }

        if (program.Owners.FirstOrDefault(o => o.ObjectId == person.ObjectId) is not { } stored)
        {
            await context.ReplyAsync($"**{person.DisplayName}** isn't an owner of **{program.Name}**. Nothing changed.");
            return;
        }

        var everyone = await owners.OwnerObjectIdsAsync(program.Id, context.CancellationToken);
        if (!everyone.Any(id => !string.Equals(id, person.ObjectId, StringComparison.OrdinalIgnoreCase)))
        {
            await context.ReplyAsync($"**{person.DisplayName}** is the only owner of **{program.Name}**, and a program needs one. Add another owner first with **program owner add**. Nothing changed.");
            return;
        }

        var actor = context.Turn.Activity.From?.AadObjectId ?? "unknown";
        db.ProgramOwners.Remove(stored);
        changes.Audit("program.owner-removed", program, actor, person.ObjectId);
        await db.SaveChangesAsync(context.CancellationToken);

        if (person.ObjectId == actor)
        {
            await context.ReplyAsync($"You're no longer an owner of **{program.Name}**. The other owners carry on.");
            return;
        }

        var by = context.Turn.Activity.From?.Name ?? "Another owner";
        var told = await changes.TellAsync(program, person.ObjectId,
            $"{by} took you off the owners of **{program.Name}**. You're still in the program as a participant if you were before.",
            actor, $"program-owner-removed:{stored.Id}", context.CancellationToken);
        await context.ReplyAsync($"**{person.DisplayName}** is no longer an owner of **{program.Name}**. " +
            (told ? "I've told them in our 1:1 chat." : "I couldn't tell them (we have no 1:1 chat yet, or they opted out), so please let them know."));
    }
}
