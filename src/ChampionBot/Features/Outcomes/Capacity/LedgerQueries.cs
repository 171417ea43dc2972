using ChampionBot.Data;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Outcomes.Capacity;

/// <summary>
/// A participant as the ledger needs them: for working time, the funnel and time to value. <see cref="EnrolledAt"/> is
/// null for someone who reported on the program's challenges and has since left it.
/// </summary>
internal sealed record LedgerPerson(int Id, string? Team, string? Role, DateTimeOffset? EnrolledAt, double WorkingHoursPerWeek);

internal sealed record LedgerChallenge(int Id, string Title, string AudienceRole, DateTimeOffset? PostedAt);

/// <summary>
/// The results of one cell (team, role, challenge, week) last changed in one epoch, added up by the database.
/// <see cref="HasPerson"/> is false for forgotten people's results. One result per person and challenge, so
/// <see cref="Results"/> is also the number of people when there is a person; <see cref="People"/> names them when
/// fewer than five.
/// </summary>
internal sealed record LedgerCellSums(
    bool HasPerson, string? Team, string? Role, int ChallengeId, int Week, int Epoch,
    int Results, int WorkedFirstTry, int WorkedAfterRescue, int WorkedInTheEnd, long MinutesSaved, long Feeling, DateTimeOffset LastChange, string? People);

/// <summary>
/// One person's results, added up by the database: a code per result (week × 2, plus 1 when it worked in the end), the
/// challenges they reported on, their first success and the first posting of a challenge they reported on.
/// </summary>
internal sealed record LedgerPersonFacts(
    int Id, string? Team, string? Role, string Results, string Challenges, DateTimeOffset? FirstSuccessAt, DateTimeOffset? FirstReportedPostAt);

