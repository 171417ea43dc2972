using ChampionBot.Data;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Outcomes;

/// <summary>
/// A participant as the ledger needs them: for working time, the funnel and time to value. <see cref="EnrolledAt"/> is
/// null for someone who reported on the program's challenges and has since left it.
/// </summary>
internal sealed record LedgerPerson(int Id, string? Team, string? Role, DateTimeOffset? EnrolledAt, double WorkingHoursPerWeek);

internal sealed record LedgerChallenge(int Id, string Title, string AudienceRole, DateTimeOffset? PostedAt);

/// <summary>The ledger's reads: small lists of people and challenges, and the program's results as a stream.</summary>
internal static class LedgerQueries
{
    /// <summary>
    /// The program's people: everyone enrolled, and everyone whose results it counts (enrolled once, since moved to
    /// another program), so that capacity divides the minutes saved by the working time of the same people.
    /// </summary>
    public static Task<List<LedgerPerson>> PeopleAsync(ChampionDbContext db, int programId, CancellationToken cancellationToken) =>
        db.Participants.AsNoTracking()
            .Where(p => (p.ProgramId == programId && p.EnrolledAt != null) || db.Results.Any(r => r.ParticipantId == p.Id && r.Challenge!.ProgramId == programId))
            .Select(p => new LedgerPerson(p.Id, p.Team, p.Role, p.ProgramId == programId ? p.EnrolledAt : null, p.WorkingHoursPerWeek))
            .ToListAsync(cancellationToken);

    public static Task<List<LedgerChallenge>> ChallengesAsync(ChampionDbContext db, int programId, CancellationToken cancellationToken) =>
        db.Challenges.AsNoTracking()
            .Where(c => c.ProgramId == programId)
            .Select(c => new LedgerChallenge(c.Id, c.Title, c.AudienceRole, c.PostedAt))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The program's results, one row at a time, never all in memory. A person who opted out keeps the results they
    /// gave before, and adds none after; a forgotten person's results come without a person.
    /// </summary>
    public static IAsyncEnumerable<LedgerRow> ResultsAsync(ChampionDbContext db, int programId) =>
        db.Results.AsNoTracking()
            .Where(r => r.Challenge!.ProgramId == programId)
            .Where(r => r.Participant == null || r.Participant.OptedOutAt == null || r.SubmittedAt <= r.Participant.OptedOutAt)
            .Select(r => new LedgerRow(
                r.ParticipantId,
                r.Participant == null ? null : r.Participant.Team,
                r.Participant == null ? null : r.Participant.Role,
                r.ChallengeId,
                r.Worked,
                r.RetryWorked,
                r.MinutesBefore,
                r.MinutesWithAi,
                r.TimesPerWeek,
                r.Feeling,
                r.SubmittedAt,
                r.UpdatedAt,
                r.RetryReportedAt))
            .AsAsyncEnumerable();
}
