using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Programs;

/// <summary><c>program owner add &lt;object id or UPN&gt;</c>: an owner makes someone else an owner of their program.</summary>
public sealed class ProgramOwnerAddCommand(OwnedPrograms programs, ChampionDbContext db, TimeProvider time) : IBotCommand
{
    public string Name => "program owner add";

    public string Usage => "program owner add EMAIL";

    public string Description => "Make someone else an owner of your program (their email or Entra object id).";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        var who = context.Arguments.Trim();
        if (who.Length == 0 || who.Contains(' ', StringComparison.Ordinal) || who.Length > 128)
        {
            await context.ReplyAsync("Tell me who: **program owner add meganb@contoso.com** (their sign-in name) or their Entra object id.");
            return;
        }

        if (await programs.FirstAsync(context.Turn.Activity, context.CancellationToken) is not { } program)
        {
            await context.ReplyAsync(OwnedPrograms.NoProgramReply);
            return;
        }

        var byUpn = who.Contains('@', StringComparison.Ordinal);
        var lowered = who.ToLowerInvariant();
        var person = byUpn
            ? await db.Participants.FirstOrDefaultAsync(p => p.UserPrincipalName != null && p.UserPrincipalName.ToLower() == lowered, context.CancellationToken)
            : await db.Participants.FirstOrDefaultAsync(p => p.ObjectId == who, context.CancellationToken);
        if (byUpn && person is null)
        {
            await context.ReplyAsync($"I don't know anyone signed in as **{who}** yet, so nobody was added. Ask them to say hello to me first, run **enroll**, or use their Entra object id.");
            return;
        }

        var objectId = person?.ObjectId ?? who;
        var name = person?.DisplayName ?? who;
        if (program.Owners.Any(o => o.ObjectId == objectId))
        {
            await context.ReplyAsync($"**{name}** already owns **{program.Name}**. Nothing changed.");
            return;
        }

        var now = time.GetUtcNow();
        var actor = context.Turn.Activity.From?.AadObjectId ?? "unknown";
        db.ProgramOwners.Add(new ProgramOwner { ProgramId = program.Id, ObjectId = objectId, DisplayName = person?.DisplayName, AddedAt = now, AddedByObjectId = actor });
        db.AuditEntries.Add(new AuditEntry { At = now, ActorObjectId = actor, Action = "program.owner-added", Subject = $"program:{program.Id}", ProgramId = program.Id, Details = new System.Text.Json.Nodes.JsonObject { ["ownerObjectId"] = objectId }.ToJsonString() });
        await db.SaveChangesAsync(context.CancellationToken);
        await context.ReplyAsync($"**{name}** is now an owner of **{program.Name}**: they can use the owner commands (type **help** to see them).");
    }
}
