using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data.Seeding;

/// <summary>
/// The demo program's past challenges and the results its people reported, so <c>report</c> and <c>export</c> show
/// figures at once. Each past challenge is a copy of a library challenge, posted some weeks before seeding and archived
/// (so none is this week's challenge). The people reporting are enrolled in the program a day before the first challenge
/// they reported on (unless they already take part in a program), so the report counts their working time and they
/// are in its funnel. Those without a Teams user id cannot be reached: no survey, challenge or reminder goes to them,
/// and they are seeded as having said no to nominations, since nobody could answer the consent card (their scores would
/// otherwise take the program's champion places from people who can). Seeding again adds nothing: a challenge is found
/// by its slug, a result by its person and challenge, and a forgotten person is never brought back.
/// </summary>
internal static class DemoResultsSeeder
{
    public const string SlugPrefix = "demo-past-";

    public static async Task<int> AddMissingAsync(ChampionDbContext db, DemoOrganisationFile demo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var program = await db.Programs.FirstOrDefaultAsync(p => p.Slug == demo.Program.Slug, cancellationToken);
        if (demo.Results is not { Count: > 0 } seeds || program is null)
        {
            return 0;
        }

        var ids = seeds.SelectMany(s => s.Reports).Select(r => r.ObjectId).Distinct().ToList();
        var people = await db.Participants.Where(p => ids.Contains(p.ObjectId)).ToDictionaryAsync(p => p.ObjectId, cancellationToken);
        Enrol(people, seeds, program.Id, now);
        var added = 0;
        foreach (var seed in seeds)
        {
            var postedAt = now.AddDays(-7 * seed.WeeksAgo);
            var challenge = await PastChallengeAsync(db, program.Id, seed.Challenge, postedAt, now, cancellationToken);
            var reported = await db.Results.Where(r => r.ChallengeId == challenge.Id).Select(r => r.ParticipantId).ToListAsync(cancellationToken);
            foreach (var report in seed.Reports)
            {
                if (!people.TryGetValue(report.ObjectId, out var person) || reported.Contains(person.Id))
                {
                    continue; // forgotten (on the do-not-contact list), or seeded before
                }

                var submitted = postedAt.AddDays(2);
                db.Results.Add(new Result
                {
                    ParticipantId = person.Id,
                    ChallengeId = challenge.Id,
                    Worked = report.Worked,
                    MinutesBefore = report.MinutesBefore,
                    MinutesWithAi = report.MinutesWithAi,
                    TimesPerWeek = report.TimesPerWeek,
                    Quality = report.Quality,
                    Feeling = report.Feeling,
                    SubmittedAt = submitted,
                    UpdatedAt = submitted,
                    RetryWorked = report.RetryWorked,
                    RetryStartedAt = report.RetryWorked is null ? null : submitted,
                    RetryReportedAt = report.RetryWorked is null ? null : submitted.AddDays(1),
                });
                added++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }

    /// <summary>Enrols each reporting person who takes part in no program a day before the first challenge they reported on.</summary>
    /// <remarks>Someone with no Teams user id is also opted out of nominations: no consent card could reach them.</remarks>
    private static void Enrol(Dictionary<string, Participant> people, IReadOnlyList<DemoResultsSeed> seeds, int programId, DateTimeOffset now)
    {
        var firstPosts = seeds.SelectMany(s => s.Reports.Select(r => (r.ObjectId, s.WeeksAgo)))
            .GroupBy(r => r.ObjectId, r => r.WeeksAgo)
            .ToDictionary(g => g.Key, g => now.AddDays(-7 * g.Max()));
        foreach (var person in people.Values.Where(p => p.ProgramId is null && p.EnrolledAt is null))
        {
            person.ProgramId = programId;
            person.EnrolledAt = firstPosts[person.ObjectId].AddDays(-1);
            person.NominationsOptedOutAt = person.TeamsUserId is null ? person.EnrolledAt : null;
            person.UpdatedAt = now;
        }
    }

    private static async Task<Challenge> PastChallengeAsync(ChampionDbContext db, int programId, string librarySlug, DateTimeOffset postedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var slug = SlugPrefix + librarySlug;
        if (await db.Challenges.FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken) is { } seeded)
        {
            return seeded;
        }

        var library = await db.Challenges.AsNoTracking().SingleAsync(c => c.Slug == librarySlug, cancellationToken);
        var challenge = library.CopyContent(slug);
        challenge.Status = ChallengeStatus.Archived;
        challenge.PostedAt = postedAt;
        challenge.ProgramId = programId;
        challenge.FromLibrary = true;
        challenge.CreatedByObjectId = "seed";
        challenge.CreatedAt = now;
        challenge.UpdatedAt = now;
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync(cancellationToken);
        return challenge;
    }
}