/// <summary>
/// The ledger's reads: small lists of people and challenges, and the program's results added up in the database (per
/// cell and per person), never streamed. A person who opted out keeps the results they gave before, and adds none
/// after; a forgotten person's results come without a person.
/// </summary>
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
    /// When the program's first and last results were given (opted-out people's later ones included: a week without
    /// counted results is simply never shown), one index lookup per challenge; null without results.
    /// </summary>
    public static async Task<(DateTimeOffset First, DateTimeOffset Last)?> SpanAsync(ChampionDbContext db, int programId, CancellationToken cancellationToken)
    {
        var spans = await db.Challenges.AsNoTracking()
            .Where(c => c.ProgramId == programId)
            .Select(c => new
            {
                First = db.Results.Where(r => r.ChallengeId == c.Id).Min(r => (DateTimeOffset?)r.SubmittedAt),
                Last = db.Results.Where(r => r.ChallengeId == c.Id).Max(r => (DateTimeOffset?)r.SubmittedAt),
            })
            .ToListAsync(cancellationToken);
        var first = spans.Min(s => s.First);
        var last = spans.Max(s => s.Last);
        return first is { } from && last is { } to ? (from, to) : null;
    }

    public static Task<List<LedgerCellSums>> CellsAsync(
        ChampionDbContext db, int programId, IReadOnlyList<DateTimeOffset> weekStarts, IReadOnlyList<DateTimeOffset> epochs, CancellationToken cancellationToken) =>
        LedgerSteps.Into(Counted(db, programId), weekStarts, epochs)
            .GroupBy(s => new { HasPerson = s.PersonId != null, s.Team, s.Role, s.ChallengeId, s.Week, s.Epoch })
            .Select(g => new LedgerCellSums(
                g.Key.HasPerson, g.Key.Team, g.Key.Role, g.Key.ChallengeId, g.Key.Week, g.Key.Epoch,
                g.Count(),
                g.Count(s => s.WorkedFirstTry),
                g.Count(s => s.WorkedAfterRescue),
                g.Count(s => s.WorkedInTheEnd),
                g.Sum(s => s.MinutesSaved),
                g.Sum(s => (long)s.Feeling),
                g.Max(s => s.ChangedAt),
                g.Count() < Ledger.MinimumPeople ? string.Join(",", g.Select(s => s.PersonId.ToString())) : null))
            .ToListAsync(cancellationToken);

    public static Task<List<LedgerPersonFacts>> ResultsByPersonAsync(
        ChampionDbContext db, int programId, IReadOnlyList<DateTimeOffset> weekStarts, CancellationToken cancellationToken) =>
        LedgerSteps.Into(Counted(db, programId), weekStarts, [])
            .Where(s => s.PersonId != null)
            .GroupBy(s => new { s.PersonId, s.Team, s.Role })
            .Select(g => new LedgerPersonFacts(
                g.Key.PersonId!.Value,
                g.Key.Team,
                g.Key.Role,
                string.Join(",", g.Select(s => ((s.Week * 2) + (s.WorkedInTheEnd ? 1 : 0)).ToString())),
                string.Join(",", g.Select(s => s.ChallengeId.ToString())),
                g.Min(s => s.SucceededAt),
                g.Min(s => s.PostedAt)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The program's counted results with their person's team and role and their challenge's posting, joined
    /// explicitly (not by navigation) so every aggregate over them stays in one GROUP BY on both providers.
    /// </summary>
    private static IQueryable<LedgerSource> Counted(ChampionDbContext db, int programId) =>
        from r in db.Results.AsNoTracking()
        join c in db.Challenges on r.ChallengeId equals c.Id
        join person in db.Participants on r.ParticipantId equals (int?)person.Id into people
        from p in people.DefaultIfEmpty()
        where c.ProgramId == programId && (p == null || p.OptedOutAt == null || r.SubmittedAt <= p.OptedOutAt)
        select new LedgerSource
        {
            PersonId = r.ParticipantId,
            Team = p == null ? null : p.Team,
            Role = p == null ? null : p.Role,
            ChallengeId = r.ChallengeId,
            WorkedFirstTry = r.Worked,
            WorkedAfterRescue = !r.Worked && r.RetryWorked == true,
            WorkedInTheEnd = r.Worked || r.RetryWorked == true,
            MinutesSaved = (r.Worked || r.RetryWorked == true) && (r.MinutesBefore - r.MinutesWithAi) * r.TimesPerWeek > 0
                ? (long)Math.Floor(((r.MinutesBefore - r.MinutesWithAi) * r.TimesPerWeek) + 0.5)
                : 0,
            Feeling = r.Feeling,
            ChangedAt = r.RetryReportedAt != null && r.RetryReportedAt > r.UpdatedAt ? r.RetryReportedAt.Value : r.UpdatedAt,
            SucceededAt = r.Worked ? r.SubmittedAt : r.RetryWorked == true ? r.RetryReportedAt ?? r.UpdatedAt : null,
            PostedAt = c.PostedAt,
            Week = LedgerSteps.Week(r.SubmittedAt),
            Epoch = LedgerSteps.Epoch(r.RetryReportedAt != null && r.RetryReportedAt > r.UpdatedAt ? r.RetryReportedAt.Value : r.UpdatedAt),
        };

    /// <summary>A result as the ledger's queries read it; only ever built inside a query.</summary>
    private sealed class LedgerSource
    {
        public int? PersonId { get; init; }

        public string? Team { get; init; }

        public string? Role { get; init; }

        public int ChallengeId { get; init; }

        public bool WorkedFirstTry { get; init; }

        public bool WorkedAfterRescue { get; init; }

        public bool WorkedInTheEnd { get; init; }

        public long MinutesSaved { get; init; }

        public int Feeling { get; init; }

        public DateTimeOffset ChangedAt { get; init; }

        public DateTimeOffset? SucceededAt { get; init; }

        public DateTimeOffset? PostedAt { get; init; }

        public int Week { get; init; }

        public int Epoch { get; init; }
    }
}
