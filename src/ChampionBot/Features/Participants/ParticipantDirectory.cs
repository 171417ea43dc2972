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

    /// <summary>
    /// The sender as stored, or null when the bot has no profile for them (or the activity names nobody). Writes
    /// nothing: screens that only show things (<c>mydata</c>, <c>me</c>) must not re-create someone who asked to be forgotten.
    /// </summary>
    public Task<Participant?> FindSenderAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.From?.AadObjectId is { Length: > 0 } objectId
            ? db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.ObjectId == objectId, cancellationToken)
            : Task.FromResult<Participant?>(null);

    /// <summary>
    /// Records the sender and returns them: creates their row on first contact (not enrolled) and saves what the
    /// activity says about them now. It writes, so a screen that only shows things uses <see cref="FindSenderAsync"/>.
    /// </summary>
    public async Task<Participant?> RecordSenderAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (SenderProfile.From(activity) is not { } sender)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var participant = await FindAsync(sender.ObjectId, cancellationToken);
        if (participant is null)
        {
            participant = sender.NewParticipant(await DefaultProgramIdAsync(db, sender.TeamId, cancellationToken), now);
            db.Participants.Add(participant);
        }

        if (sender.ApplyTo(participant, now) || db.Entry(participant).State == EntityState.Added)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (db.Entry(participant).State == EntityState.Added)
            {
                // Two first messages raced: the other one created the row.
                db.Entry(participant).State = EntityState.Detached;
                participant = await FindAsync(sender.ObjectId, cancellationToken);
            }
        }

        return participant;
    }

    public Task<ChampionProgram?> GetProgramAsync(Participant participant, CancellationToken cancellationToken) =>
        participant.ProgramId is { } id
            ? db.Programs.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            : db.Programs.OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The program a newcomer belongs to: the one piloting in their team, else the only one there is.</summary>
    internal static async Task<int?> DefaultProgramIdAsync(ChampionDbContext db, string? teamId, CancellationToken cancellationToken)
    {
        if (teamId is not null && await db.Programs.Where(p => p.PilotTeamId == teamId).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken) is { } pilot)
        {
            return pilot;
        }

        var programs = await db.Programs.OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync(cancellationToken);
        return programs.Count == 1 ? programs[0] : null;
    }
}
