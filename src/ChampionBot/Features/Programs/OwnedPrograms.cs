using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Programs;

/// <summary>The program an owner's command is about: the first one they own (one program per owner is the norm).</summary>
public sealed class OwnedPrograms(ProgramOwners owners, ChampionDbContext db)
{
    public const string NoProgramReply =
        "I can't find a program you own yet, so nothing changed. Ask whoever runs ChampionBot to add you as a program owner.";

    public async Task<ChampionProgram?> FirstAsync(Activity activity, CancellationToken cancellationToken)
    {
        var ids = await owners.OwnedProgramIdsAsync(activity, cancellationToken);
        if (ids.Count == 0)
        {
            return null;
        }

        var id = ids.Min();
        return await db.Programs.Include(p => p.Owners).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    /// <summary>True when the sender owns <paramref name="programId"/> (checked again for every card action).</summary>
    public async Task<bool> OwnsAsync(Activity activity, int programId, CancellationToken cancellationToken) =>
        (await owners.OwnedProgramIdsAsync(activity, cancellationToken)).Contains(programId);
}
