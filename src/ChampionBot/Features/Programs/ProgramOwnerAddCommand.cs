using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Programs;

/// <summary>
/// <c>program owner add &lt;sign-in name or object id&gt;</c>: an owner makes someone the bot knows an owner of their
/// program, and the bot tells them in their 1:1 chat.
/// </summary>
public sealed class ProgramOwnerAddCommand(OwnedPrograms programs, ProgramOwnerChanges changes, ChampionDbContext db, TimeProvider time) : IBotCommand
{
    public string Name => "program owner add";

    public string Usage => "program owner add EMAIL";

    public string Description => "Make someone else an owner of your program (I tell them).";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        if (await programs.CurrentOrReplyAsync(context) is not { } program)
        {
            return;
        }

        var (person, problem) = await changes.FindPersonAsync(context, "add");
        if (person is null)
        {
            await context.ReplyAsync(problem!);
            return;
        }

        if (program.Owners.Any(o => o.ObjectId == person.ObjectId))
        {
            await context.ReplyAsync($"**{person.DisplayName}** already owns **{program.Name}**. Nothing changed.");
            return;
        }

        var actor = context.Turn.Activity.From?.AadObjectId ?? "unknown";
        var owner = new ProgramOwner { ProgramId = program.Id, ObjectId = person.ObjectId, DisplayName = person.DisplayName, AddedAt = time.GetUtcNow(), AddedByObjectId = actor };
        db.ProgramOwners.Add(owner);
        changes.Audit("program.owner-added", program, actor, person.ObjectId);
        await db.SaveChangesAsync(context.CancellationToken);

        var by = context.Turn.Activity.From?.Name ?? "Another owner";
        var told = await changes.TellAsync(program, person.ObjectId,
            $"{by} made you an owner of **{program.Name}**. You can now run the owner commands: type **help** to see them, or **program** to see the program.",
            actor, $"program-owner-added:{owner.Id}", context.CancellationToken);
        await context.ReplyAsync($"**{person.DisplayName}** is now an owner of **{program.Name}**: they can use the owner commands. " +
            (told ? "I've told them in our 1:1 chat." : "I couldn't tell them (we have no 1:1 chat yet, or they opted out), so please let them know."));
    }
}
