using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Participants;

/// <summary>
/// Finds the person behind an activity, by Entra object id (never by UPN, which changes), and keeps what Teams tells
/// us about them current: Teams user id, tenant, display name and time zone.
/// </summary>
public sealed class ParticipantDirectory(ChampionDbContext db, TimeProvider time)
{
    public Task<Participant?> FindAsync(string objectId, CancellationToken cancellationToken) =>
        db.Participants.FirstOrDefaultAsync(p => p.ObjectId == objectId, cancellationToken);

    /// <summary>The sender as a participant, created on first contact (not enrolled) and refreshed from the activity.</summary>
    public async Task<Participant?> GetOrCreateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var objectId = activity.From?.AadObjectId;
        if (string.IsNullOrEmpty(objectId))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var participant = await FindAsync(objectId, cancellationToken);
        if (participant is null)
        {
            participant = new Participant
            {
                ObjectId = objectId,
                DisplayName = activity.From?.Name ?? "Colleague",
                CreatedAt = now,
                UpdatedAt = now,
                ProgramId = await DefaultProgramIdAsync(activity, cancellationToken),
            };
            db.Participants.Add(participant);
        }

        var changed = Refresh(participant, activity);
        if (changed || db.Entry(participant).State == EntityState.Added)
        {
            participant.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (db.Entry(participant).State == EntityState.Added)
            {
                // Two first messages raced: the other one created the row.
                db.Entry(participant).State = EntityState.Detached;
                participant = await FindAsync(objectId, cancellationToken);
            }
        }

        return participant;
    }

    public Task<ChampionProgram?> GetProgramAsync(Participant participant, CancellationToken cancellationToken) =>
        participant.ProgramId is { } id
            ? db.Programs.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            : db.Programs.OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<int?> DefaultProgramIdAsync(Activity activity, CancellationToken cancellationToken)
    {
        var teamId = activity.ChannelData?.Team?.Id;
        if (teamId is not null && await db.Programs.Where(p => p.PilotTeamId == teamId).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken) is { } pilot)
        {
            return pilot;
        }

        var programs = await db.Programs.Select(p => p.Id).Take(2).ToListAsync(cancellationToken);
        return programs.Count == 1 ? programs[0] : null;
    }

    private static bool Refresh(Participant participant, Activity activity)
    {
        var changed = false;
        void Set(string? value, string? current, Action<string> apply)
        {
            if (!string.IsNullOrEmpty(value) && !string.Equals(value, current, StringComparison.Ordinal))
            {
                apply(value);
                changed = true;
            }
        }

        Set(activity.From?.Id, participant.TeamsUserId, v => participant.TeamsUserId = v);
        Set(activity.GetTenantId(), participant.TenantId, v => participant.TenantId = v);
        Set(activity.From?.Name, participant.DisplayName, v => participant.DisplayName = v);
        Set(activity.GetClientTimeZone(), participant.TimeZoneId, v => participant.TimeZoneId = v);
        return changed;
    }
}
