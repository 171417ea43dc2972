using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Nominations;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Privacy;

/// <summary>
/// The two choices a participant makes apart from the program opt-out: usage lookups (<c>optout usage</c>: the Copilot
/// usage report is not joined to them and what was read is deleted) and nominations (<c>optout nominations</c>: never
/// nominated, open nominations withdrawn, a champion retired). Each takes effect at once.
/// </summary>
public sealed class ParticipationChoices(ChampionDbContext db, ChampionWithdrawal withdrawal, ChampionRescores rescores, TimeProvider time)
{
    /// <summary>False when they had already opted out.</summary>
    public async Task<bool> StopUsageLookupsAsync(Participant participant, CancellationToken cancellationToken)
    {
        if (participant.UsageLookupsOptedOutAt is not null)
        {
            return false;
        }

        participant.UsageLookupsOptedOutAt = participant.UpdatedAt = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.CopilotUsage.Where(u => u.ParticipantId == participant.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The score's Copilot lines go now, not at tomorrow's run.
        rescores.Enqueue(participant.Id);
        return true;
    }

    /// <summary>False when usage lookups were on already.</summary>
    public async Task<bool> AllowUsageLookupsAsync(Participant participant, CancellationToken cancellationToken)
    {
        if (participant.UsageLookupsOptedOutAt is null)
        {
            return false;
        }

        participant.UsageLookupsOptedOutAt = null;
        participant.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        rescores.Enqueue(participant.Id);
        return true;
    }

    /// <summary>What opting out of nominations would take away: the program they champion now (or null), and an open nomination.</summary>
    public async Task<(string? ChampionOf, bool OpenNomination)> NominationStandingAsync(Participant participant, CancellationToken cancellationToken)
    {
        var champion = await ActiveChampion.FindAsync(db, participant.ObjectId, cancellationToken);
        var open = Nomination.OpenStatuses.ToList();
        var nominated = await db.Nominations.AnyAsync(n => n.ParticipantId == participant.Id && open.Contains(n.Status), cancellationToken);
        return (champion?.Program.Name, nominated);
    }

    /// <summary>Whether they were a champion once and are not now (opting back in does not make them one again).</summary>
    public Task<bool> RetiredChampionAsync(Participant participant, CancellationToken cancellationToken) =>
        db.Champions.AnyAsync(c => c.ParticipantId == participant.Id && c.RetiredAt != null, cancellationToken);

    /// <summary>Opts out of nominations and withdraws them everywhere; null when they had already opted out.</summary>
    public async Task<(int Nominations, int Champions)?> StopNominationsAsync(Participant participant, CancellationToken cancellationToken)
    {
        if (participant.NominationsOptedOutAt is not null)
        {
            return null;
        }

        participant.NominationsOptedOutAt = participant.UpdatedAt = time.GetUtcNow();
        var nominations = await withdrawal.NominationsOfAsync(participant.Id, cancellationToken);
        (int Nominations, int Champions) withdrawn;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            withdrawn = await withdrawal.WithdrawAsync(participant.Id, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await withdrawal.RecallMessagesAsync(nominations, erase: false, cancellationToken);
        return withdrawn;
    }

    /// <summary>False when they could be nominated already. A retired champion stays retired: a new nomination is needed.</summary>
    public async Task<bool> AllowNominationsAsync(Participant participant, CancellationToken cancellationToken)
    {
        if (participant.NominationsOptedOutAt is null)
        {
            return false;
        }

        participant.NominationsOptedOutAt = null;
        participant.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// After a program opt-out: withdrawn from nominations and retired as a champion, and the usage read about them
    /// deleted (the import already passes them over).
    /// </summary>
    public async Task<(int Nominations, int Champions)> AfterProgramOptOutAsync(Participant participant, CancellationToken cancellationToken)
    {
        await db.CopilotUsage.Where(u => u.ParticipantId == participant.Id).ExecuteDeleteAsync(cancellationToken);
        var nominations = await withdrawal.NominationsOfAsync(participant.Id, cancellationToken);
        var withdrawn = await withdrawal.WithdrawAsync(participant.Id, cancellationToken);
        await withdrawal.RecallMessagesAsync(nominations, erase: false, cancellationToken);
        return withdrawn;
    }

    /// <summary>The words for what a withdrawal did, or empty.</summary>
    public static string Withdrawn((int Nominations, int Champions) withdrawn) => withdrawn switch
    {
        (> 0, > 0) => " I withdrew your open nomination and you're no longer named as a champion.",
        (> 0, _) => " I withdrew your open champion nomination.",
        (_, > 0) => " You're no longer named as a champion.",
        _ => string.Empty,
    };
}
