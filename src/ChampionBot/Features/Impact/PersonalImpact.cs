using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges;
using ChampionBot.Features.Results;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Impact;

public sealed record ChallengeImpact(string Title, bool Worked, bool? RetryWorked, int MinutesSavedPerWeek);

public sealed record ImpactSummary(IReadOnlyList<ChallengeImpact> Challenges, int TotalMinutesSavedPerWeek, int Streak, double WorkingHoursPerWeek)
{
    /// <summary>Someone the bot has nothing about yet.</summary>
    public static ImpactSummary Empty { get; } = new([], 0, 0, Participant.DefaultWorkingHoursPerWeek);
}

/// <summary>A person's own impact: their challenges, minutes saved and streak. Never compared with anyone else.</summary>
public sealed class PersonalImpact(ChampionDbContext db)
{
    public async Task<ImpactSummary> ForAsync(Participant participant, CancellationToken cancellationToken)
    {
        var results = await db.Results.AsNoTracking()
            .Where(r => r.ParticipantId == participant.Id)
            .OrderByDescending(r => r.SubmittedAt)
            .Select(r => new { r.ChallengeId, r.Challenge!.Title, r.Worked, r.RetryWorked, r.MinutesBefore, r.MinutesWithAi, r.TimesPerWeek })
            .ToListAsync(cancellationToken);
        var challenges = results
            .Select(r => new ChallengeImpact(r.Title, r.Worked, r.RetryWorked, MinutesSaved.PerWeek(r.MinutesBefore, r.MinutesWithAi, r.TimesPerWeek)))
            .ToList();
        var reported = results.Select(r => r.ChallengeId).ToHashSet();
        var streak = Streak(await PostedToAsync(participant, reported, cancellationToken), reported);
        return new ImpactSummary(challenges, challenges.Sum(c => c.MinutesSavedPerWeek), streak, participant.WorkingHoursPerWeek);
    }

    /// <summary>
    /// Consecutive posted challenges reported, newest first. The newest one does not break the streak while it is
    /// still unreported: the person may simply not have tried it yet.
    /// </summary>
    public static int Streak(IReadOnlyList<int> postedNewestFirst, IReadOnlySet<int> reported)
    {
        var posted = postedNewestFirst.Count > 0 && !reported.Contains(postedNewestFirst[0]) ? postedNewestFirst.Skip(1) : postedNewestFirst;
        return posted.TakeWhile(reported.Contains).Count();
    }

    /// <summary>
    /// The challenges posted to the person's program since they joined that were meant for them (their role's, the
    /// general ones, all when their role is unknown: <see cref="ChallengeAudience.Includes"/>), plus any they reported.
    /// </summary>
    private async Task<List<int>> PostedToAsync(Participant participant, IReadOnlySet<int> reported, CancellationToken cancellationToken)
    {
        var since = participant.EnrolledAt ?? participant.CreatedAt;
        var query = db.Challenges.AsNoTracking().Where(c => c.PostedAt != null && c.PostedAt >= since);
        if (participant.ProgramId is { } programId)
        {
            query = query.Where(c => c.ProgramId == programId);
        }

        var posted = await query.OrderByDescending(c => c.PostedAt).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.AudienceRole }).Take(200).ToListAsync(cancellationToken);
        return posted.Where(c => reported.Contains(c.Id) || ChallengeAudience.Includes(participant.Role, c.AudienceRole)).Select(c => c.Id).ToList();
    }
}
