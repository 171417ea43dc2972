using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Programs;

/// <summary>
/// The one answer to "which program is this owner's command about?" (<see cref="CurrentAsync"/>), and the programs
/// an owner may switch between with <c>program use</c>.
/// </summary>
public sealed class OwnedPrograms(ProgramOwners owners, ChampionDbContext db, TimeProvider time)
{
    public const string NoProgramReply =
        "I can't find a program you own yet, so nothing changed. Ask whoever runs ChampionBot to add you as a program owner.";

    /// <summary>
    /// The program the owner works on: the one they chose with <c>program use</c> while they still own it; else the
    /// program they take part in, when they own it; else the first they own (lowest id). Null when they own none.
    /// Reads only: an owner who is not a participant is not created by asking.
    /// </summary>
    public async Task<ChampionProgram?> CurrentAsync(Activity activity, CancellationToken cancellationToken)
    {
        var owned = await owners.OwnedProgramIdsAsync(activity, cancellationToken);
        if (owned.Count == 0)
        {
            return null;
        }

        var objectId = activity.From!.AadObjectId!;
        var chosen = await db.ProgramChoices.Where(c => c.ObjectId == objectId).Select(c => (int?)c.ProgramId).FirstOrDefaultAsync(cancellationToken);
        var mine = await db.Participants.Where(p => p.ObjectId == objectId).Select(p => p.ProgramId).FirstOrDefaultAsync(cancellationToken);
        var id = chosen is { } c && owned.Contains(c) ? c
            : mine is { } m && owned.Contains(m) ? m
            : owned.Min();
        return await db.Programs.Include(p => p.Owners).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    /// <summary>The program an owner command works on, or null after telling the owner they own none (<see cref="NoProgramReply"/>).</summary>
    public async Task<ChampionProgram?> CurrentOrReplyAsync(CommandContext context)
    {
        var program = await CurrentAsync(context.Turn.Activity, context.CancellationToken);
        if (program is null)
        {
            await context.ReplyAsync(NoProgramReply);
        }

        return program;
    }

    /// <summary>Every program the sender owns, by name.</summary>
    public async Task<IReadOnlyList<ChampionProgram>> AllAsync(Activity activity, CancellationToken cancellationToken)
    {
        var owned = await owners.OwnedProgramIdsAsync(activity, cancellationToken);
        return owned.Count == 0
            ? []
            : await db.Programs.AsNoTracking().Where(p => owned.Contains(p.Id)).OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Remembers <paramref name="program"/> as the sender's current program; the caller checked they own it.</summary>
    public async Task UseAsync(Activity activity, ChampionProgram program, CancellationToken cancellationToken)
    {
        var objectId = activity.From!.AadObjectId!;
        var now = time.GetUtcNow();
        var choice = await db.ProgramChoices.FirstOrDefaultAsync(c => c.ObjectId == objectId, cancellationToken);
        if (choice is null)
        {
            db.ProgramChoices.Add(new ProgramChoice { ObjectId = objectId, ProgramId = program.Id, ChosenAt = now });
        }
        else
        {
            (choice.ProgramId, choice.ChosenAt) = (program.Id, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (choice is null && DbErrors.IsUniqueViolation(ex))
        {
            // Two "program use" raced; the last word wins, as it would have one after the other.
            db.ChangeTracker.Clear();
            await db.ProgramChoices.Where(c => c.ObjectId == objectId)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.ProgramId, program.Id).SetProperty(c => c.ChosenAt, now), cancellationToken);
        }
    }

    /// <summary>True when the sender owns <paramref name="programId"/> (checked again for every card action).</summary>
    public async Task<bool> OwnsAsync(Activity activity, int programId, CancellationToken cancellationToken) =>
        (await owners.OwnedProgramIdsAsync(activity, cancellationToken)).Contains(programId);
}
