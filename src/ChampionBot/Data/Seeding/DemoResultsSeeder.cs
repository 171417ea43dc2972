using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data.Seeding;

/// <summary>
/// The demo program's past challenges and the results its people reported, so <c>report</c> and <c>export</c> show
/// figures at once. Each past challenge is a copy of a library challenge, posted some weeks before seeding and archived
/// (so none is this week's challenge). The people reporting are not enrolled (so no survey or challenge reaches them), so
/// the report has no working time for them and shows capacity only once owners enrol people. Seeding again adds nothing: a challenge is
/// found by its slug, a result by its person and challenge, and a forgotten person is never brought back.
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

    private static async Task<Challenge> PastChallengeAsync(ChampionDbContext db, int programId, string librarySlug, DateTimeOffset postedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var slug = SlugPrefix + librarySlug;
        if (await db.Challenges.FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken) is { } seeded)
        {
            return seeded;
        }

        var library = await db.Challenges.AsNoTracking().SingleAsync(c => c.Slug == librarySlug, cancellationToken);
        var challenge = new Challenge
        {
            Slug = slug,
            Title = library.Title,
            AudienceRole = library.AudienceRole,
            Task = library.Task,
            Steps = library.Steps,
            Prompt = library.Prompt,
            WhatGoodLooksLike = library.WhatGoodLooksLike,
            BaselineMinutes = library.BaselineMinutes,
            FrequencyPerWeek = library.FrequencyPerWeek,
            RescueTip = library.RescueTip,
            Status = ChallengeStatus.Archived,
            PostedAt = postedAt,
            ProgramId = programId,
            FromLibrary = true,
            CreatedByObjectId = "seed",
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync(cancellationToken);
        return challenge;
    }
}
